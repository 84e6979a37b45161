/**
 * How aligned two actors are, from -1 (opposed) to +1 (aligned), and why. Two parts:
 * - direct: their own stance, net / total over the relations between them (+1 all support,
 *   -1 all opposition, 0 when they cancel out);
 * - shared: over every third party both take a stance towards, the mean of the product of
 *   their two stances (+1 when they back or oppose it together, -1 when one backs what the
 *   other opposes).
 * The score is the mean of the parts there are (0 with neither). Every relation used is listed.
 */
import type { PairStance, SignedGraph } from './signed-graph';
import { pairKey } from './signed-graph';

export interface DirectTerm {
  readonly kind: 'direct';
  /** -1..+1: net / total of their relations. */
  readonly value: number;
  readonly relationIds: readonly string[];
}

export interface SharedTerm {
  readonly kind: 'shared';
  readonly thirdParty: string;
  /** -1..+1: the product of their stances towards the third party. */
  readonly value: number;
  /** Stance of the first actor towards the third party, then of the second, each -1..+1. */
  readonly stances: readonly [number, number];
  readonly relationIds: readonly string[];
}

export type AlignmentTerm = DirectTerm | SharedTerm;

export interface PairAlignment {
  readonly actors: readonly [string, string];
  /** -1..+1; 0 when nothing connects them (then `basis` is 'none'). */
  readonly score: number;
  readonly basis: 'direct and shared' | 'direct' | 'shared' | 'none';
  readonly direct: number | null;
  /** Mean agreement towards third parties, or null when they share none. */
  readonly shared: number | null;
  readonly terms: readonly AlignmentTerm[];
  /** Every relation behind the score, each once, in the order of the terms. */
  readonly relationIds: readonly string[];
}

const stanceValue = (stance: PairStance): number => (stance.total === 0 ? 0 : stance.net / stance.total);

/** Neighbours with their stance, per actor, for repeated pair queries. */
export type StanceLookup = ReadonlyMap<string, ReadonlyMap<string, PairStance>>;

export function stanceLookup(graph: SignedGraph): StanceLookup {
  const lookup = new Map<string, Map<string, PairStance>>();
  for (const stance of graph.pairs.values()) {
    const [a, b] = stance.actors;
    if (!lookup.has(a)) lookup.set(a, new Map());
    if (!lookup.has(b)) lookup.set(b, new Map());
    lookup.get(a)?.set(b, stance);
    lookup.get(b)?.set(a, stance);
  }
  return lookup;
}

export function alignment(graph: SignedGraph, a: string, b: string, lookup: StanceLookup = stanceLookup(graph)): PairAlignment {
  const terms: AlignmentTerm[] = [];
  const directStance = graph.pairs.get(pairKey(a, b));
  const direct = directStance === undefined || a === b ? null : stanceValue(directStance);
  if (directStance !== undefined && direct !== null) terms.push({ kind: 'direct', value: direct, relationIds: directStance.relationIds });

  const ofA = lookup.get(a) ?? new Map<string, PairStance>();
  const ofB = lookup.get(b) ?? new Map<string, PairStance>();
  const thirds = [...ofA.keys()].filter((third) => third !== a && third !== b && ofB.has(third)).sort();
  let sum = 0;
  for (const third of thirds) {
    const toA = ofA.get(third);
    const toB = ofB.get(third);
    if (toA === undefined || toB === undefined) continue;
    const stances = [stanceValue(toA), stanceValue(toB)] as const;
    const value = stances[0] * stances[1];
    sum += value;
    terms.push({ kind: 'shared', thirdParty: third, value, stances, relationIds: [...toA.relationIds, ...toB.relationIds] });
  }
  const shared = thirds.length === 0 ? null : sum / thirds.length;

  const parts = [direct, shared].filter((part): part is number => part !== null);
  const score = parts.length === 0 ? 0 : parts.reduce((x, y) => x + y, 0) / parts.length;
  const basis = direct !== null && shared !== null ? 'direct and shared' : direct !== null ? 'direct' : shared !== null ? 'shared' : 'none';
  return { actors: [a, b], score, basis, direct, shared, terms, relationIds: [...new Set(terms.flatMap((term) => term.relationIds))] };
}

/** The alignment of every pair of actors in the graph (each pair once, in code-unit order). */
export function allAlignments(graph: SignedGraph): PairAlignment[] {
  const lookup = stanceLookup(graph);
  const result: PairAlignment[] = [];
  const { actors } = graph;
  for (let i = 0; i < actors.length; i++) {
    for (let j = i + 1; j < actors.length; j++) result.push(alignment(graph, actors[i] ?? '', actors[j] ?? '', lookup));
  }
  return result;
}
