/**
 * The app's layout for large graphs as a pure computation on numbers, so that it can run in a Web
 * Worker (layout.worker.ts) in a headless Cytoscape: the page measures each actor with its label
 * and sends boxes and index pairs; this returns positions. Ids never leave the page, so an id such
 * as `constructor` cannot trip fcose's plain-object lookups here.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { fcoseOptions, layoutEffort, seededRandom } from './layout';
import { freePlacementShifts } from './free-placement';
import { overlapShifts } from './overlap-removal';

export interface LayoutNode {
  /** The actor's box with its label, at the label size of zoom 1. */
  readonly width: number;
  readonly height: number;
  /** Where that box's centre sits relative to the actor's position (labels hang below). */
  readonly offsetX: number;
  readonly offsetY: number;
}

export interface LayoutRequest {
  readonly nodes: readonly LayoutNode[];
  /** Relations as pairs of indices into `nodes`. */
  readonly edges: readonly (readonly [number, number])[];
  /** The viewport's width over its height, which the picture is stretched towards. */
  readonly aspect: number;
  readonly seed: number;
}

/** x and y of each node in turn. */
export type LayoutPositions = Float64Array;

let fcoseRegistered = false;

/** Gap left between labelled boxes, as on the page's own layout. */
const separationGap = 8;
/** Rounds of pushing pairs apart before the free placement takes the rest. */
const pushRounds = 20;
const maxStretch = 1.8;

export function offscreenLayout(request: LayoutRequest): LayoutPositions {
  if (!fcoseRegistered) {
    cytoscape.use(fcose);
    fcoseRegistered = true;
  }
  const { nodes } = request;
  const positions = new Float64Array(nodes.length * 2);
  if (nodes.length === 0) return positions;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { shape: 'rectangle', width: 'data(width)', height: 'data(height)', 'border-width': 0 } }],
    elements: [
      ...nodes.map((node, i) => ({ group: 'nodes' as const, data: { id: `n${i}`, width: node.width, height: node.height } })),
      ...request.edges
        .filter(([s, t]) => s < nodes.length && t < nodes.length)
        .map(([s, t], i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: `n${s}`, target: `n${t}` } })),
    ],
  });
  try {
    const effort = layoutEffort(nodes.length);
    // The boxes already hold the labels; there is no viewport to fit.
    const options = { ...fcoseOptions, quality: effort.quality, numIter: effort.numIter, nodeDimensionsIncludeLabels: false, fit: false };
    const original = Math.random;
    Math.random = seededRandom(request.seed);
    try {
      cy.layout(options).run();
    } finally {
      Math.random = original;
    }
    const centres = cy.nodes().map((node) => node.position());
    spreadToRoomFor(centres, nodes);
    stretchTowards(centres, request.aspect);
    const boxes = centres.map((c, i) => {
      const node = nodes[i] ?? { width: 0, height: 0 };
      return { id: String(i), x1: c.x - node.width / 2, x2: c.x + node.width / 2, y1: c.y - node.height / 2, y2: c.y + node.height / 2 };
    });
    // A few rounds of pushing pairs apart settle most clashes; placing the rest in free spots
    // (the most connected actors first, so they keep their place) ends them all.
    const pushed = overlapShifts(boxes, separationGap, pushRounds);
    const afterPush = boxes.map((box) => {
      const { dx, dy } = pushed.get(box.id) ?? { dx: 0, dy: 0 };
      return { id: box.id, x1: box.x1 + dx, x2: box.x2 + dx, y1: box.y1 + dy, y2: box.y2 + dy };
    });
    const degree = new Array<number>(nodes.length).fill(0);
    for (const [s, t] of request.edges) {
      degree[s] = (degree[s] ?? 0) + 1;
      degree[t] = (degree[t] ?? 0) + 1;
    }
    const order = afterPush.map((_, i) => i).sort((a, b) => (degree[b] ?? 0) - (degree[a] ?? 0) || a - b);
    const placed = freePlacementShifts(order.map((i) => afterPush[i] ?? { id: String(i), x1: 0, x2: 0, y1: 0, y2: 0 }), separationGap);
    afterPush.forEach((box, i) => {
      const shift = placed.get(box.id) ?? { dx: 0, dy: 0 };
      positions[2 * i] = (box.x1 + box.x2) / 2 + shift.dx - (nodes[i]?.offsetX ?? 0);
      positions[2 * i + 1] = (box.y1 + box.y2) / 2 + shift.dy - (nodes[i]?.offsetY ?? 0);
    });
    return positions;
  } finally {
    cy.destroy();
  }
}

/** How many times its boxes' total area the picture gets, so that pushing boxes apart stays local. */
const roomPerArea = 3;

/**
 * A draft layout packs a large graph tighter than its labelled boxes fit, and pushing crowds apart
 * pair by pair converges slowly: first scale the picture up until it has room for them.
 */
function spreadToRoomFor(points: { x: number; y: number }[], nodes: readonly LayoutNode[]): void {
  if (points.length < 2) return;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const area = Math.max(x2 - x1, 1) * Math.max(y2 - y1, 1);
  const needed = roomPerArea * nodes.reduce((sum, node) => sum + node.width * node.height, 0);
  if (area >= needed) return;
  const scale = Math.sqrt(needed / area);
  const [cx, cy] = [(x1 + x2) / 2, (y1 + y2) / 2];
  for (const p of points) {
    p.x = cx + (p.x - cx) * scale;
    p.y = cy + (p.y - cy) * scale;
  }
}

/** As matchAspect on the page: stretch one axis towards the viewport's shape, at most `maxStretch`. */
function stretchTowards(points: { x: number; y: number }[], aspect: number): void {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const [w, h] = [x2 - x1, y2 - y1];
  if (w === 0 || h === 0 || !(aspect > 0) || !Number.isFinite(aspect)) return;
  const ratio = aspect / (w / h);
  const stretchX = Math.min(Math.max(ratio, 1), maxStretch);
  const stretchY = Math.min(Math.max(1 / ratio, 1), maxStretch);
  const [cx, cy] = [(x1 + x2) / 2, (y1 + y2) / 2];
  for (const p of points) {
    p.x = cx + (p.x - cx) * stretchX;
    p.y = cy + (p.y - cy) * stretchY;
  }
}
