import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { defaultAlignmentPair } from '../../analysis/default-pair';
import { frustrationSentence, splitsSentence } from '../../analysis/bloc-summary';
import type { ViewAlignment } from '../../analysis/view-alignment';
import type { ViewState } from '../../analysis/view-state';
import { ententeViewChangeEvent } from '../../events/entente-view-change';
import { actorName, type DatasetIndex } from '../../model/dataset-index';
import { blocLooks } from '../../../styles/palette';
import { controlStyles } from '../control-styles';
import { relationDetails } from '../relation-details';
import { relationListStyles } from '../relation-list-styles';
import { sharedStyles } from '../shared-styles';
import { blocPanelStyles } from './bloc-panel.styles';

/**
 * The alignment controls of the sidebar: the blocs view (actors by bloc, frustrated ties marked)
 * with the frustration index in words, the blocs and each frustrated tie with its quotes; and
 * the switch for the alignment panel (matrix and chart).
 *
 * @fires entente-view-change - the blocs view or the alignment panel turned on or off
 * @fires entente-select - "Show in graph" on a frustrated tie's relation
 */
@customElement('bloc-panel')
export class BlocPanel extends LitElement {
  static override styles = [sharedStyles, controlStyles, relationListStyles, blocPanelStyles];

  @property({ attribute: false }) view: ViewState | undefined;
  @property({ attribute: false }) index: DatasetIndex | undefined;
  /** The analysis of what is visible; undefined while it loads or while nothing asks for it. */
  @property({ attribute: false }) analysis: ViewAlignment | undefined;

  protected override render() {
    const { view, index } = this;
    if (!view || !index) return nothing;
    const pair = defaultAlignmentPair(index);
    return html`
      <fieldset>
        <legend>Alignments</legend>
        <label><input type="checkbox" .checked=${view.blocs} @change=${this.handleBlocsChange} /> Blocs (structural balance)</label>
        <label>
          <input
            type="checkbox"
            .checked=${view.alignment !== null}
            ?disabled=${pair === null}
            @change=${(event: Event) => this.dispatchEvent(ententeViewChangeEvent({ alignment: (event.target as HTMLInputElement).checked ? pair : null }))}
          />
          Alignment matrix and chart
        </label>
      </fieldset>
      ${view.blocs ? this.renderBlocs(index) : nothing}
    `;
  }

  private renderBlocs(index: DatasetIndex) {
    const { analysis } = this;
    if (!analysis) return html`<p class="hint" role="status">Finding the blocs…</p>`;
    const { blocs, graph } = analysis;
    if (blocs.tieCount === 0) return html`<section aria-label="Blocs"><p class="verdict" role="status">No stance relation is visible, so there are no blocs.</p></section>`;
    const name = (id: string) => actorName(index, id);
    return html`
      <section aria-label="Blocs">
        <p class="verdict" role="status">${frustrationSentence(analysis)}</p>
        <p class="hint">${splitsSentence(analysis)} A frustrated tie is support or a deal across the blocs, or opposition inside one.</p>
        ${blocLooks.map((look, i) => {
          const members = [...(blocs.blocs[i] ?? [])].sort((x, y) => name(x).localeCompare(name(y)));
          return html`<h3>
              <span class=${`swatch bloc-${i}`} aria-hidden="true"></span>
              Bloc ${look.letter} (${members.length}; ${look.words})
            </h3>
            <p class="members">${members.map(name).join(', ')}</p>`;
        })}
        <h3><span class="swatch halo" aria-hidden="true"></span> Frustrated ties (${blocs.frustratedTies.length})</h3>
        ${blocs.frustratedTies.length === 0
          ? html`<p class="empty">None: the blocs are balanced.</p>`
          : html`<ol class="frustrated">
              ${blocs.frustratedTies.map(
                (tie) => html`<li>
                  <p>
                    <strong>${name(tie.actors[0])} – ${name(tie.actors[1])}</strong>:
                    ${tie.sign > 0 ? 'a positive tie across the blocs' : 'opposition inside a bloc'}
                  </p>
                  <ul>
                    ${tie.agreeingRelationIds.map((id) => html`<li>${relationDetails(this, index, id)}</li>`)}
                  </ul>
                </li>`,
              )}
            </ol>`}
        ${graph.ambivalent.length === 0
          ? nothing
          : html`<h3>Ambivalent pairs (${graph.ambivalent.length})</h3>
              <p class="hint">Their relations cancel out, so they make no tie.</p>
              <ul>
                ${graph.ambivalent.map((stance) => html`<li>${name(stance.actors[0])} – ${name(stance.actors[1])}</li>`)}
              </ul>`}
      </section>
    `;
  }

  private readonly handleBlocsChange = (event: Event) => {
    this.dispatchEvent(ententeViewChangeEvent({ blocs: (event.target as HTMLInputElement).checked }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'bloc-panel': BlocPanel;
  }
}
