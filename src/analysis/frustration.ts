/**
 * The two-bloc split of a signed graph with the least frustration: the smallest total weight of
 * positive edges across the blocs and negative edges inside one (the frustration index, or line
 * index of balance). NP-hard in general, so: a local search gives a first split, a packing of
 * unbalanced cycles gives a lower bound (every such cycle holds a frustrated edge in any split),
 * and when they differ a depth-first branch and bound (a Russian-doll search: the optima of ever
 * larger tails of the branching order bound the next search) closes the gap within a work budget.
 * When the budget runs out the answer is the best split found, marked inexact, with the best
 * lower bound known beside it.
 *
 * Weights are positive integers (callers scale fractional weights), so costs compare exactly.
 */
import { cyclePackingBound } from './cycle-packing-bound';

export interface SignedEdge {
  readonly a: number;
  readonly b: number;
  readonly sign: 1 | -1;
  readonly weight: number;
}

export interface FrustrationOptions {
  /** Branch-and-bound nodes to visit per connected component before giving up on a proof (and again to count the optima). */
  readonly budget?: number;
  /** Optimal splits to enumerate per component before reporting "at least" that many. */
  readonly countLimit?: number;
}

export interface MinimumSplit {
  /** 0 or 1 per node: the bloc it is in. */
  readonly side: readonly (0 | 1)[];
  readonly cost: number;
  /** Proven: no split costs less than this. Equal to `cost` when `exact`. */
  readonly lowerBound: number;
  readonly exact: boolean;
  /**
   * Minimum-cost splits of each connected component (unordered pairs of blocs), multiplied over the
   * components; a lower bound unless `countComplete`. Mirroring one component's blocs relative to
   * another's gives 2^(componentCount - 1) times as many splits of the whole graph, not counted here.
   */
  readonly optimalCount: number;
  readonly countComplete: boolean;
  readonly componentCount: number;
}

export const defaultBudget = 2_000_000;
export const defaultCountLimit = 10_000;
const localSearchStarts = 16;

/** Whether an edge is frustrated when its ends are on these sides. */
export function isFrustrated(edge: SignedEdge, side: readonly (0 | 1)[]): boolean {
  const apart = side[edge.a] !== side[edge.b];
  return edge.sign > 0 ? apart : !apart;
}

export function splitCost(edges: readonly SignedEdge[], side: readonly (0 | 1)[]): number {
  let cost = 0;
  for (const edge of edges) if (isFrustrated(edge, side)) cost += edge.weight;
  return cost;
}

interface Neighbour {
  readonly node: number;
  readonly sign: 1 | -1;
  readonly weight: number;
}

/** Connected components, each as ascending node numbers, ordered by their first node. */
function components(nodeCount: number, adjacency: readonly (readonly Neighbour[])[]): number[][] {
  const seen = new Uint8Array(nodeCount);
  const result: number[][] = [];
  for (let start = 0; start < nodeCount; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    const members = [start];
    for (let i = 0; i < members.length; i++) {
      for (const { node } of adjacency[members[i] ?? 0] ?? []) {
        if (!seen[node]) {
          seen[node] = 1;
          members.push(node);
        }
      }
    }
    result.push(members.sort((x, y) => x - y));
  }
  return result;
}

/** One connected component, renumbered 0..n-1 in ascending order of the original node numbers. */
interface Component {
  readonly size: number;
  readonly edges: readonly SignedEdge[];
  readonly adjacency: readonly (readonly Neighbour[])[];
}

function adjacencyOf(size: number, edges: readonly SignedEdge[]): Neighbour[][] {
  const adjacency: Neighbour[][] = Array.from({ length: size }, () => []);
  for (const { a, b, sign, weight } of edges) {
    adjacency[a]?.push({ node: b, sign, weight });
    adjacency[b]?.push({ node: a, sign, weight });
  }
  return adjacency;
}

