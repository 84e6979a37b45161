/**
 * What the layout does after fcose, as pure geometry on arrays (each actor by its index): shape
 * the picture towards the viewport, then remove label overlaps and, for small graphs, step actors
 * off the relations drawn over them. Runs where fcose runs (offscreen-layout.ts, in a Web Worker).
 */
import type { EdgeEnds, NodeBody } from './edge-obstruction';
import { edgesThroughBodies, obstructionShifts } from './edge-obstruction';
import { freePlacementShifts } from './free-placement';
import { relocationShifts } from './line-relocation';
import type { LayoutEffort } from './layout';
import type { Box, Shift } from './overlap-removal';
import { overlapShifts } from './overlap-removal';

/** An actor as the layout sees it: its body, and its box with its label, around its position. */
export interface LayoutNode {
  /** The box with the label, at the label size of zoom 1. */
  readonly width: number;
  readonly height: number;
  /** Where that box's centre sits relative to the actor's position (labels hang below). */
  readonly offsetX: number;
  readonly offsetY: number;
  /** The body alone (with its border), centred on the position: what a line must not cross. */
  readonly bodyWidth: number;
  readonly bodyHeight: number;
}

/** A position being polished; moved in place. */
export interface Point {
  x: number;
  y: number;
}

/** Gap left between labelled boxes. */
const separationGap = 8;
/** Rounds of pushing pairs apart, in a large graph, before free placement takes the rest. */
const quickPushRounds = 20;
/** Rounds of separating and stepping off lines, which can undo each other, in a small graph. */
const lineClearingRounds = 4;
/** The picture is stretched towards the viewport's shape by at most this much along one axis. */
const maxStretch = 1.8;
/** How many times its boxes' total area a large graph gets, so that pushing boxes apart stays local. */
const roomPerArea = 3;

/**
 * Polishes fcose's result in place: `points` are the actors' positions, `edges` pairs of indices
 * into `nodes`; `aspect` is the viewport's width over its height (not finite: no shaping).
 */
export function polishLayout(points: Point[], nodes: readonly LayoutNode[], edges: readonly (readonly [number, number])[], aspect: number, effort: LayoutEffort): void {
  if (points.length === 0) return;
  // A draft packs a large graph tighter than its labels fit; pushing crowds apart converges slowly.
  if (!effort.clearLines) spreadToRoomFor(points, nodes);
  stretchTowards(points, aspect);
  if (!effort.clearLines) {
    separateQuickly(points, nodes, edges);
    return;
  }
  const lines = straightLines(edges, points.length);
  // Moving actors off lines can make labels touch, and pulling labels apart can put actors on
  // lines again: alternate a few times, ending on separation so labels never overlap.
  separate(points, nodes);
  for (let round = 0; round < lineClearingRounds && obstructedLineCount(points, nodes, lines) > 0; round++) {
    apply(points, obstructionShifts(bodies(points, nodes), lines));
    separate(points, nodes);
  }
  // What those rounds keep undoing, single moves into free space can still settle.
  if (obstructedLineCount(points, nodes, lines) > 0) {
    const placed = bodies(points, nodes).map((body, i) => ({ ...body, ...labelledBox(points, nodes, i) }));
    apply(points, relocationShifts(placed, lines));
  }
}

/** How many pairs of actors are joined by a line that runs over a third actor's body. */
export function obstructedLineCount(points: readonly Point[], nodes: readonly LayoutNode[], lines: readonly EdgeEnds[]): number {
  return new Set(edgesThroughBodies(bodies(points, nodes), lines).map((found) => found.edge)).size;
}

/** One straight line per pair of actors joined by any relation (ids are indices as text). */
export function straightLines(edges: readonly (readonly [number, number])[], count: number): EdgeEnds[] {
  const seen = new Set<string>();
  const lines: EdgeEnds[] = [];
  for (const [s, t] of edges) {
    if (s === t || s < 0 || t < 0 || s >= count || t >= count) continue;
    const [a, b] = s < t ? [s, t] : [t, s];
    const id = `${a} ${b}`;
    if (seen.has(id)) continue;
    seen.add(id);
    lines.push({ id, source: String(a), target: String(b) });
  }
  return lines;
}

