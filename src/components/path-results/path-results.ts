import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { PathResult } from '../../analysis/shortest-paths';
import { actorName, type DatasetIndex } from '../../model/dataset-index';
import { relationDetails } from '../relation-details';
import { relationListStyles } from '../relation-list-styles';
import { sharedStyles } from '../shared-styles';

/**
 * The shortest chains of visible relations between two actors, each step expandable to its
 * evidence.
 *
 * @fires entente-select - a step's relation, to show it in the graph
 */
@customElement('path-results')
export class PathResults extends LitElement {
  static override styles = [sharedStyles, relationListStyles];

  @property({ attribute: false }) index: DatasetIndex | undefined;
  @property({ attribute: false }) from = '';
  @property({ attribute: false }) to = '';
  /** Undefined when no chain of visible relations connects the two. */
  @property({ attribute: false }) result: PathResult | undefined;

  protected override render() {
    const { index, result } = this;
    if (!index) return nothing;
    const ends = `${actorName(index, this.from)} and ${actorName(index, this.to)}`;
    if (!result) return html`<h2>Path</h2><p class="empty">No chain of visible relations connects ${ends}.</p>`;
    const count = result.chains.length;
    return html`
      <h2>Path between ${ends}</h2>
      <p>
        ${count}${result.moreChains ? '+' : ''} shortest ${count === 1 ? 'chain' : 'chains'} of ${result.length}
        ${result.length === 1 ? 'relation' : 'relations'}, highlighted in the graph.
      </p>
      ${result.chains.map(
        (chain, i) => html`<h3>Chain ${i + 1}</h3>
          <ol>
            ${chain.map((relationId) => html`<li>${relationDetails(this, index, relationId)}</li>`)}
          </ol>`,
      )}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'path-results': PathResults;
  }
}