/** From a spanning tree's signing (every tree edge satisfied), flip single nodes while that helps. */
function localSearch(component: Component, root: number): (0 | 1)[] {
  const { size, adjacency } = component;
  const side: (0 | 1)[] = new Array<0 | 1>(size).fill(0);
  const seen = new Uint8Array(size);
  const queue = [root];
  seen[root] = 1;
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] ?? 0;
    for (const next of adjacency[node] ?? []) {
      if (seen[next.node]) continue;
      seen[next.node] = 1;
      side[next.node] = (next.sign > 0 ? side[node] : 1 - (side[node] ?? 0)) as 0 | 1;
      queue.push(next.node);
    }
  }
  let improved = true;
  while (improved) {
    improved = false;
    for (let node = 0; node < size; node++) {
      let gain = 0; // frustrated weight removed by flipping minus weight added
      for (const next of adjacency[node] ?? []) {
        const apart = side[node] !== side[next.node];
        const frustratedNow = next.sign > 0 ? apart : !apart;
        gain += frustratedNow ? next.weight : -next.weight;
      }
      if (gain > 0) {
        side[node] = (1 - (side[node] ?? 0)) as 0 | 1;
        improved = true;
      }
    }
  }
  return side;
}

/**
 * The order nodes are branched on: the heaviest node first, then always the node most strongly
 * tied to those already placed, so each choice meets constraints early. Ties go to the lower number.
 */
function branchOrder(component: Component): number[] {
  const { size, adjacency } = component;
  const degree = adjacency.map((list) => list.reduce((sum, next) => sum + next.weight, 0));
  const placed = new Uint8Array(size);
  const attachment = new Float64Array(size);
  const order: number[] = [];
  let first = 0;
  for (let node = 1; node < size; node++) if ((degree[node] ?? 0) > (degree[first] ?? 0)) first = node;
  let next = first;
  while (order.length < size) {
    order.push(next);
    placed[next] = 1;
    for (const neighbour of adjacency[next] ?? []) attachment[neighbour.node] = (attachment[neighbour.node] ?? 0) + neighbour.weight;
    let best = -1;
    for (let node = 0; node < size; node++) {
      if (placed[node]) continue;
      if (best === -1 || (attachment[node] ?? 0) > (attachment[best] ?? 0)) best = node;
    }
    if (best === -1) break;
    next = best;
  }
  return order;
}

interface Search {
  readonly component: Component;
  readonly order: readonly number[];
  /** position[node]: its place in `order`. */
  readonly position: Int32Array;
  /**
   * suffixBound[k]: a lower bound on the frustration among order[k..] alone (exact once that
   * suffix is solved); suffixBound[n] = 0. Edges among unplaced nodes cost at least this much.
   */
  readonly suffixBound: Float64Array;
  /** Nodes visited so far, over all passes, against the budget. */
  visited: number;
  readonly budget: number;
}

/**
 * Depth-first branch and bound over order[start..], order[start] fixed to side 0 (a split and its
 * mirror are the same split). Bound after placing order[k]: frustration among placed nodes, plus
 * for each unplaced node the cheaper of its sides against the placed ones, plus suffixBound[k+1]
 * for the edges among the unplaced. Calls `leaf` with each complete split whose bound passes
 * `keep`; side 0 is tried first, so leaves come in lexicographic order along `order`. Returns
 * false when the budget ran out or `leaf` asked to stop.
 */
