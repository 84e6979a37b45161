import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DateComparison } from '../../analysis/compare-dates';
import { ententeSelectEvent } from '../../events/entente-select';
import { actorName, type DatasetIndex } from '../../model/dataset-index';
import { formatWhen } from '../../model/dates';
import { relationEnds } from '../../model/relation-text';
import type { Relation } from '../../model/schema';
import { relationLooks } from '../../../styles/palette';
import { relationListStyles } from '../relation-list-styles';
import { sharedStyles } from '../shared-styles';

/**
 * What changed between two dates: relations that appear, that end, and pairs of actors whose
 * stance changed sign.
 *
 * @fires entente-select - a listed relation, to show it in the graph
 */
@customElement('compare-results')
export class CompareResults extends LitElement {
  static override styles = [sharedStyles, relationListStyles];

  @property({ attribute: false }) index: DatasetIndex | undefined;
  @property({ attribute: false }) from = '';
  @property({ attribute: false }) to = '';
  @property({ attribute: false }) comparison: DateComparison | undefined;

  protected override render() {
    const { index, comparison } = this;
    if (!index || !comparison) return nothing;
    return html`
      <h2>From ${this.from} to ${this.to}</h2>
      <p>Marked in the graph: + on green for new, × on red for ended, ± on pink for a change of sign.</p>
      ${this.renderList(`Appear (${comparison.appeared.length})`, comparison.appeared, index)}
      ${this.renderList(`End (${comparison.disappeared.length})`, comparison.disappeared, index)}
      <h3>Change sign (${comparison.signChanged.length})</h3>
      ${comparison.signChanged.length === 0
        ? html`<p class="empty">No pair of actors changed sign.</p>`
        : html`<ul>
            ${comparison.signChanged.map(
              (change) => html`<li>
                ${actorName(index, change.actors[0])} and ${actorName(index, change.actors[1])}: ${this.renderRelation(change.before)} →
                ${this.renderRelation(change.after)}
              </li>`,
            )}
          </ul>`}
    `;
  }

  private renderList(heading: string, relations: readonly Relation[], index: DatasetIndex) {
    return html`<h3>${heading}</h3>
      ${relations.length === 0
        ? html`<p class="empty">None.</p>`
        : html`<ul>
            ${relations.map((relation) => html`<li>${relationEnds(index, relation)}: ${this.renderRelation(relation)}</li>`)}
          </ul>`}`;
  }

  private renderRelation(relation: Relation) {
    return html`<button type="button" class="link" @click=${() => this.dispatchEvent(ententeSelectEvent({ kind: 'relation', id: relation.id }, { reveal: true }))}>
        ${relationLooks[relation.type].label.toLowerCase()}</button
      ><span class="when"> (${formatWhen(relation)})</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'compare-results': CompareResults;
  }
}
