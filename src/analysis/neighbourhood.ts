/** Actors within n steps of one actor, over a given set of relations (direction ignored). */
import type { Relation } from '../model/schema';

export function actorsWithin(start: string, depth: number, relations: Iterable<Relation>): Set<string> {
  const adjacency = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = adjacency.get(a);
    if (list) list.push(b);
    else adjacency.set(a, [b]);
  };
  for (const relation of relations) {
    link(relation.source, relation.target);
    link(relation.target, relation.source);
  }
  const reached = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const actor of frontier) {
      for (const neighbour of adjacency.get(actor) ?? []) {
        if (reached.has(neighbour)) continue;
        reached.add(neighbour);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return reached;
}
