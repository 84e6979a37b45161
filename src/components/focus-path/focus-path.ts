import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { FocusDepth, ViewState } from '../../analysis/view-state';
import { ententeViewChangeEvent } from '../../events/entente-view-change';
import type { Actor } from '../../model/schema';
import { controlStyles } from '../control-styles';
import { sharedStyles } from '../shared-styles';

/** Actors in the order their names sort for a reader. */
const byName = new Intl.Collator(undefined, { sensitivity: 'base' });

/**
 * Focus on one actor's neighbourhood (1, 2 or 3 steps; the rest dimmed or hidden), and the
 * shortest path between two actors.
 *
 * @fires entente-view-change - with the new focus or path
 */
@customElement('focus-path')
export class FocusPath extends LitElement {
  static override styles = [sharedStyles, controlStyles];

  @property({ attribute: false }) view: ViewState | undefined;
  @property({ attribute: false }) actors: readonly Actor[] = [];

  /** The depth and treatment chosen for the next "Focus", following the focus in force. */
  @state() private depth: FocusDepth = 1;
  @state() private outside: 'dim' | 'hide' = 'dim';
  /** The actors whose options the selects (known by the first) were last given their values for. */
  private optionsShown: { readonly actors: readonly Actor[]; readonly select: Element } | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const focus = this.view?.focus;
    if (changed.has('view') && focus) {
      this.depth = focus.depth;
      this.outside = focus.outside;
    }
  }

  protected override render() {
    const view = this.view;
    if (!view) return nothing;
    const selectedActor = view.selection?.kind === 'actor' ? view.selection.id : undefined;
    const focusActor = view.focus?.actorId ?? selectedActor ?? '';
    const { depth, outside } = this;
    // One option per actor in each list: rebuilt only for a new dataset, so a view change (a
    // toggle, a time step) does not walk thousands of them; the select's value says which is chosen.
    const options = () => guard([this.actors], () => [...this.actors].sort((a, b) => byName.compare(a.name, b.name)).map((actor) => html`<option value=${actor.id}>${actor.name}</option>`));
    return html`
      <fieldset>
        <legend>Focus</legend>
        <select id="focus-actor" aria-label="Actor to focus on" .value=${focusActor}>
          <option value="">Choose an actor…</option>
          ${options()}
        </select>
        <div class="row" role="radiogroup" aria-label="Focus depth">
          ${([1, 2, 3] as const).map(
            (n) =>
              html`<label
                ><input type="radio" name="depth" value=${n} .checked=${depth === n} @change=${() => (this.depth = n)} /> ${n}
                ${n === 1 ? 'step' : 'steps'}</label
              >`,
          )}
        </div>
        <div class="row" role="radiogroup" aria-label="Outside the focus">
          <label><input type="radio" name="outside" value="dim" .checked=${outside === 'dim'} @change=${() => (this.outside = 'dim')} /> Dim the rest</label>
          <label><input type="radio" name="outside" value="hide" .checked=${outside === 'hide'} @change=${() => (this.outside = 'hide')} /> Hide the rest</label>
        </div>
        <div class="row">
          <button type="button" @click=${this.handleFocus}>Focus</button>
          ${view.focus ? html`<button type="button" @click=${() => this.dispatchEvent(ententeViewChangeEvent({ focus: null }))}>Clear focus</button>` : nothing}
        </div>
      </fieldset>
      <fieldset>
        <legend>Path between two actors</legend>
        <select id="path-from" aria-label="Path from" .value=${view.path?.from ?? ''}>
          <option value="">From…</option>
          ${options()}
        </select>
        <select id="path-to" aria-label="Path to" .value=${view.path?.to ?? ''}>
          <option value="">To…</option>
          ${options()}
        </select>
        <div class="row">
          <button type="button" @click=${this.handlePath}>Find path</button>
          ${view.path ? html`<button type="button" @click=${() => this.dispatchEvent(ententeViewChangeEvent({ path: null }))}>Clear path</button>` : nothing}
        </div>
      </fieldset>
    `;
  }

  /**
   * A select's value binding is set before its options are rendered: with a new list of actors
   * (or new selects) each select is given its value again, now that its options exist.
   */
  protected override updated(): void {
    const focusSelect = this.renderRoot.querySelector('#focus-actor');
    if (!this.view || !focusSelect || (this.optionsShown?.actors === this.actors && this.optionsShown.select === focusSelect)) return;
    this.optionsShown = { actors: this.actors, select: focusSelect };
    const { focus, path, selection } = this.view;
    const chosen: readonly (readonly [string, string])[] = [
      ['#focus-actor', focus?.actorId ?? (selection?.kind === 'actor' ? selection.id : '')],
      ['#path-from', path?.from ?? ''],
      ['#path-to', path?.to ?? ''],
    ];
    for (const [selector, value] of chosen) {
      const select = this.renderRoot.querySelector<HTMLSelectElement>(selector);
      if (select) select.value = value;
    }
  }

  private value(selector: string): string {
    return this.renderRoot.querySelector<HTMLInputElement | HTMLSelectElement>(selector)?.value ?? '';
  }

  private readonly handleFocus = () => {
    const actorId = this.value('#focus-actor');
    if (actorId === '') return;
    this.dispatchEvent(ententeViewChangeEvent({ focus: { actorId, depth: this.depth, outside: this.outside } }));
  };

  private readonly handlePath = () => {
    const from = this.value('#path-from');
    const to = this.value('#path-to');
    if (from !== '' && to !== '' && from !== to) this.dispatchEvent(ententeViewChangeEvent({ path: { from, to } }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'focus-path': FocusPath;
  }
}
