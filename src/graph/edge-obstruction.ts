/**
 * Relations drawn through other actors: an edge that passes over a third actor's body reads as if
 * it touched that actor. Pure geometry on node boxes and straight centre-to-centre segments.
 */
export interface NodeBody {
  readonly id: string;
  /** Centre. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface EdgeEnds {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Whether the segment from `a` to `b` enters the box (Liang-Barsky clipping). */
export function segmentHitsBox(a: Point, b: Point, box: { x1: number; y1: number; x2: number; y2: number }): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a.x - box.x1],
    [dx, box.x2 - a.x],
    [-dy, a.y - box.y1],
    [dy, box.y2 - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

export interface Obstruction {
  readonly edge: string;
  readonly node: string;
}

/**
 * Every (edge, actor) pair where the edge's straight line between its ends' centres crosses the
 * body of an actor that is neither end. `inset` shrinks bodies so grazing a corner does not count.
 */
export function edgesThroughBodies(nodes: readonly NodeBody[], edges: readonly EdgeEnds[], inset = 1): Obstruction[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const found: Obstruction[] = [];
  for (const edge of edges) {
    const a = byId.get(edge.source);
    const b = byId.get(edge.target);
    if (!a || !b || a === b) continue;
    for (const node of nodes) {
      if (node.id === edge.source || node.id === edge.target) continue;
      const box = { x1: node.x - node.width / 2 + inset, y1: node.y - node.height / 2 + inset, x2: node.x + node.width / 2 - inset, y2: node.y + node.height / 2 - inset };
      if (segmentHitsBox(a, b, box)) found.push({ edge: edge.id, node: node.id });
    }
  }
  return found;
}

export interface Shift {
  readonly dx: number;
  readonly dy: number;
}

/**
 * How far to move actors (by id) off the relations that run over them: each obstructing actor steps
 * sideways, away from the line, until its body clears it by `margin`; repeated, since a moved actor
 * can land on another line. Ends of relations stay put within a round.
 */
export function obstructionShifts(nodes: readonly NodeBody[], edges: readonly EdgeEnds[], margin = 8, maxRounds = 40): Map<string, Shift> {
  const live = nodes.map((node) => ({ id: node.id, x: node.x, y: node.y, width: node.width, height: node.height }));
  const edgesById = new Map(edges.map((edge) => [edge.id, edge]));
  for (let round = 0; round < maxRounds; round++) {
    const found = edgesThroughBodies(live, edges);
    if (found.length === 0) break;
    const byId = new Map(live.map((node) => [node.id, node]));
    const moves = new Map<string, { dx: number; dy: number }>();
    for (const { edge, node } of found) {
      const ends = edgesById.get(edge);
      const a = ends ? byId.get(ends.source) : undefined;
      const b = ends ? byId.get(ends.target) : undefined;
      const c = byId.get(node);
      if (!a || !b || !c) continue;
      const lx = b.x - a.x;
      const ly = b.y - a.y;
      const length = Math.hypot(lx, ly) || 1;
      // The actor's offset from the line, measured along the line's normal.
      const nx = -ly / length;
      const ny = lx / length;
      const offset = (c.x - a.x) * nx + (c.y - a.y) * ny;
      // On the line itself: step to one side, the same side every time for the same ids.
      const side = Math.abs(offset) > 1e-6 ? Math.sign(offset) : node < edge ? 1 : -1;
      const clearance = Math.hypot(c.width, c.height) / 2 + margin;
      const needed = clearance - Math.abs(offset);
      if (needed <= 0) continue;
      const move = moves.get(node) ?? { dx: 0, dy: 0 };
      move.dx += side * nx * needed;
      move.dy += side * ny * needed;
      moves.set(node, move);
    }
    if (moves.size === 0) break;
    for (const [id, move] of moves) {
      const node = byId.get(id);
      if (!node) continue;
      node.x += move.dx;
      node.y += move.dy;
    }
  }
  return new Map(live.map((node, i) => [node.id, { dx: node.x - (nodes[i]?.x ?? node.x), dy: node.y - (nodes[i]?.y ?? node.y) }]));
}
