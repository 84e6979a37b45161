import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { PathResult } from '../../analysis/shortest-paths';
import { ententeSelectEvent } from '../../events/entente-select';
import { actorName, type DatasetIndex } from '../../model/dataset-index';
import { formatWhen } from '../../model/dates';
import { relationEnds } from '../../model/relation-text';
import { relationLooks } from '../../../styles/palette';
import '../relation-evidence/relation-evidence';
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
            ${chain.map((relationId) => {
              const relation = index.relations.get(relationId);
              if (!relation) return nothing;
              return html`<li>
                <details>
                  <summary>
                    ${relationEnds(index, relation)}: ${relationLooks[relation.type].label.toLowerCase()}
                    <span class="when">(${formatWhen(relation)})</span>
                  </summary>
                  <p>${relation.summary}</p>
                  <relation-evidence compact .relation=${relation} .index=${index}></relation-evidence>
                  <button type="button" class="link" @click=${() => this.dispatchEvent(ententeSelectEvent({ kind: 'relation', id: relation.id }))}>
                    Show in graph
                  </button>
                </details>
              </li>`;
            })}
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
