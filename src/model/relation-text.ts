/** Words for a relation's ends, shared by every view that names them. */
import { actorName, type DatasetIndex } from './dataset-index';
import type { Relation } from './schema';

/** "Russia → Kazakhstan" for directed relations, "Kazakhstan ↔ United States" otherwise. */
export function relationEnds(index: DatasetIndex, relation: Relation): string {
  const arrow = relation.directed ? '→' : '↔';
  return `${actorName(index, relation.source)} ${arrow} ${actorName(index, relation.target)}`;
}

/** The other end seen from one actor: "→ Kazakhstan", "← Sergey Lavrov", "↔ United States". */
export function relationSeenFrom(index: DatasetIndex, relation: Relation, actorId: string): string {
  const outgoing = relation.source === actorId;
  const other = actorName(index, outgoing ? relation.target : relation.source);
  if (!relation.directed) return `↔ ${other}`;
  return outgoing ? `→ ${other}` : `← ${other}`;
}
