import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freePlacementShifts } from './free-placement';
import type { Box } from './overlap-removal';

const touching = (a: Box, b: Box, gap: number) => a.x1 - gap < b.x2 && b.x1 - gap < a.x2 && a.y1 - gap < b.y2 && b.y1 - gap < a.y2;

function placed(boxes: readonly Box[], gap: number): Box[] {
  const shifts = freePlacementShifts(boxes, gap);
  return boxes.map((box) => {
    const { dx, dy } = shifts.get(box.id) ?? { dx: 0, dy: 0 };
    return { id: box.id, x1: box.x1 + dx, x2: box.x2 + dx, y1: box.y1 + dy, y2: box.y2 + dy };
  });
}

describe('freePlacementShifts', () => {
  it('leaves boxes that do not touch where they are', () => {
    const boxes = [
      { id: 'a', x1: 0, y1: 0, x2: 10, y2: 10 },
      { id: 'b', x1: 30, y1: 0, x2: 40, y2: 10 },
    ];
    expect(placed(boxes, 8)).toEqual(boxes);
  });

  it('leaves no two boxes touching, even when all start on one spot, and keeps the first in place', () => {
    const box = fc.record({ x: fc.integer({ min: 0, max: 50 }), y: fc.integer({ min: 0, max: 50 }), w: fc.integer({ min: 1, max: 120 }), h: fc.integer({ min: 1, max: 40 }) });
    fc.assert(
      fc.property(fc.array(box, { minLength: 1, maxLength: 60 }), (specs) => {
        const boxes = specs.map((s, i) => ({ id: `n${i}`, x1: s.x, y1: s.y, x2: s.x + s.w, y2: s.y + s.h }));
        const result = placed(boxes, 4);
        expect(result[0]).toEqual(boxes[0]);
        for (let i = 0; i < result.length; i++) for (let j = i + 1; j < result.length; j++) expect(touching(result[i]!, result[j]!, 4)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
