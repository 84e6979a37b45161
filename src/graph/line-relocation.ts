/**
 * A last, careful pass against relations drawn over other actors: where stepping actors sideways
 * (obstructionShifts) and pulling labels apart undo each other, try a few places for each actor
 * involved (the one in the way, or an end of the line) and move one only where it frees lines and
 * lands clear of every other actor and label. Pure geometry, deterministic.
 */
import type { EdgeEnds, NodeBody, Shift } from './edge-obstruction';
import { segmentHitsBox } from './edge-obstruction';

export interface PlacedNode extends NodeBody {
  /** The node's box with its label (absolute, around x and y). */
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

interface LiveNode {
  readonly id: string;
  x: number;
  y: number;
  readonly width: number;
  readonly height: number;
  /** Labelled box as offsets from the centre. */
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Sixteen directions, so an actor can step around a neighbour as well as away from a line. */
const directions = Array.from({ length: 16 }, (_, i) => ({ x: Math.cos((i * Math.PI) / 8), y: Math.sin((i * Math.PI) / 8) }));
/** Step lengths, in multiples of the moving actor's radius plus the gap. */
const reaches = [0.5, 1, 1.5, 2, 3, 4];
/** Obstructed lines whose actors are tried together before looking further. */
const linesPerTry = 4;

/**
 * Whether the straight line between `a` and `b` runs over `node`'s body or within `margin` of it:
 * a line that only just misses an actor still reads as touching it (and curves of a fan bend).
 */
function blocks(a: LiveNode, b: LiveNode, node: LiveNode, at: { x: number; y: number } = node, margin = 4): boolean {
  return segmentHitsBox(a, b, { x1: at.x - node.width / 2 - margin, y1: at.y - node.height / 2 - margin, x2: at.x + node.width / 2 + margin, y2: at.y + node.height / 2 + margin });
}

/**
 * How far to move actors (by id) so that fewer relations run over a third actor (or within a few
 * units of it), without any two labelled boxes coming closer than `gap`. Each move is the one
 * freeing the most lines among the actors of the first obstructed lines where any move helps
 * (ties: the shortest, then the first found). Stops when nothing helps, after `maxMoves`, or once
 * about `maxWork` line checks are spent, which bounds the cost on large graphs (a count, not a
 * clock, so the result is the same on any machine).
 */
export function relocationShifts(nodes: readonly PlacedNode[], edges: readonly EdgeEnds[], gap = 8, maxMoves = 40, maxWork = 2_000_000): Map<string, Shift> {
  const live: LiveNode[] = nodes.map((node) => ({
    id: node.id,
    x: node.x,
    y: node.y,
    width: node.width,
    height: node.height,
    left: node.x1 - node.x,
    top: node.y1 - node.y,
    right: node.x2 - node.x,
    bottom: node.y2 - node.y,
  }));
  const byId = new Map(live.map((node) => [node.id, node]));
  const lines = edges.flatMap((edge) => {
    const a = byId.get(edge.source);
    const b = byId.get(edge.target);
    return a && b && a !== b ? [{ a, b }] : [];
  });
  const incident = new Map<LiveNode, Set<number>>();
  lines.forEach(({ a, b }, i) => {
    for (const end of [a, b]) incident.set(end, (incident.get(end) ?? new Set<number>()).add(i));
  });
  const blockersOf = (i: number, moved?: LiveNode, at?: { x: number; y: number }): LiveNode[] => {
    const line = lines[i];
    if (!line) return [];
    const a = line.a === moved && at ? { ...line.a, ...at } : line.a;
    const b = line.b === moved && at ? { ...line.b, ...at } : line.b;
    return live.filter((node) => node !== line.a && node !== line.b && blocks(a, b, node, node === moved && at ? at : node));
  };
  // Line-actor and actor-actor pairs checked so far.
  let work = lines.length * live.length;
  const counts = lines.map((_, i) => blockersOf(i).length);
  let total = counts.filter((count) => count > 0).length;

  const clearOfOthers = (node: LiveNode, at: { x: number; y: number }): boolean => {
    work += live.length;
    return live.every(
      (other) =>
        other === node ||
        Math.min(at.x + node.right, other.x + other.right) - Math.max(at.x + node.left, other.x + other.left) + gap <= 0 ||
        Math.min(at.y + node.bottom, other.y + other.bottom) - Math.max(at.y + node.top, other.y + other.top) + gap <= 0,
    );
  };

  /** The number of obstructed lines if `node` stood at `at`. */
  const totalIfMoved = (node: LiveNode, at: { x: number; y: number }): number => {
    const own = incident.get(node) ?? new Set<number>();
    work += lines.length + own.size * live.length;
    let result = total;
    lines.forEach((line, i) => {
      const before = counts[i] ?? 0;
      const after = own.has(i) ? blockersOf(i, node, at).length : before - (blocks(line.a, line.b, node) ? 1 : 0) + (blocks(line.a, line.b, node, at) ? 1 : 0);
      result += (after > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
    });
    return result;
  };

  for (let move = 0; move < maxMoves && total > 0 && work < maxWork; move++) {
    const obstructed = lines.flatMap((line, i) => ((counts[i] ?? 0) > 0 ? [{ line, i }] : []));
    const tried = new Set<LiveNode>();
    let best: { node: LiveNode; at: { x: number; y: number }; total: number; distance: number } | undefined;
    // A few lines at a time, going on only while nothing helps: most moves are found among the first.
    for (let from = 0; from < obstructed.length && !best && work < maxWork; from += linesPerTry) {
      for (const { line, i } of obstructed.slice(from, from + linesPerTry)) {
        for (const node of [...blockersOf(i), line.a, line.b]) {
          if (tried.has(node)) continue;
          tried.add(node);
          const radius = Math.hypot(node.width, node.height) / 2 + gap;
          for (const reach of reaches) {
            for (const direction of directions) {
              const distance = reach * radius;
              const at = { x: node.x + direction.x * distance, y: node.y + direction.y * distance };
              if (!clearOfOthers(node, at)) continue;
              const after = totalIfMoved(node, at);
              if (after >= total) continue;
              if (!best || after < best.total || (after === best.total && distance < best.distance)) best = { node, at, total: after, distance };
            }
          }
        }
      }
    }
    if (!best) break;
    best.node.x = best.at.x;
    best.node.y = best.at.y;
    lines.forEach((_, i) => (counts[i] = blockersOf(i).length));
    work += lines.length * live.length;
    total = counts.filter((count) => count > 0).length;
  }
  return new Map(live.map((node, i) => [node.id, { dx: node.x - (nodes[i]?.x ?? node.x), dy: node.y - (nodes[i]?.y ?? node.y) }]));
}
