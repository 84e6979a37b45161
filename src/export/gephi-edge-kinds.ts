/**
 * The GEXF edge `kind` each relation gets so that Gephi keeps every relation. Gephi's importer
 * merges edges with the same source, target and kind (its default merge strategy sums them into
 * one edge that keeps the first edge's id and takes the later edges' columns; see
 * testing/gephi-import-rules.ts), so two support relations between one pair would become one.
 * The kind is the relation type; a second or later relation of that type on the same
 * source→target pair gets a number ("support 2"), so Gephi's edge-type partition still reads as
 * the relation types.
 */
import type { Relation } from '../model/schema';

/** The key Gephi merges on, for a graph whose edges are all directed. */
export function gephiMergeKey(source: string, target: string, kind: string): string {
  return JSON.stringify([source, target, kind]);
}

export function gephiEdgeKinds(relations: readonly Relation[]): Map<string, string> {
  const kinds = new Map<string, string>();
  const taken = new Set<string>();
  for (const relation of relations) {
    let kind: string = relation.type;
    for (let n = 2; taken.has(gephiMergeKey(relation.source, relation.target, kind)); n++) kind = `${relation.type} ${n}`;
    taken.add(gephiMergeKey(relation.source, relation.target, kind));
    kinds.set(relation.id, kind);
  }
  return kinds;
}
