import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlapShifts, type Box } from './overlap-removal';

function shifted(boxes: readonly Box[], gap: number): Box[] {
  const shifts = overlapShifts(boxes, gap, 2000);
  return boxes.map((box) => {
    const { dx, dy } = shifts.get(box.id) ?? { dx: 0, dy: 0 };
    return { id: box.id, x1: box.x1 + dx, x2: box.x2 + dx, y1: box.y1 + dy, y2: box.y2 + dy };
  });
}

const overlapping = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe('overlapShifts', () => {
  it('leaves boxes that do not overlap where they are', () => {
    const boxes = [
      { id: 'a', x1: 0, y1: 0, x2: 10, y2: 10 },
      { id: 'b', x1: 30, y1: 0, x2: 40, y2: 10 },
    ];
    expect([...overlapShifts(boxes, 6).values()]).toEqual([
      { dx: 0, dy: 0 },
      { dx: 0, dy: 0 },
    ]);
  });

  it('separates two overlapping boxes along the shorter axis, by the gap', () => {
    const [a, b] = shifted(
      [
        { id: 'a', x1: 0, y1: 0, x2: 100, y2: 20 },
        { id: 'b', x1: 10, y1: 15, x2: 110, y2: 35 },
      ],
      4,
    );
    expect(a!.y2 + 4).toBeCloseTo(b!.y1);
    expect(a!.x1).toBe(0);
  });

  it('leaves no overlaps among any set of boxes', () => {
    const box = fc.record({ x: fc.integer({ min: 0, max: 300 }), y: fc.integer({ min: 0, max: 300 }), w: fc.integer({ min: 1, max: 80 }), h: fc.integer({ min: 1, max: 40 }) });
    fc.assert(
      fc.property(fc.array(box, { maxLength: 25 }), (specs) => {
        const boxes = specs.map((s, i) => ({ id: `n${i}`, x1: s.x, y1: s.y, x2: s.x + s.w, y2: s.y + s.h }));
        const result = shifted(boxes, 2);
        for (let i = 0; i < result.length; i++) for (let j = i + 1; j < result.length; j++) expect(overlapping(result[i]!, result[j]!)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
