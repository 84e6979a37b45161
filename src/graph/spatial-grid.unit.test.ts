import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpatialGrid, typicalCellSize, type GridBox } from './spatial-grid';

const touches = (a: GridBox, b: GridBox, margin: number) => a.x1 - margin <= b.x2 && b.x1 - margin <= a.x2 && a.y1 - margin <= b.y2 && b.y1 - margin <= a.y2;

describe('SpatialGrid', () => {
  it('finds every box that touches a query box, whatever the sizes, places and margin', () => {
    const box = fc.record({ x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }), w: fc.integer({ min: 0, max: 300 }), h: fc.integer({ min: 0, max: 60 }) });
    fc.assert(
      fc.property(fc.array(box, { minLength: 1, maxLength: 40 }), box, fc.integer({ min: 0, max: 20 }), (specs, query, margin) => {
        const boxes = specs.map((s) => ({ x1: s.x, y1: s.y, x2: s.x + s.w, y2: s.y + s.h }));
        const grid = new SpatialGrid<number>(typicalCellSize(boxes));
        boxes.forEach((b, i) => grid.insert(b, i));
        const q = { x1: query.x, y1: query.y, x2: query.x + query.w, y2: query.y + query.h };
        const near = grid.near(q, margin);
        boxes.forEach((b, i) => {
          if (touches(q, b, margin)) expect(near.has(i)).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('returns only nearby boxes, not all of them', () => {
    const grid = new SpatialGrid<number>(10);
    for (let i = 0; i < 1000; i++) grid.insert({ x1: i * 20, y1: 0, x2: i * 20 + 5, y2: 5 }, i);
    expect([...grid.near({ x1: 400, y1: 0, x2: 405, y2: 5 })]).toEqual([20]);
  });
});
