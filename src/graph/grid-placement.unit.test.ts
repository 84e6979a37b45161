import { describe, expect, it } from 'vitest';
import { gridPositions } from './grid-placement';

describe('grid placement', () => {
  it('puts boxes of different sizes apart, at finite places, wider than tall for a wide view', () => {
    const nodes = Array.from({ length: 50 }, (_, i) => ({ width: 20 + (i % 7) * 10, height: 30 + (i % 3) * 5, offsetX: 0, offsetY: 6, bodyWidth: 20, bodyHeight: 20 }));
    const positions = gridPositions(nodes, 16 / 9);
    const boxes = nodes.map((node, i) => {
      const x = positions[2 * i]! + node.offsetX;
      const y = positions[2 * i + 1]! + node.offsetY;
      return { x1: x - node.width / 2, x2: x + node.width / 2, y1: y - node.height / 2, y2: y + node.height / 2 };
    });
    for (const box of boxes) expect([box.x1, box.y1].every(Number.isFinite)).toBe(true);
    const touching = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2));
    expect(touching).toEqual([]);
    const width = Math.max(...boxes.map((box) => box.x2)) - Math.min(...boxes.map((box) => box.x1));
    const height = Math.max(...boxes.map((box) => box.y2)) - Math.min(...boxes.map((box) => box.y1));
    expect(width).toBeGreaterThan(height);
  });
});
