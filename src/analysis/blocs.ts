/**
 * Blocs by structural balance: the split of the view's signed graph into two blocs that leaves
 * the fewest frustrated ties (support or a deal across the blocs, opposition inside one), with
 * the ties and relations it frustrates.
 */
import { minimumFrustration, type FrustrationOptions, type SignedEdge } from './frustration';
import type { SignedGraph, SignedTie } from './signed-graph';

export interface BlocAnalysis {
  /** Total weight of the frustrated ties: their number when unweighted. */
  readonly frustrationIndex: number;
  /** No split does better than this; equal to `frustrationIndex` when `exact`. */
  readonly lowerBound: number;
  /** True when the split is proven optimal (lower bound equals cost); false: a heuristic's best. */
  readonly exact: boolean;
  /**
   * Two blocs of actor ids, each in code-unit order. Each connected part of the graph is placed
   * so that its first actor (in code-unit order) is in the first bloc; among several optimal
   * splits of a part, the first one the search meets is kept, so the same data gives the same split.
   */
  readonly blocs: readonly [readonly string[], readonly string[]];
  /** Optimal splits, counted per connected part and multiplied; at least this many unless `countComplete`. */
  readonly optimalSplits: number;
  readonly countComplete: boolean;
  /** Connected parts of the signed graph, solved independently. */
  readonly componentCount: number;
  readonly tieCount: number;
  readonly frustratedTies: readonly SignedTie[];
  /** The relations that make the frustrated ties (those of each tie's own sign), in order. */
  readonly frustratedRelations: readonly string[];
}

/** The bloc (0: the first, 1: the second) of each actor of the signed graph. */
export function blocMembership(analysis: Pick<BlocAnalysis, 'blocs'>): Map<string, 0 | 1> {
  const blocOf = new Map<string, 0 | 1>();
  analysis.blocs[0].forEach((actor) => blocOf.set(actor, 0));
  analysis.blocs[1].forEach((actor) => blocOf.set(actor, 1));
  return blocOf;
}

/** Scale factor that makes every tie weight (multiples of 0.5) an integer for the solver. */
const halfUnits = 2;

export function analyzeBlocs(graph: SignedGraph, options: FrustrationOptions = {}): BlocAnalysis {
  const position = new Map(graph.actors.map((actor, i) => [actor, i]));
  const edges: SignedEdge[] = graph.ties.map((tie) => ({
    a: position.get(tie.actors[0]) ?? 0,
    b: position.get(tie.actors[1]) ?? 0,
    sign: tie.sign,
    weight: Math.round(tie.weight * halfUnits),
  }));
  const split = minimumFrustration(graph.actors.length, edges, options);
  const blocs: [string[], string[]] = [[], []];
  graph.actors.forEach((actor, i) => blocs[split.side[i] ?? 0].push(actor));
  const frustratedTies = graph.ties.filter((tie) => {
    const apart = split.side[position.get(tie.actors[0]) ?? 0] !== split.side[position.get(tie.actors[1]) ?? 0];
    return tie.sign > 0 ? apart : !apart;
  });
  return {
    frustrationIndex: split.cost / halfUnits,
    lowerBound: split.lowerBound / halfUnits,
    exact: split.exact,
    blocs,
    optimalSplits: split.optimalCount,
    countComplete: split.countComplete,
    componentCount: split.componentCount,
    tieCount: graph.ties.length,
    frustratedTies,
    frustratedRelations: frustratedTies.flatMap((tie) => tie.agreeingRelationIds),
  };
}
