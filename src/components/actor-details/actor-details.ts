import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ententeSelectEvent } from '../../events/entente-select';
import { ententeViewChangeEvent } from '../../events/entente-view-change';
import { actorName, type DatasetIndex } from '../../model/dataset-index';
import { formatWhen } from '../../model/dates';
import { relationSeenFrom } from '../../model/relation-text';
import { relationTypes } from '../../model/vocabulary';
import type { Actor, Relation } from '../../model/schema';
import { actorLooks, relationLooks } from '../../../styles/palette';
import '../relation-evidence/relation-evidence';
import { detailStyles } from '../detail-styles';
import { relationTypeStyles } from '../relation-type-styles';
import { sharedStyles } from '../shared-styles';
import { actorDetailsStyles } from './actor-details.styles';

/**
 * An actor: kind, aliases, description, and its relations grouped by type, each expandable
 * to its evidence.
 *
 * @fires entente-select - "Show in graph" on one of the actor's relations
 * @fires entente-view-change - "Focus on" this actor
 */
@customElement('actor-details')
export class ActorDetails extends LitElement {
  static override styles = [sharedStyles, detailStyles, relationTypeStyles, actorDetailsStyles];

  @property({ attribute: false }) actor: Actor | undefined;
  @property({ attribute: false }) index: DatasetIndex | undefined;

  protected override render() {
    const { actor, index } = this;
    if (!actor || !index) return nothing;
    const relations = index.relationsByActor.get(actor.id) ?? [];
    return html`
      <p class="eyebrow">${actorLooks[actor.kind].label}</p>
      <h2>${actor.name}</h2>
      <dl>
        <dt>Kind</dt>
        <dd>${actorLooks[actor.kind].label}</dd>
        ${actor.aliases.length > 0 ? html`<dt>Also called</dt><dd>${actor.aliases.join('; ')}</dd>` : nothing}
        ${actor.affiliation ? html`<dt>Serves</dt><dd>${actorName(index, actor.affiliation)}</dd>` : nothing}
      </dl>
      ${actor.description ? html`<p>${actor.description}</p>` : nothing}
      <button type="button" @click=${() => this.dispatchEvent(ententeViewChangeEvent({ focus: { actorId: actor.id, depth: 1, outside: 'dim' } }))}>
        Focus on ${actor.name}
      </button>
      <h3>Relations (${relations.length})</h3>
      ${relationTypes.map((type) => this.renderGroup(type, relations.filter((relation) => relation.type === type), actor, index))}
    `;
  }

  private renderGroup(type: Relation['type'], relations: readonly Relation[], actor: Actor, index: DatasetIndex) {
    if (relations.length === 0) return nothing;
    const look = relationLooks[type];
    return html`
      <h4 class="type-${type}"><span class="swatch" aria-hidden="true"></span>${look.label} (${relations.length})</h4>
      <ul>
        ${relations.map(
          (relation) => html`<li>
            <details>
              <summary>
                ${relationSeenFrom(index, relation, actor.id)}: ${relation.summary}
                <span class="when">(${formatWhen(relation)})</span>
              </summary>
              <div>
                <relation-evidence compact heading-level="5" .relation=${relation} .index=${index}></relation-evidence>
                <button type="button" class="select" @click=${() => this.dispatchEvent(ententeSelectEvent({ kind: 'relation', id: relation.id }))}>
                  Show in graph
                </button>
              </div>
            </details>
          </li>`,
        )}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'actor-details': ActorDetails;
  }
}
