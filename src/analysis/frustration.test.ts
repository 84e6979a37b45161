import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cyclePackingBound } from './cycle-packing-bound';
import { minimumFrustration, splitCost, type SignedEdge } from './frustration';
import { highlandTribesEdges, highlandTribesFrustrationIndex } from './testing/highland-tribes';

/** Every split with node 0 on side 0: the least cost and how many splits reach it. */
function bruteForce(nodeCount: number, edges: readonly SignedEdge[]): { cost: number; count: number } {
  let cost = Infinity;
  let count = 0;
  for (let mask = 0; mask < 2 ** Math.max(nodeCount - 1, 0); mask++) {
    const side = Array.from({ length: nodeCount }, (_, i) => (i === 0 ? 0 : (mask >> (i - 1)) & 1) as 0 | 1);
    const c = splitCost(edges, side);
    if (c < cost) [cost, count] = [c, 1];
    else if (c === cost) count++;
  }
  return { cost, count };
}

/** A signed graph on up to `maxNodes` nodes, each pair at most once, weights 1..4 if weighted. */
const signedGraphs = (maxNodes: number, weighted: boolean) =>
  fc.integer({ min: 1, max: maxNodes }).chain((n) => {
    const pairs: [number, number][] = [];
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) pairs.push([a, b]);
    const edge = fc.record({ present: fc.double({ min: 0, max: 1, noNaN: true }), sign: fc.constantFrom<1 | -1>(1, -1), weight: weighted ? fc.integer({ min: 1, max: 4 }) : fc.constant(1) });
    return fc.tuple(fc.constant(n), fc.double({ min: 0.1, max: 0.8, noNaN: true }), fc.array(edge, { minLength: pairs.length, maxLength: pairs.length })).map(([nodes, density, draws]) => ({
      nodes,
      edges: draws.flatMap((draw, i) => {
        const pair = pairs[i];
        return pair !== undefined && draw.present < density ? [{ a: pair[0], b: pair[1], sign: draw.sign, weight: draw.weight }] : [];
      }),
    }));
  });

describe('minimum frustration', () => {
  it('gives 0 and the two camps for a balanced graph', () => {
    // Camps {0, 1, 2} and {3, 4}: support inside, opposition across.
    const edges: SignedEdge[] = [
      { a: 0, b: 1, sign: 1, weight: 1 },
      { a: 1, b: 2, sign: 1, weight: 1 },
      { a: 3, b: 4, sign: 1, weight: 1 },
      { a: 0, b: 3, sign: -1, weight: 1 },
      { a: 2, b: 4, sign: -1, weight: 1 },
    ];
    const split = minimumFrustration(5, edges);
    expect(split).toMatchObject({ cost: 0, lowerBound: 0, exact: true, optimalCount: 1, countComplete: true });
    expect(split.side).toEqual([0, 0, 0, 1, 1]);
  });

  it("finds Read's Highland Tribes network's published frustration index, 7, and proves it", () => {
    const edges = highlandTribesEdges.map(([a, b, sign]) => ({ a: a - 1, b: b - 1, sign, weight: 1 }));
    expect(edges).toHaveLength(58);
    const split = minimumFrustration(16, edges);
    expect(split.cost).toBe(highlandTribesFrustrationIndex);
    expect(split.exact).toBe(true);
    expect(split.lowerBound).toBe(7);
    expect(splitCost(edges, split.side)).toBe(7);
    expect(bruteForce(16, edges)).toEqual({ cost: 7, count: split.optimalCount });
  });

  it('agrees with brute force on hundreds of random graphs of up to 14 nodes, unweighted and weighted', () => {
    for (const weighted of [false, true]) {
      fc.assert(
        fc.property(signedGraphs(14, weighted), ({ nodes, edges }) => {
          const split = minimumFrustration(nodes, edges);
          const truth = bruteForce(nodes, edges);
          expect(split.exact).toBe(true);
          expect(split.cost).toBe(truth.cost);
          expect(split.lowerBound).toBe(truth.cost);
          expect(splitCost(edges, split.side)).toBe(truth.cost);
          // Brute force counts whole-graph splits: each further component can be mirrored.
          expect(split.countComplete).toBe(true);
          expect(split.optimalCount * 2 ** (split.componentCount - 1)).toBe(truth.count);
        }),
        { numRuns: 150 },
      );
    }
  });

  it('returns the same split whatever the order of the edges', () => {
    fc.assert(
      fc.property(signedGraphs(10, false), fc.integer(), ({ nodes, edges }, seed) => {
        const shuffled = [...edges].sort((x, y) => ((x.a * 31 + x.b + seed) % 7) - ((y.a * 31 + y.b + seed) % 7));
        expect(minimumFrustration(nodes, shuffled).side).toEqual(minimumFrustration(nodes, edges).side);
      }),
      { numRuns: 100 },
    );
  });

  it('proves the optimum of a 60-node graph, planted camps with noise', () => {
    // Two camps of 30, sparse ties as a hand-coded dataset has them, some of them flipped.
    let state = 7;
    const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const edges: SignedEdge[] = [];
    for (let a = 0; a < 60; a++) {
      for (let b = a + 1; b < 60; b++) {
        if (random() > 0.08) continue;
        const sameCamp = a < 30 === b < 30;
        const sign = (sameCamp ? 1 : -1) * (random() < 0.15 ? -1 : 1);
        edges.push({ a, b, sign: sign as 1 | -1, weight: 1 });
      }
    }
    const split = minimumFrustration(60, edges);
    // The cycle-packing bound alone does not prove it: the branch and bound has to.
    expect(cyclePackingBound(60, edges)).toBeLessThan(split.cost);
    expect(split.exact).toBe(true);
    expect(split.lowerBound).toBe(split.cost);
    expect(splitCost(edges, split.side)).toBe(split.cost);
    const flipped = edges.filter((e) => (e.a < 30 === e.b < 30 ? e.sign < 0 : e.sign > 0)).length;
    expect(split.cost).toBeLessThanOrEqual(flipped);
  });

  it('says when it could not prove optimality, and gives a valid bound', () => {
    // A dense random graph with a tiny budget: the search stops early.
    const edges: SignedEdge[] = [];
    for (let a = 0; a < 40; a++) for (let b = a + 1; b < 40; b++) edges.push({ a, b, sign: (a * 7 + b * 13) % 3 === 0 ? -1 : 1, weight: 1 });
    const split = minimumFrustration(40, edges, { budget: 1000 });
    expect(split.exact).toBe(false);
    expect(split.lowerBound).toBe(cyclePackingBound(40, edges));
    expect(split.lowerBound).toBeLessThanOrEqual(split.cost);
    expect(splitCost(edges, split.side)).toBe(split.cost);
  });
});
