import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { TimeFilter as TimeFilterState, ViewState } from '../../analysis/view-state';
import { timeSummary } from '../../analysis/view-summary';
import { ententeViewChangeEvent } from '../../events/entente-view-change';
import { controlStyles } from '../control-styles';
import { sharedStyles } from '../shared-styles';
import { PlaybackController } from './playback-controller';
import { timeFilterStyles } from './time-filter.styles';

const playStepMs = 1200;

/** Whether the user asked for less motion: then the years do not play by themselves. */
function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function describe(time: TimeFilterState | null): string {
  const words = timeSummary({ time });
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The time slider over the dataset's years (ticked, with the first and last year at its ends): "as of" a year (everything up to it) or a window,
 * a play button stepping through the years, the undated toggle, and "compare two dates".
 *
 * @fires entente-view-change - with the changed part of the view state
 */
@customElement('time-filter')
export class TimeFilter extends LitElement {
  static override styles = [sharedStyles, controlStyles, timeFilterStyles];

  @property({ attribute: false }) view: ViewState | undefined;
  /** First and last year of the dated relations. */
  @property({ attribute: false }) years: { readonly first: number; readonly last: number } | undefined;
  @property({ type: Number }) undatedCount = 0;

  private readonly playback = new PlaybackController(this, playStepMs, (year) =>
    this.dispatchEvent(ententeViewChangeEvent({ time: { mode: 'as-of', date: String(year) } })),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new view with any time filter but the year playback showed last means the user took over;
    // an update of playback's own (its view not yet back through the parents) is not one.
    const time = this.view?.time;
    const userMoved = changed.has('view') && this.playback.playing && (time?.mode !== 'as-of' || time.date !== String(this.playback.year));
    const before = changed.get('years');
    const newYears = before !== undefined && (before.first !== this.years?.first || before.last !== this.years.last);
    if (userMoved || newYears) this.playback.stop();
  }

  protected override render() {
    const { view, years } = this;
    if (!view || !years) return nothing;
    const time = view.time;
    const mode = time?.mode ?? 'all';
    return html`
      <fieldset>
        <legend>Time</legend>
        <div class="row" role="radiogroup" aria-label="Time filter">
          <label><input type="radio" name="mode" .checked=${mode === 'all'} @change=${() => this.setTime(null)} /> All</label>
          <label><input type="radio" name="mode" .checked=${mode === 'as-of'} @change=${() => this.setTime({ mode: 'as-of', date: String(years.last) })} /> As of</label>
          <label>
            <input type="radio" name="mode" .checked=${mode === 'window'} @change=${() => this.setTime({ mode: 'window', from: String(years.first), to: String(years.last) })} />
            Window
          </label>
        </div>
        ${time?.mode === 'as-of' ? this.renderSlider('As of year', time.date, (year) => this.setTime({ mode: 'as-of', date: year })) : nothing}
        ${time?.mode === 'window'
          ? html`${this.renderSlider('From year', time.from, (year) => this.setTime({ mode: 'window', from: year, to: String(Math.max(Number(year), Number(time.to))) }))}
            ${this.renderSlider('To year', time.to, (year) => this.setTime({ mode: 'window', from: String(Math.min(Number(year), Number(time.from))), to: year }))}`
          : nothing}
        <p class="current" aria-live="polite"><strong>Showing:</strong> <output>${describe(time)}</output></p>
        <div class="row">
          ${reducedMotion()
            ? html`<button type="button" @click=${this.handleNextYear}>Next year</button>`
            : html`<button type="button" aria-pressed=${this.playback.playing ? 'true' : 'false'} @click=${this.handlePlay}>${this.playback.playing ? 'Pause' : 'Play years'}</button>`}
        </div>
        <label>
          <input type="checkbox" .checked=${view.showUndated} @change=${(e: Event) => this.change({ showUndated: (e.target as HTMLInputElement).checked })} />
          Undated relations <span class="count">${this.undatedCount}</span>
        </label>
      </fieldset>
      ${this.renderCompare(view, years)}
    `;
  }

  private renderSlider(label: string, value: string, onChange: (year: string) => void) {
    const { years } = this;
    if (!years) return nothing;
    return html`<label class="slider">
      <span>${label}</span>
      <input
        type="range"
        aria-label=${label}
        min=${years.first}
        max=${years.last}
        step="1"
        .value=${value.slice(0, 4)}
        aria-valuetext=${value}
        @input=${(e: Event) => onChange((e.target as HTMLInputElement).value)}
      />
      ${this.renderTicks(years)}
      <span class="ends" aria-hidden="true"><span>${years.first}</span><span>${years.last}</span></span>
    </label>`;
  }

  /** A tick under the slider for every year (every decade over a long span), drawn as SVG lines. */
  private renderTicks(years: { first: number; last: number }) {
    const span = years.last - years.first;
    const step = span > 40 ? 10 : 1;
    const ticks = [];
    for (let year = years.first; year <= years.last; year += step) ticks.push(span === 0 ? 50 : ((year - years.first) / span) * 100);
    return html`<svg class="ticks" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
      ${ticks.map((x) => svg`<line x1=${x} y1="0" x2=${x} y2="6" vector-effect="non-scaling-stroke" />`)}
    </svg>`;
  }

  private renderCompare(view: ViewState, years: { first: number; last: number }) {
    const options = Array.from({ length: years.last - years.first + 1 }, (_, i) => String(years.first + i));
    const from = view.compare?.from ?? options[0] ?? '';
    const to = view.compare?.to ?? options.at(-1) ?? '';
    return html`<fieldset>
      <legend>Compare two dates</legend>
      <div class="row">
        <select aria-label="Compare from year" id="compare-from" .value=${from}>
          ${options.map((year) => html`<option ?selected=${year === from}>${year}</option>`)}
        </select>
        <span>with</span>
        <select aria-label="Compare to year" id="compare-to" .value=${to}>
          ${options.map((year) => html`<option ?selected=${year === to}>${year}</option>`)}
        </select>
        <button type="button" @click=${this.handleCompare}>Compare</button>
        ${view.compare ? html`<button type="button" @click=${() => this.change({ compare: null })}>Clear</button>` : nothing}
      </div>
    </fieldset>`;
  }

  private readonly handleCompare = () => {
    const select = (id: string) => this.renderRoot.querySelector<HTMLSelectElement>(`#${id}`)?.value;
    const from = select('compare-from');
    const to = select('compare-to');
    if (from && to) this.change({ compare: Number(from) <= Number(to) ? { from, to } : { from: to, to: from } });
  };

  /** Under reduced motion nothing plays by itself: each press shows the next year, then wraps around. */
  private readonly handleNextYear = () => {
    const years = this.years;
    if (!years) return;
    const current = this.view?.time?.mode === 'as-of' ? Number(this.view.time.date.slice(0, 4)) : years.last;
    this.setTime({ mode: 'as-of', date: String(current >= years.last ? years.first : current + 1) });
  };

  private readonly handlePlay = () => {
    const years = this.years;
    if (this.playback.playing || !years) {
      this.playback.stop();
      return;
    }
    const current = this.view?.time?.mode === 'as-of' ? Number(this.view.time.date.slice(0, 4)) : years.last;
    this.playback.play(current >= years.last ? years.first : current + 1, years.last);
  };

  private setTime(time: TimeFilterState | null): void {
    this.change({ time });
  }

  /** A change the user made: it ends playback. */
  private change(patch: Partial<ViewState>): void {
    this.playback.stop();
    this.dispatchEvent(ententeViewChangeEvent(patch));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'time-filter': TimeFilter;
  }
}
