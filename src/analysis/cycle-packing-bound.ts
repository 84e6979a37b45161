/**
 * A lower bound on the frustration index that needs no search: every unbalanced cycle (an odd
 * number of negative edges) holds at least one frustrated edge in any split, so weight packed
 * into edge-disjoint (or fractionally shared) unbalanced cycles must be paid. Used to prove a
 * split optimal at once, and as the bound reported when a graph is too large for a proof.
 */
import type { SignedEdge } from './frustration';

/**
 * A lower bound: greedily pack unbalanced cycles (odd number of negative edges) into the edge
 * weights, as in the dual of the cycle-covering LP; each packed unit forces a unit of frustration.
 */
export function cyclePackingBound(size: number, edges: readonly SignedEdge[]): number {
  const residual = edges.map((edge) => edge.weight);
  const incident: number[][] = Array.from({ length: size }, () => []);
  edges.forEach((edge, id) => {
    incident[edge.a]?.push(id);
    incident[edge.b]?.push(id);
  });
  let bound = 0;
  for (;;) {
    const cycle = findUnbalancedCycle(size, edges, incident, residual);
    if (cycle === undefined) return bound;
    const amount = Math.min(...cycle.map((id) => residual[id] ?? 0));
    for (const id of cycle) residual[id] = (residual[id] ?? 0) - amount;
    bound += amount;
  }
}

/** Edge ids of a short unbalanced cycle among edges with weight left, found by breadth-first signing. */
function findUnbalancedCycle(
  size: number,
  edges: readonly SignedEdge[],
  incident: readonly (readonly number[])[],
  residual: readonly number[],
): number[] | undefined {
  const parity = new Int8Array(size).fill(-1);
  const parentEdge = new Int32Array(size).fill(-1);
  const depth = new Int32Array(size);
  for (let root = 0; root < size; root++) {
    if (parity[root] !== -1) continue;
    parity[root] = 0;
    const queue = [root];
    for (let i = 0; i < queue.length; i++) {
      const node = queue[i] ?? 0;
      for (const id of incident[node] ?? []) {
        if ((residual[id] ?? 0) <= 0 || id === parentEdge[node]) continue;
        const edge = edges[id];
        if (edge === undefined) continue;
        const other = edge.a === node ? edge.b : edge.a;
        const expected = (parity[node] ?? 0) ^ (edge.sign < 0 ? 1 : 0);
        if (parity[other] === -1) {
          parity[other] = expected;
          parentEdge[other] = id;
          depth[other] = (depth[node] ?? 0) + 1;
          queue.push(other);
        } else if (parity[other] !== expected) {
          return cycleThrough(node, other, id, edges, parentEdge, depth);
        }
      }
    }
  }
  return undefined;
}

function cycleThrough(
  u: number,
  v: number,
  closing: number,
  edges: readonly SignedEdge[],
  parentEdge: Int32Array,
  depth: Int32Array,
): number[] {
  const cycle = [closing];
  const up = (node: number): number => {
    const id = parentEdge[node] ?? -1;
    cycle.push(id);
    const edge = edges[id];
    return edge === undefined ? node : edge.a === node ? edge.b : edge.a;
  };
  let x = u;
  let y = v;
  while ((depth[x] ?? 0) > (depth[y] ?? 0)) x = up(x);
  while ((depth[y] ?? 0) > (depth[x] ?? 0)) y = up(y);
  while (x !== y) {
    x = up(x);
    y = up(y);
  }
  return cycle;
}
