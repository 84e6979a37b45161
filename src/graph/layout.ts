/**
 * The fcose layout, made reproducible: fcose draws on Math.random (spectral sampling, cose-base
 * shuffles), so while it runs synchronously we swap in a seeded generator. Same dataset, same picture.
 */
import type { Core } from 'cytoscape';

export const layoutSeed = 20100101;

/** fcose options; one line each on why it is set. */
export const fcoseOptions = Object.freeze({
  name: 'fcose',
  // 'proof' costs little at this size and untangles better than 'default'.
  quality: 'proof',
  // Start from a spectral embedding (seeded below) rather than from whatever positions exist.
  randomize: true,
  // Positions are applied at once: the layout runs synchronously so the seed covers all of it.
  animate: false,
  // Fit the result into the viewport with room for labels at the edge.
  fit: true,
  padding: 40,
  // Labels take space: count them in node dimensions so labels do not overlap.
  nodeDimensionsIncludeLabels: true,
  // Gap between nodes of different components and inside compounds.
  nodeSeparation: 120,
  // Pack disconnected components tightly.
  packComponents: true,
  // Longer ideal edges leave room for parallel curves and arrowheads.
  idealEdgeLength: 150,
  // Stronger repulsion keeps hubs' neighbours from crowding.
  nodeRepulsion: 12000,
  edgeElasticity: 0.35,
  gravity: 0.25,
  numIter: 5000,
  tile: true,
});

/** Mulberry32: small, fast, good enough for layout jitter. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs fcose with a seeded Math.random; synchronous because `animate` is false. */
export function runSeededLayout(cy: Core, seed: number = layoutSeed): void {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    cy.elements().layout({ ...fcoseOptions }).run();
  } finally {
    Math.random = original;
  }
}
