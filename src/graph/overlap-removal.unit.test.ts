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

  it('moves boxes exactly as comparing every pair would, for any set of boxes', () => {
    // The all-pairs pass the grid replaced, kept here as the reference the grid must agree with.
    const allPairs = (input: readonly Box[], gap: number) => {
      const live = input.map((box) => ({ ...box }));
      for (let round = 0; round < 200; round++) {
        let moved = false;
        for (let i = 0; i < live.length; i++) {
          for (let j = i + 1; j < live.length; j++) {
            const a = live[i]!;
            const b = live[j]!;
            const ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + gap;
            const oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + gap;
            if (ox <= 0 || oy <= 0) continue;
            moved = true;
            const aFirst = (a.x1 + a.x2 !== b.x1 + b.x2 ? a.x1 + a.x2 < b.x1 + b.x2 : a.id < b.id) ? -1 : 1;
            const aAbove = (a.y1 + a.y2 !== b.y1 + b.y2 ? a.y1 + a.y2 < b.y1 + b.y2 : a.id < b.id) ? -1 : 1;
            const [dx, dy] = ox < oy ? [(aFirst * ox) / 2, 0] : [0, (aAbove * oy) / 2];
            Object.assign(a, { x1: a.x1 + dx, x2: a.x2 + dx, y1: a.y1 + dy, y2: a.y2 + dy });
            Object.assign(b, { x1: b.x1 - dx, x2: b.x2 - dx, y1: b.y1 - dy, y2: b.y2 - dy });
          }
        }
        if (!moved) break;
      }
      return live;
    };
    const box = fc.record({ x: fc.integer({ min: 0, max: 400 }), y: fc.integer({ min: 0, max: 400 }), w: fc.integer({ min: 1, max: 80 }), h: fc.integer({ min: 1, max: 30 }) });
    fc.assert(
      fc.property(fc.array(box, { maxLength: 40 }), (specs) => {
        const boxes = specs.map((s, i) => ({ id: `n${i}`, x1: s.x, y1: s.y, x2: s.x + s.w, y2: s.y + s.h }));
        const expected = allPairs(boxes, 6);
        const shifts = overlapShifts(boxes, 6);
        boxes.forEach((b, i) => {
          expect(b.x1 + shifts.get(b.id)!.dx).toBeCloseTo(expected[i]!.x1, 6);
          expect(b.y1 + shifts.get(b.id)!.dy).toBeCloseTo(expected[i]!.y1, 6);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('separates a thousand boxes', () => {
    const boxes = Array.from({ length: 1000 }, (_, i) => ({ id: `n${i}`, x1: (i * 37) % 3000, y1: (i * 91) % 1800, x2: ((i * 37) % 3000) + 60, y2: ((i * 91) % 1800) + 16 }));
    const result = shifted(boxes, 2);
    const sorted = [...result].sort((a, b) => a.x1 - b.x1);
    // A sweep along x: every box is compared only with the boxes that start before it ends.
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length && sorted[j]!.x1 < sorted[i]!.x2; j++) expect(overlapping(sorted[i]!, sorted[j]!)).toBe(false);
    }
  });
});
