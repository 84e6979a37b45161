import { html, LitElement, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AlignmentStep } from '../../analysis/alignment-over-time';
import { signedScore } from '../../analysis/alignment-scale';
import type { AlignmentPair } from '../../analysis/view-state';
import { ententeViewChangeEvent } from '../../events/entente-view-change';
import { actorName, type DatasetIndex } from '../../model/dataset-index';
import { controlStyles } from '../control-styles';
import { sharedStyles } from '../shared-styles';
import { alignmentChartStyles } from './alignment-chart.styles';

const size = { width: 520, height: 190 };
const margin = { left: 44, right: 14, top: 14, bottom: 28 };
/** Grid lines of the score axis, with their labels. */
const gridScores = new Map([
  [1, '+1'],
  [0.5, '+0.5'],
  [0, '0'],
  [-0.5, '−0.5'],
  [-1, '−1'],
]);

/**
 * Two actors' alignment at each year of the data (as of that year), as a line from −1 to +1,
 * with the year the time slider shows marked. Its values are also a table for screen readers.
 * Two menus choose the actors.
 *
 * @fires entente-view-change - `alignment`: another pair of actors chosen
 */
@customElement('alignment-chart')
export class AlignmentChart extends LitElement {
  static override styles = [sharedStyles, controlStyles, alignmentChartStyles];

  @property({ attribute: false }) index: DatasetIndex | undefined;
  @property({ attribute: false }) pair: AlignmentPair | null = null;
  @property({ attribute: false }) steps: readonly AlignmentStep[] | undefined;
  /** The year the time filter shows everything up to, marked on the chart; undefined for none. */
  @property({ attribute: false }) markedYear: number | undefined;

  protected override render() {
    const { index, pair, steps } = this;
    if (!index || !pair) return nothing;
    const [a, b] = [actorName(index, pair.a), actorName(index, pair.b)];
    const actors = [...index.dataset.actors].sort((x, y) => x.name.localeCompare(y.name));
    const menu = (which: 'a' | 'b', label: string) =>
      html`<label
        >${label}
        <select aria-label=${`${label} actor`} @change=${(event: Event) => this.choose(which, (event.target as HTMLSelectElement).value)}>
          ${actors.map((actor) => html`<option value=${actor.id} ?selected=${actor.id === pair[which]} ?disabled=${actor.id === pair[which === 'a' ? 'b' : 'a']}>${actor.name}</option>`)}
        </select></label
      >`;
    return html`
      <div class="row">${menu('a', 'First')} ${menu('b', 'Second')}</div>
      ${steps === undefined
        ? html`<p class="hint" role="status">Computing…</p>`
        : steps.length === 0
          ? html`<p class="hint">The data has no dated relations: there is nothing to chart by year.</p>`
          : html`<figure>
              ${this.renderChart(steps, `Alignment of ${a} and ${b} by year, from −1 (opposed) to +1 (aligned)`)}
              <figcaption>Alignment of ${a} and ${b} as of each year (all relations begun by then).</figcaption>
              <table class="visually-hidden">
                <caption>Alignment of ${a} and ${b} by year</caption>
                <thead>
                  <tr><th scope="col">As of</th><th scope="col">Alignment</th><th scope="col">Direct</th><th scope="col">Shared</th></tr>
                </thead>
                <tbody>
                  ${steps.map(
                    ({ year, alignment }) =>
                      html`<tr>
                        <th scope="row">${year}</th>
                        <td>${alignment.basis === 'none' ? 'no evidence' : signedScore(alignment.score)}</td>
                        <td>${alignment.direct === null ? '–' : signedScore(alignment.direct)}</td>
                        <td>${alignment.shared === null ? '–' : signedScore(alignment.shared)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </figure>`}
    `;
  }

  private renderChart(steps: readonly AlignmentStep[], label: string) {
    const first = steps[0]?.year ?? 0;
    const last = steps.at(-1)?.year ?? first;
    const plotWidth = size.width - margin.left - margin.right;
    const plotHeight = size.height - margin.top - margin.bottom;
    const x = (year: number) => margin.left + (last === first ? plotWidth / 2 : ((year - first) / (last - first)) * plotWidth);
    const y = (score: number) => margin.top + ((1 - score) / 2) * plotHeight;
    const known = steps.filter((step) => step.alignment.basis !== 'none');
    const line = known.map((step) => `${x(step.year).toFixed(1)},${y(step.alignment.score).toFixed(1)}`).join(' ');
    const labelEvery = Math.max(1, Math.ceil(steps.length / 8));
    const marked = this.markedYear;
    return html`<svg viewBox=${`0 0 ${size.width} ${size.height}`} role="img" aria-label=${label}>
      ${[...gridScores].map(
        ([score, text]) => svg`<line class=${score === 0 ? 'zero' : 'grid'} x1=${margin.left} x2=${size.width - margin.right} y1=${y(score)} y2=${y(score)}></line>
          <text class="axis" x=${margin.left - 6} y=${y(score) + 4} text-anchor="end">${text}</text>`,
      )}
      ${steps.map((step, i) => (i % labelEvery === 0 || i === steps.length - 1 ? svg`<text class="axis" x=${x(step.year)} y=${size.height - 8} text-anchor="middle">${step.year}</text>` : nothing))}
      ${marked !== undefined && marked >= first && marked <= last
        ? svg`<line class="marked" x1=${x(marked)} x2=${x(marked)} y1=${margin.top} y2=${margin.top + plotHeight}></line>
            <text class="axis marked-label" x=${x(marked) + 4} y=${margin.top + 10}>as of ${marked}</text>`
        : nothing}
      <polyline class="line" points=${line}></polyline>
      ${steps.map((step) =>
        step.alignment.basis === 'none'
          ? svg`<circle class="point none" cx=${x(step.year)} cy=${y(0)} r="3.5"><title>${step.year}: no evidence</title></circle>`
          : svg`<circle class="point" cx=${x(step.year)} cy=${y(step.alignment.score)} r="4"><title>${step.year}: ${signedScore(step.alignment.score)}</title></circle>`,
      )}
    </svg>`;
  }

  private choose(which: 'a' | 'b', id: string): void {
    const { pair } = this;
    if (!pair) return;
    const next = { ...pair, [which]: id };
    if (next.a !== next.b) this.dispatchEvent(ententeViewChangeEvent({ alignment: next }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alignment-chart': AlignmentChart;
  }
}
