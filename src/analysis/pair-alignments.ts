/**
 * Every pair's alignment in a signed graph, by `pairKey`, each computed the first time it is
 * asked for. A view shows a few pairs (the matrix's cells, the chosen pair), while a graph of n
 * actors has n(n-1)/2 of them: computing them all up front made every filter change quadratic.
 */
import { alignment, stanceLookup, type PairAlignment, type StanceLookup } from './alignment';
import type { SignedGraph } from './signed-graph';

export interface PairAlignments {
  /** The pair's alignment, its first actor the first in code-unit order; undefined unless both actors are in the graph. */
  get(key: string): PairAlignment | undefined;
}

export function pairAlignments(graph: SignedGraph): PairAlignments {
  const actors = new Set(graph.actors);
  const known = new Map<string, PairAlignment>();
  let lookup: StanceLookup | undefined;
  return {
    get(key: string): PairAlignment | undefined {
      const cached = known.get(key);
      if (cached) return cached;
      // pairKey joins two ids with NUL, which no id can contain.
      const [a, b, ...rest] = key.split('\u0000');
      if (a === undefined || b === undefined || rest.length > 0 || a === b || !actors.has(a) || !actors.has(b)) return undefined;
      lookup ??= stanceLookup(graph);
      const found = alignment(graph, a, b, lookup);
      known.set(key, found);
      return found;
    },
  };
}
