/**
 * The layout's settings: fcose's options, the effort a graph of each size gets, and the seeded
 * generator that makes fcose reproducible (it draws on Math.random for spectral sampling and
 * cose-base's shuffles). Same dataset, same picture. Pure: the layout itself runs in
 * offscreen-layout.ts, in a Web Worker.
 */
import { maxActorsForDefault, maxActorsForProof } from './layout-thresholds';

/** fcose options; one line each on why it is set. */
export const fcoseOptions = Object.freeze({
  name: 'fcose',
  // 'proof' untangles better than 'default'; layoutEffort lowers it for large graphs.
  quality: 'proof',
  // Start from a spectral embedding (seeded below) rather than from whatever positions exist.
  randomize: true,
  // Positions are applied at once: the layout runs synchronously so the seed covers all of it.
  animate: false,
  // No viewport where it runs (a headless Cytoscape): the page fits the result.
  fit: false,
  // Each node is given as its box with its label already (offscreen-layout.ts).
  nodeDimensionsIncludeLabels: false,
  // Gap between nodes of different components and inside compounds.
  nodeSeparation: 80,
  // Pack disconnected components tightly.
  packComponents: true,
  // Longer ideal edges leave room for parallel curves and arrowheads.
  idealEdgeLength: 95,
  // Stronger repulsion keeps hubs' neighbours from crowding.
  nodeRepulsion: 6000,
  edgeElasticity: 0.35,
  gravity: 0.25,
  numIter: 5000,
  tile: true,
});

/** How much work the layout puts in for a graph of this size. */
export interface LayoutEffort {
  readonly quality: 'proof' | 'default' | 'draft';
  readonly numIter: number;
  /**
   * The passes that step actors off lines are quadratic (lines x actors): small graphs only. The
   * others get a quick overlap removal instead (a few rounds of pushing, then free placement).
   */
  readonly clearLines: boolean;
}

/**
 * Proof quality costs 2-4x fcose's default and 40x its draft at 1,000 actors (issue 11), so the
 * effort falls with the size: the bundled dataset keeps its proof-quality picture.
 */
export function layoutEffort(actorCount: number): LayoutEffort {
  if (actorCount <= maxActorsForProof) return { quality: 'proof', numIter: fcoseOptions.numIter, clearLines: true };
  if (actorCount <= maxActorsForDefault) return { quality: 'default', numIter: 2500, clearLines: false };
  return { quality: 'draft', numIter: 2500, clearLines: false };
}

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
