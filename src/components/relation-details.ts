/** One relation as a line that expands to its summary and quotes, shared by the lists that explain an analysis. */
import { html, nothing } from 'lit';
import { ententeSelectEvent } from '../events/entente-select';
import type { DatasetIndex } from '../model/dataset-index';
import { formatWhen } from '../model/dates';
import { relationEnds } from '../model/relation-text';
import { relationLooks } from '../../styles/palette';
import './relation-evidence/relation-evidence';

/**
 * `<details>` for a relation id; "Show in graph" dispatches `entente-select` from `host`. Every list
 * that uses it sits under an h3 (a chain, the frustrated ties, a pair's explanation): the quotes'
 * heading is an h4.
 */
export function relationDetails(host: EventTarget, index: DatasetIndex, relationId: string) {
  const relation = index.relations.get(relationId);
  if (!relation) return nothing;
  return html`<details class="relation">
    <summary>
      ${relationEnds(index, relation)}: ${relationLooks[relation.type].label.toLowerCase()}
      <span class="when">(${formatWhen(relation)})</span>
    </summary>
    <p>${relation.summary}</p>
    <relation-evidence compact heading-level="4" .relation=${relation} .index=${index}></relation-evidence>
    <button type="button" class="link" @click=${() => host.dispatchEvent(ententeSelectEvent({ kind: 'relation', id: relation.id }))}>Show in graph</button>
  </details>`;
}
