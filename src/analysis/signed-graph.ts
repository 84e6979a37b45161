/**
 * The signed graph of a view: what structural balance reads. Stances only by default (support
 * and deal positive, opposition negative), undirected, over the visible relations. Several
 * relations between one pair of actors make one signed tie, by the sign of their weighted sum;
 * a pair whose relations cancel out (sum 0) is ambivalent and carries no tie.
 */
import type { DatasetIndex } from '../model/dataset-index';
import type { Relation, RelationType, Strength } from '../model/schema';
import { stanceTypes } from '../model/vocabulary';
import type { Visibility } from './visibility';

/**
 * Weight of a stance by the strength of the text's wording. Doubling keeps the sums exact:
 * weak counts half a clear stance, strong twice one.
 */
export const strengthWeights: Readonly<Record<Strength, number>> = { weak: 0.5, clear: 1, strong: 2 };

export interface SignedGraphOptions {
  /** Weigh each relation by its strength (else every relation counts 1). */
  readonly weighted: boolean;
  /** Count ties (membership, role, kinship) as positive; they are left out otherwise. */
  readonly includeTies: boolean;
}

export const defaultSignedGraphOptions: SignedGraphOptions = { weighted: false, includeTies: false };

/** All the signed relations between two actors, summed. */
export interface PairStance {
  /** Actor ids in code-unit order. */
  readonly actors: readonly [string, string];
  /** Sum of sign × weight over the pair's relations: positive, negative or 0 (ambivalent). */
  readonly net: number;
  /** Sum of the weights: |net| / total says how one-sided the pair is. */
  readonly total: number;
  readonly relationIds: readonly string[];
}

/** A pair with a net stance: the edge structural balance works on. */
export interface SignedTie extends PairStance {
  readonly sign: 1 | -1;
  /** |net| when weighted, else 1: a tie counts once however many relations make it. */
  readonly weight: number;
  /** The relations whose own sign is the tie's (those a split frustrates together). */
  readonly agreeingRelationIds: readonly string[];
}

export interface SignedGraph {
  /** Every actor in a signed relation of the view, ambivalent pairs included, in code-unit order. */
  readonly actors: readonly string[];
  readonly ties: readonly SignedTie[];
  readonly ambivalent: readonly PairStance[];
  /** Every pair with signed relations, tie or ambivalent, by `pairKey`. */
  readonly pairs: ReadonlyMap<string, PairStance>;
  readonly options: SignedGraphOptions;
}

const compareIds = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** One key per unordered pair; NUL cannot occur in an id. */
export function pairKey(a: string, b: string): string {
  return compareIds(a, b) <= 0 ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** +1, -1, or 0 for a relation that does not count under these options. */
export function relationSign(type: RelationType, options: SignedGraphOptions): 1 | -1 | 0 {
  if (type === 'opposition') return -1;
  if ((stanceTypes as readonly string[]).includes(type)) return 1;
  return options.includeTies ? 1 : 0;
}

export function relationWeight(relation: Pick<Relation, 'strength'>, options: SignedGraphOptions): number {
  return options.weighted ? strengthWeights[relation.strength ?? 'clear'] : 1;
}

/** The signed graph over `relations` (pass the visible ones). Self-relations carry no sign between two actors and are skipped. */
export function signedGraph(relations: Iterable<Relation>, options: SignedGraphOptions = defaultSignedGraphOptions): SignedGraph {
  // Sums in half-units, so weights 0.5/1/2 add exactly.
  const byPair = new Map<string, { actors: [string, string]; net2: number; total2: number; relations: Relation[] }>();
  for (const relation of relations) {
    const sign = relationSign(relation.type, options);
    if (sign === 0 || relation.source === relation.target) continue;
    const key = pairKey(relation.source, relation.target);
    const actors = [relation.source, relation.target].sort(compareIds) as [string, string];
    const entry = byPair.get(key) ?? { actors, net2: 0, total2: 0, relations: [] };
    const weight2 = relationWeight(relation, options) * 2;
    entry.net2 += sign * weight2;
    entry.total2 += weight2;
    entry.relations.push(relation);
    byPair.set(key, entry);
  }
  const pairs = new Map<string, PairStance>();
  const ties: SignedTie[] = [];
  const ambivalent: PairStance[] = [];
  const actors = new Set<string>();
  for (const key of [...byPair.keys()].sort(compareIds)) {
    const entry = byPair.get(key);
    if (entry === undefined) continue;
    const stance: PairStance = {
      actors: entry.actors,
      net: entry.net2 / 2,
      total: entry.total2 / 2,
      relationIds: entry.relations.map((relation) => relation.id),
    };
    pairs.set(key, stance);
    for (const actor of entry.actors) actors.add(actor);
    if (entry.net2 === 0) {
      ambivalent.push(stance);
      continue;
    }
    const sign = entry.net2 > 0 ? 1 : -1;
    ties.push({
      ...stance,
      sign,
      weight: options.weighted ? Math.abs(stance.net) : 1,
      agreeingRelationIds: entry.relations.filter((relation) => relationSign(relation.type, options) === sign).map((relation) => relation.id),
    });
  }
  return { actors: [...actors].sort(compareIds), ties, ambivalent, pairs, options };
}

/** The signed graph of what a view shows: its visible relations, in dataset order. */
export function visibleSignedGraph(index: DatasetIndex, visibility: Pick<Visibility, 'visibleRelations'>, options: SignedGraphOptions = defaultSignedGraphOptions): SignedGraph {
  return signedGraph(
    index.dataset.relations.filter((relation) => visibility.visibleRelations.has(relation.id)),
    options,
  );
}
