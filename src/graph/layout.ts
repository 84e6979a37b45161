/**
 * The fcose layout, made reproducible: fcose draws on Math.random (spectral sampling, cose-base
 * shuffles), so while it runs synchronously we swap in a seeded generator. Same dataset, same picture.
 */
import type { CollectionReturnValue, Core, NodeCollection } from 'cytoscape';
import { edgesThroughBodies, obstructionShifts } from './edge-obstruction';
import { overlapShifts } from './overlap-removal';
import { relocationShifts } from './line-relocation';

import { layoutSeed, maxActorsForDefault, maxActorsForProof } from './layout-thresholds';

export { layoutSeed, maxActorsForDefault, maxActorsForProof } from './layout-thresholds';

/** fcose options; one line each on why it is set. */
export const fcoseOptions = Object.freeze({
  name: 'fcose',
  // 'proof' untangles better than 'default'; layoutEffort lowers it for large graphs.
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
  /** The pass that steps actors off lines is quadratic (lines x actors): small graphs only. */
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

/** Moves nodes apart until no two of them, labels included, overlap. */
export function separateNodes(cy: Core, nodes: NodeCollection, gap = 8): void {
  const shifts = overlapShifts(nodes.map((node) => ({ id: node.id(), ...node.boundingBox({ includeLabels: true, includeOverlays: false }) })), gap);
  cy.batch(() => {
    for (const node of nodes) {
      const shift = shifts.get(node.id());
      if (shift && (shift.dx !== 0 || shift.dy !== 0)) node.position({ x: node.position('x') + shift.dx, y: node.position('y') + shift.dy });
    }
  });
}

/** Relations between laid-out actors, one straight line per pair of actors. */
function lines(nodes: NodeCollection): { id: string; source: string; target: string }[] {
  const seen = new Set<string>();
  const result: { id: string; source: string; target: string }[] = [];
  nodes.edgesWith(nodes).forEach((edge) => {
    const [a, b] = [edge.source().id(), edge.target().id()].sort();
    const key = JSON.stringify([a, b]);
    if (a === undefined || b === undefined || seen.has(key)) return;
    seen.add(key);
    result.push({ id: key, source: a, target: b });
  });
  return result;
}

function bodies(nodes: NodeCollection) {
  return nodes.map((node) => ({ id: node.id(), x: node.position('x'), y: node.position('y'), width: node.outerWidth(), height: node.outerHeight() }));
}

/** Steps actors aside from relations that would otherwise be drawn straight over them. */
export function clearEdgePaths(cy: Core, nodes: NodeCollection): void {
  const shifts = obstructionShifts(bodies(nodes), lines(nodes));
  cy.batch(() => {
    for (const node of nodes) {
      const shift = shifts.get(node.id());
      if (shift && (shift.dx !== 0 || shift.dy !== 0)) node.position({ x: node.position('x') + shift.dx, y: node.position('y') + shift.dy });
    }
  });
}

/**
 * Moves single actors, one at a time, to nearby places that free lines and touch no other actor
 * or label: for the few obstructions that stepping aside and separating labels keep undoing.
 */
export function relocateOffLines(cy: Core, nodes: NodeCollection): void {
  const placed = nodes.map((node) => ({
    id: node.id(),
    x: node.position('x'),
    y: node.position('y'),
    width: node.outerWidth(),
    height: node.outerHeight(),
    ...node.boundingBox({ includeLabels: true, includeOverlays: false }),
  }));
  const shifts = relocationShifts(placed, lines(nodes));
  cy.batch(() => {
    for (const node of nodes) {
      const shift = shifts.get(node.id());
      if (shift && (shift.dx !== 0 || shift.dy !== 0)) node.position({ x: node.position('x') + shift.dx, y: node.position('y') + shift.dy });
    }
  });
}

/** How many pairs of actors are joined by a line that runs over a third actor. */
export function obstructedLineCount(nodes: NodeCollection): number {
  return new Set(edgesThroughBodies(bodies(nodes), lines(nodes)).map((found) => found.edge)).size;
}

/**
 * Stretches the picture along one axis towards the viewport's aspect ratio (at most by
 * `maxStretch`), so a wide window gets a wide graph and labels stay large when fitted.
 */
export function matchAspect(cy: Core, nodes: NodeCollection, maxStretch = 1.8): void {
  const box = nodes.boundingBox({ includeLabels: false });
  if (box.w === 0 || box.h === 0 || cy.width() === 0 || cy.height() === 0) return;
  const ratio = cy.width() / cy.height() / (box.w / box.h);
  const stretchX = Math.min(Math.max(ratio, 1), maxStretch);
  const stretchY = Math.min(Math.max(1 / ratio, 1), maxStretch);
  if (stretchX === 1 && stretchY === 1) return;
  const cx = (box.x1 + box.x2) / 2;
  const cy0 = (box.y1 + box.y2) / 2;
  cy.batch(() => {
    for (const node of nodes) {
      node.position({ x: cx + (node.position('x') - cx) * stretchX, y: cy0 + (node.position('y') - cy0) * stretchY });
    }
  });
}

/** Puts each of `nodes` next to its laid-out neighbours (or, with none, nowhere new). */
export function placeNearNeighbours(cy: Core, nodes: NodeCollection, laidOut: NodeCollection): void {
  cy.batch(() => {
    nodes.forEach((node, i) => {
      const neighbours = node.neighborhood('node').intersection(laidOut);
      if (neighbours.empty()) return;
      const box = neighbours.boundingBox({});
      const angle = (i * 2.399963) % (2 * Math.PI);
      node.position({ x: (box.x1 + box.x2) / 2 + 60 * Math.cos(angle), y: (box.y1 + box.y2) / 2 + 60 * Math.sin(angle) });
    });
  });
}

/** Puts nodes with no laid-out neighbour in a row under the picture, so none is left on another. */
function placeBelow(cy: Core, nodes: NodeCollection, laidOut: NodeCollection): void {
  const box = laidOut.nonempty() ? laidOut.boundingBox({}) : { x1: 0, y2: 0 };
  cy.batch(() => nodes.forEach((node, i) => void node.position({ x: box.x1 + i * 80, y: box.y2 + 80 })));
}

/**
 * Whether the layout code can place a node with this id. Cytoscape's layoutPositions memoizes
 * positions in a plain object keyed by id, and cose-base's tiling looks ids up in another, so an
 * id that names a property of Object.prototype (`constructor` is the one valid slug) finds the
 * inherited function: the node is never moved, or the tiling throws. Such nodes are left out of
 * fcose and placed beside their neighbours afterwards.
 */
export function layoutCanPlace(id: string): boolean {
  return !(id in Object.prototype);
}

/**
 * Runs fcose with a seeded Math.random (synchronous, since `animate` is false) on the given
 * elements (by default all), shapes the result to the viewport, removes any remaining label
 * overlaps, and fits it.
 */
export function runSeededLayout(cy: Core, elements: CollectionReturnValue = cy.elements(), seed: number = layoutSeed): void {
  if (elements.nodes().empty()) return;
  const placeable = elements.nodes().filter((node) => layoutCanPlace(node.id()));
  const unplaceable = elements.nodes().difference(placeable);
  // Edges go to fcose only with both their ends, which it looks up by id in a plain object.
  const edges = elements.edges().filter((edge) => placeable.contains(edge.source()) && placeable.contains(edge.target()));
  // fcose still reads the current positions (a fresh graph has them all at the origin), so start
  // from there every time: otherwise Layout on a moved graph drifts by a few pixels.
  cy.batch(() => elements.nodes().positions({ x: 0, y: 0 }));
  const effort = layoutEffort(elements.nodes().length);
  const options = { ...fcoseOptions, quality: effort.quality, numIter: effort.numIter };
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    if (placeable.nonempty()) placeable.union(edges).layout(options).run();
  } finally {
    Math.random = original;
  }
  placeNearNeighbours(cy, unplaceable, placeable);
  placeBelow(cy, unplaceable.filter((node) => node.neighborhood('node').intersection(placeable).empty()), placeable);
  const laidOut = elements.nodes();
  matchAspect(cy, laidOut);
  // Moving actors off lines can make labels touch, and pulling labels apart can put actors on
  // lines again: alternate a few times, ending on separation so labels never overlap.
  separateNodes(cy, laidOut);
  for (let round = 0; effort.clearLines && round < 4 && obstructedLineCount(laidOut) > 0; round++) {
    clearEdgePaths(cy, laidOut);
    separateNodes(cy, laidOut);
  }
  // What those rounds keep undoing, single moves into free space can still settle.
  if (effort.clearLines && obstructedLineCount(laidOut) > 0) relocateOffLines(cy, laidOut);
  placeNearNeighbours(cy, cy.nodes().difference(laidOut), laidOut);
  cy.fit(laidOut, fcoseOptions.padding);
}
