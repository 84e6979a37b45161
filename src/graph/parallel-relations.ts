/**
 * Parallel relations drawn as one edge: relations of the same type between the same two actors
 * (in the same direction, when directed) merge into one edge with a count, so a hub reads calmly.
 * Pure: which relations merge, and which edges show for a given set of visible relations.
 */
import type { Relation } from '../model/schema';

export type GroupableRelation = Pick<Relation, 'id' | 'source' | 'target' | 'type' | 'directed' | 'certainty'>;

/** Relations of one type between one pair of actors, two or more of them. */
export interface RelationGroup {
  /** The merged edge's id; never a relation id (relation ids are slugs, which have no ':'). */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: Relation['type'];
  readonly directed: boolean;
  /** All inferred: the merged edge is drawn as inferred too. */
  readonly inferred: boolean;
  /** In dataset order. */
  readonly relationIds: readonly string[];
}

/** Groups of two or more parallel relations, in the order their first relation appears. */
export function groupParallelRelations(relations: readonly GroupableRelation[]): RelationGroup[] {
  const groups = new Map<string, GroupableRelation[]>();
  for (const relation of relations) {
    // An undirected relation has no first end: order its ends so A-B and B-A meet.
    const [a, b] = relation.directed || relation.source <= relation.target ? [relation.source, relation.target] : [relation.target, relation.source];
    const key = JSON.stringify([relation.type, relation.directed, a, b]);
    const members = groups.get(key);
    if (members) members.push(relation);
    else groups.set(key, [relation]);
  }
  return [...groups.values()].flatMap((members): RelationGroup[] => {
    const first = members[0];
    if (!first || members.length < 2) return [];
    const group: RelationGroup = {
      id: `relations:${first.type}:${first.directed ? 'directed' : 'mutual'}:${first.source}:${first.target}`,
      source: first.source,
      target: first.target,
      type: first.type,
      directed: first.directed,
      inferred: members.every((relation) => relation.certainty === 'inferred'),
      relationIds: members.map((relation) => relation.id),
    };
    return [group];
  });
}

export interface MergedView {
  /** Merged edges on show, each with the visible relations it stands for. */
  readonly shown: ReadonlyMap<string, readonly string[]>;
  /** Relation ids drawn through a merged edge rather than on their own. */
  readonly mergedAway: ReadonlySet<string>;
}

/**
 * Which merged edges show: one whose group has two or more visible relations, unless the user
 * asked to see each relation (`split`); a group with a single visible relation shows that relation.
 */
export function mergedView(groups: readonly RelationGroup[], isVisible: (relationId: string) => boolean, split: boolean): MergedView {
  const shown = new Map<string, readonly string[]>();
  const mergedAway = new Set<string>();
  if (split) return { shown, mergedAway };
  for (const group of groups) {
    const visible = group.relationIds.filter(isVisible);
    if (visible.length < 2) continue;
    shown.set(group.id, visible);
    for (const id of visible) mergedAway.add(id);
  }
  return { shown, mergedAway };
}