function bodies(points: readonly Point[], nodes: readonly LayoutNode[]): NodeBody[] {
  return points.map((p, i) => ({ id: String(i), x: p.x, y: p.y, width: nodes[i]?.bodyWidth ?? 0, height: nodes[i]?.bodyHeight ?? 0 }));
}

function labelledBox(points: readonly Point[], nodes: readonly LayoutNode[], i: number): Box {
  const p = points[i] ?? { x: 0, y: 0 };
  const node = nodes[i] ?? { width: 0, height: 0, offsetX: 0, offsetY: 0 };
  const [cx, cy] = [p.x + node.offsetX, p.y + node.offsetY];
  return { id: String(i), x1: cx - node.width / 2, x2: cx + node.width / 2, y1: cy - node.height / 2, y2: cy + node.height / 2 };
}

function apply(points: Point[], shifts: ReadonlyMap<string, Shift>): void {
  points.forEach((p, i) => {
    const shift = shifts.get(String(i));
    if (!shift) return;
    p.x += shift.dx;
    p.y += shift.dy;
  });
}

/** Moves actors apart until no two labelled boxes overlap (or the rounds run out). */
function separate(points: Point[], nodes: readonly LayoutNode[]): void {
  apply(points, overlapShifts(points.map((_, i) => labelledBox(points, nodes, i)), separationGap));
}

/**
 * A few rounds of pushing pairs apart settle most clashes; placing the rest in free spots (the
 * most connected actors first, so they keep their place) ends them all, near linear in the size.
 */
function separateQuickly(points: Point[], nodes: readonly LayoutNode[], edges: readonly (readonly [number, number])[]): void {
  apply(points, overlapShifts(points.map((_, i) => labelledBox(points, nodes, i)), separationGap, quickPushRounds));
  const degree = new Array<number>(points.length).fill(0);
  for (const [s, t] of edges) {
    degree[s] = (degree[s] ?? 0) + 1;
    degree[t] = (degree[t] ?? 0) + 1;
  }
  const order = points.map((_, i) => i).sort((a, b) => (degree[b] ?? 0) - (degree[a] ?? 0) || a - b);
  apply(points, freePlacementShifts(order.map((i) => labelledBox(points, nodes, i)), separationGap));
}

function extent(points: readonly Point[]): { x1: number; x2: number; y1: number; y2: number } {
  let [x1, x2, y1, y2] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of points) [x1, x2, y1, y2] = [Math.min(x1, p.x), Math.max(x2, p.x), Math.min(y1, p.y), Math.max(y2, p.y)];
  return { x1, x2, y1, y2 };
}

/** Scales the picture up around its centre until it has `roomPerArea` times its boxes' area. */
function spreadToRoomFor(points: Point[], nodes: readonly LayoutNode[]): void {
  if (points.length < 2) return;
  const { x1, x2, y1, y2 } = extent(points);
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

/**
 * Stretches the picture along one axis towards the viewport's aspect ratio (at most by
 * `maxStretch`), so a wide window gets a wide graph and labels stay large when fitted.
 */
function stretchTowards(points: Point[], aspect: number): void {
  const { x1, x2, y1, y2 } = extent(points);
  const [w, h] = [x2 - x1, y2 - y1];
  if (!(w > 0) || !(h > 0) || !(aspect > 0) || !Number.isFinite(aspect)) return;
  const ratio = aspect / (w / h);
  const stretchX = Math.min(Math.max(ratio, 1), maxStretch);
  const stretchY = Math.min(Math.max(1 / ratio, 1), maxStretch);
  const [cx, cy] = [(x1 + x2) / 2, (y1 + y2) / 2];
  for (const p of points) {
    p.x = cx + (p.x - cx) * stretchX;
    p.y = cy + (p.y - cy) * stretchY;
  }
}