function branchAndBound(
  search: Search,
  start: number,
  keep: (bound: number) => boolean,
  leaf: (side: readonly (0 | 1)[], cost: number) => boolean,
): boolean {
  const { component, order, position, suffixBound } = search;
  const { size, adjacency } = component;
  const side: (0 | 1)[] = new Array<0 | 1>(size).fill(0);
  const placed = new Uint8Array(size);
  // costIf[s][v]: frustrated weight between v and the placed nodes if v goes to side s.
  const costIf = [new Float64Array(size), new Float64Array(size)] as const;
  let fixed = 0;
  let sumOfMins = 0;
  let stopped = false;
  const minOf = (node: number): number => Math.min(costIf[0][node] ?? 0, costIf[1][node] ?? 0);

  const update = (node: number, s: 0 | 1, direction: 1 | -1): void => {
    for (const { node: other, sign, weight } of adjacency[node] ?? []) {
      // Only unplaced nodes of this subproblem: earlier ones are outside it, placed ones settled.
      if (placed[other] || (position[other] ?? 0) < start) continue;
      sumOfMins -= minOf(other);
      // `other` on side s is frustrated iff the edge is negative; on the other side, iff positive.
      const table = sign < 0 ? costIf[s] : costIf[s === 0 ? 1 : 0];
      table[other] = (table[other] ?? 0) + direction * weight;
      sumOfMins += minOf(other);
    }
  };

  const descend = (depth: number): void => {
    if (++search.visited > search.budget) {
      stopped = true;
      return;
    }
    if (depth === order.length) {
      if (!leaf(side, fixed)) stopped = true;
      return;
    }
    const node = order[depth] ?? 0;
    const choices: readonly (0 | 1)[] = depth === start ? [0] : [0, 1];
    for (const s of choices) {
      sumOfMins -= minOf(node);
      fixed += costIf[s][node] ?? 0;
      side[node] = s;
      placed[node] = 1;
      update(node, s, 1);
      if (keep(fixed + sumOfMins + (suffixBound[depth + 1] ?? 0))) descend(depth + 1);
      update(node, s, -1);
      placed[node] = 0;
      fixed -= costIf[s][node] ?? 0;
      sumOfMins += minOf(node);
      if (stopped) return;
    }
  };
  descend(start);
  return !stopped;
}

interface ComponentSplit {
  readonly side: (0 | 1)[];
  readonly cost: number;
  readonly lowerBound: number;
  readonly exact: boolean;
  readonly count: number;
  readonly countComplete: boolean;
}

/**
 * Russian-doll search: solve the suffixes order[n-1..], order[n-2..], ... up to the whole
 * component, each exact optimum becoming the bound for the edges among the unplaced nodes of
 * the next, larger search. Then enumerate the optimal splits of the whole, with those bounds.
 */
