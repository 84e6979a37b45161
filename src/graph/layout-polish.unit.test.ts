import { describe, expect, it } from 'vitest';
import { layoutEffort } from './layout';
import { maxActorsForProof } from './layout-thresholds';
import { obstructedLineCount, polishLayout, straightLines, type LayoutNode, type Point } from './layout-polish';

/** An actor of body `size` with a label box below it, as the page measures one. */
const actor = (size: number, labelWidth = 60): LayoutNode => ({ width: Math.max(size, labelWidth), height: size + 20, offsetX: 0, offsetY: 10, bodyWidth: size, bodyHeight: size });

function labelledBoxes(points: readonly Point[], nodes: readonly LayoutNode[]) {
  return points.map((p, i) => {
    const node = nodes[i]!;
    const [cx, cy] = [p.x + node.offsetX, p.y + node.offsetY];
    return { x1: cx - node.width / 2, x2: cx + node.width / 2, y1: cy - node.height / 2, y2: cy + node.height / 2 };
  });
}

function overlapping(points: readonly Point[], nodes: readonly LayoutNode[]): [number, number][] {
  const boxes = labelledBoxes(points, nodes);
  return boxes.flatMap((a, i) => boxes.slice(i + 1).flatMap((b, k): [number, number][] => (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2 ? [[i, i + 1 + k]] : [])));
}

describe('polishLayout', () => {
  it('steps an actor off a relation drawn straight over it, and keeps labels apart, in a small graph', () => {
    // 0 and 2 are related; 1 stands right on the line between them, 3 touches 1's label.
    const nodes = [actor(30), actor(30), actor(30), actor(20)];
    const points = [
      { x: 0, y: 0 },
      { x: 200, y: 0 },
      { x: 400, y: 0 },
      { x: 210, y: 30 },
    ];
    const edges = [[0, 2] as const, [1, 3] as const];
    expect(obstructedLineCount(points, nodes, straightLines(edges, nodes.length))).toBe(1);
    polishLayout(points, nodes, edges, 0, layoutEffort(nodes.length));
    expect(obstructedLineCount(points, nodes, straightLines(edges, nodes.length))).toBe(0);
    expect(overlapping(points, nodes)).toEqual([]);
  });

  it('separates every label in a large graph piled on one spot, the same way every time', () => {
    const count = maxActorsForProof + 50;
    const nodes = Array.from({ length: count }, (_, i) => actor(16 + (i % 5) * 4, 40 + (i % 7) * 10));
    const edges = Array.from({ length: count }, (_, i) => [i, (i * 7 + 1) % count] as const);
    const pile = () => nodes.map((_, i) => ({ x: i % 3, y: i % 2 }));
    const first = pile();
    polishLayout(first, nodes, edges, 16 / 9, layoutEffort(count));
    expect(overlapping(first, nodes)).toEqual([]);
    const second = pile();
    polishLayout(second, nodes, edges, 16 / 9, layoutEffort(count));
    expect(second).toEqual(first);
  });

  it('stretches the picture towards a wide viewport', () => {
    const nodes = [actor(10, 10), actor(10, 10), actor(10, 10)];
    const points = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 50, y: 100 },
    ];
    polishLayout(points, nodes, [], 2, layoutEffort(nodes.length));
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(1.5 * (Math.max(...ys) - Math.min(...ys)));
  });
});
