/**
 * The class names and edge label Entente's graph stylesheet selects on. The app's graph and the
 * Cytoscape JSON export (which ships that stylesheet) both use these, so they cannot drift apart.
 */
import { formatWhen } from './dates';
import type { Actor, Relation } from './schema';

export function actorClasses(actor: Pick<Actor, 'kind'>): string {
  return `kind-${actor.kind}`;
}

export function relationClasses(relation: Pick<Relation, 'type' | 'directed' | 'certainty'>): string {
  return [`type-${relation.type}`, relation.directed ? 'directed' : 'undirected', `certainty-${relation.certainty}`].join(' ');
}

/** "support, November 2007": shown on a selected or hovered edge. */
export function relationLabel(relation: Pick<Relation, 'type' | 'date' | 'period'>): string {
  return `${relation.type}, ${formatWhen(relation)}`;
}