function solveComponent(component: Component, budget: number, countLimit: number): ComponentSplit {
  const { size, edges } = component;
  if (edges.length === 0) return { side: new Array<0 | 1>(size).fill(0), cost: 0, lowerBound: 0, exact: true, count: 1, countComplete: true };
  const order = branchOrder(component);
  // Local search from trees rooted at the first few nodes of the order; the best split wins.
  let heuristic = localSearch(component, order[0] ?? 0);
  let heuristicCost = splitCost(edges, heuristic);
  for (const root of order.slice(1, localSearchStarts)) {
    const candidate = localSearch(component, root);
    const cost = splitCost(edges, candidate);
    if (cost < heuristicCost) [heuristic, heuristicCost] = [candidate, cost];
  }
  const packing = cyclePackingBound(size, edges);
  const position = new Int32Array(size);
  order.forEach((node, i) => (position[node] = i));
  const search: Search = { component, order, position, suffixBound: new Float64Array(size + 1), visited: 0, budget };

  let best: (0 | 1)[] = heuristic;
  let bestCost = heuristicCost;
  let solvedFrom = size; // suffixBound[k] is exact for k >= solvedFrom
  if (packing < heuristicCost) {
    let suffixSolution: (0 | 1)[] = new Array<0 | 1>(size).fill(0);
    for (let start = size - 1; start >= 0; start--) {
      // Incumbent: the next suffix's optimum with order[start] added on its cheaper side.
      const node = order[start] ?? 0;
      const incumbent = [...suffixSolution];
      const costs = [0, 0];
      for (const { node: other, sign, weight } of component.adjacency[node] ?? []) {
        if ((position[other] ?? 0) <= start) continue;
        const otherSide = incumbent[other] ?? 0;
        costs[otherSide] = (costs[otherSide] ?? 0) + (sign < 0 ? weight : 0);
        costs[1 - otherSide] = (costs[1 - otherSide] ?? 0) + (sign > 0 ? weight : 0);
      }
      incumbent[node] = (costs[1] ?? 0) < (costs[0] ?? 0) ? 1 : 0;
      let suffixCost = (search.suffixBound[start + 1] ?? 0) + Math.min(costs[0] ?? 0, costs[1] ?? 0);
      let suffixBest = incumbent;
      const completed = branchAndBound(
        search,
        start,
        (bound) => bound < suffixCost,
        (side, cost) => {
          if (cost < suffixCost) {
            suffixCost = cost;
            suffixBest = [...side];
          }
          return true;
        },
      );
      if (!completed) break;
      search.suffixBound[start] = suffixCost;
      suffixSolution = suffixBest;
      solvedFrom = start;
    }
    if (solvedFrom === 0) {
      bestCost = search.suffixBound[0] ?? 0;
      best = suffixSolution;
    }
  }
  const exact = solvedFrom === 0 || packing === heuristicCost;
  if (!exact) {
    // The optimum of any part of the graph bounds the whole from below.
    const lowerBound = Math.max(packing, search.suffixBound[solvedFrom] ?? 0);
    return { side: best, cost: bestCost, lowerBound, exact: false, count: 1, countComplete: false };
  }

  // Enumerate the optimal splits; the first one met is the stable choice (lexicographic along the branch order).
  let count = 0;
  let first: (0 | 1)[] | undefined;
  search.visited = 0;
  const countComplete = branchAndBound(
    search,
    0,
    (bound) => bound <= bestCost,
    (side, cost) => {
      if (cost !== bestCost) return true;
      first ??= [...side];
      count++;
      return count < countLimit;
    },
  );
  return { side: first ?? best, cost: bestCost, lowerBound: bestCost, exact: true, count: Math.max(count, 1), countComplete };
}

/**
 * The least frustrated two-bloc split of a signed graph on nodes 0..nodeCount-1. Connected
 * components are solved apart; each is oriented so that its lowest-numbered node is on side 0.
 */
export function minimumFrustration(nodeCount: number, edges: readonly SignedEdge[], options: FrustrationOptions = {}): MinimumSplit {
  const budget = options.budget ?? defaultBudget;
  const countLimit = options.countLimit ?? defaultCountLimit;
  const adjacency = adjacencyOf(nodeCount, edges);
  const parts = components(nodeCount, adjacency);
  const local = new Int32Array(nodeCount);
  const partOf = new Int32Array(nodeCount);
  parts.forEach((members, part) =>
    members.forEach((node, position) => {
      local[node] = position;
      partOf[node] = part;
    }),
  );
  const partEdges: SignedEdge[][] = parts.map(() => []);
  for (const edge of edges) {
    partEdges[partOf[edge.a] ?? 0]?.push({ ...edge, a: local[edge.a] ?? 0, b: local[edge.b] ?? 0 });
  }
  const side: (0 | 1)[] = new Array<0 | 1>(nodeCount).fill(0);
  let cost = 0;
  let lowerBound = 0;
  let exact = true;
  let optimalCount = 1;
  let countComplete = true;
  parts.forEach((members, part) => {
    const componentEdges = partEdges[part] ?? [];
    const solved = solveComponent({ size: members.length, edges: componentEdges, adjacency: adjacencyOf(members.length, componentEdges) }, budget, countLimit);
    const flip = solved.side[0] === 1 ? 1 : 0;
    members.forEach((node, position) => {
      side[node] = ((solved.side[position] ?? 0) ^ flip) as 0 | 1;
    });
    cost += solved.cost;
    lowerBound += solved.lowerBound;
    exact &&= solved.exact;
    countComplete &&= solved.countComplete;
    optimalCount *= solved.count;
  });
  return { side, cost, lowerBound, exact, optimalCount, countComplete, componentCount: parts.length };
}
