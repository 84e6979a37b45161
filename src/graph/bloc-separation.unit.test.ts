import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { separateBlocs } from './bloc-separation';
import { overlapShifts, type Box } from './overlap-removal';

const overlap = (a: Box, b: Box): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Actors laid out with no overlap (as the layout leaves them), each in bloc 0, 1 or none. */
const laidOut = fc
  .array(fc.record({ x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -400, max: 400 }), w: fc.integer({ min: 20, max: 140 }), h: fc.integer({ min: 20, max: 60 }), bloc: fc.constantFrom(0, 1, undefined) }), { minLength: 1, maxLength: 30 })
  .map((actors) => {
    const raw = actors.map((actor, i) => ({ id: `a${i}`, x1: actor.x, y1: actor.y, x2: actor.x + actor.w, y2: actor.y + actor.h }));
    const shifts = overlapShifts(raw, 8, 1000);
    const boxes = raw.map((box) => {
      const { dx, dy } = shifts.get(box.id)!;
      return { ...box, x1: box.x1 + dx, x2: box.x2 + dx, y1: box.y1 + dy, y2: box.y2 + dy };
    });
    const blocOf = new Map<string, 0 | 1>();
    actors.forEach((actor, i) => actor.bloc !== undefined && blocOf.set(`a${i}`, actor.bloc));
    return { boxes, blocOf };
  });

function moved(boxes: readonly Box[], blocOf: ReadonlyMap<string, 0 | 1>): Box[] {
  const shifts = separateBlocs(boxes, blocOf);
  return boxes.map((box) => {
    const { dx, dy } = shifts.get(box.id)!;
    return { ...box, x1: box.x1 + dx, x2: box.x2 + dx, y1: box.y1 + dy, y2: box.y2 + dy };
  });
}

describe('separateBlocs', () => {
  it('puts every actor of bloc A left of every actor of bloc B, those in neither between, with no overlap', () => {
    fc.assert(
      fc.property(laidOut, ({ boxes, blocOf }) => {
        const after = moved(boxes, blocOf);
        const group = (box: Box) => (blocOf.get(box.id) === 0 ? 0 : blocOf.get(box.id) === 1 ? 2 : 1);
        for (const a of after) {
          for (const b of after) {
            if (group(a) < group(b)) expect(a.x2).toBeLessThan(b.x1);
            if (a !== b) expect(overlap(a, b), `${a.id} / ${b.id}`).toBe(false);
          }
        }
      }),
    );
  });

  it('keeps the picture centred where it was and gives the same result for the same input', () => {
    const boxes = [
      { id: 'russia', x1: 0, y1: 0, x2: 60, y2: 30 },
      { id: 'osce', x1: 100, y1: 0, x2: 160, y2: 30 },
      { id: 'kazakhstan', x1: 200, y1: 0, x2: 260, y2: 30 },
      { id: 'greece', x1: 100, y1: 100, x2: 160, y2: 130 },
    ];
    const blocOf = new Map<string, 0 | 1>([['russia', 1], ['kazakhstan', 0], ['osce', 1]]);
    const after = moved(boxes, blocOf);
    expect(moved(boxes, blocOf)).toEqual(after);
    const middle = (list: readonly Box[]) => (Math.min(...list.map((b) => b.x1)) + Math.max(...list.map((b) => b.x2))) / 2;
    expect(middle(after)).toBeCloseTo(middle(boxes));
    // Bloc A (Kazakhstan) now left of Greece (in neither), left of bloc B (Russia, OSCE).
    const x = new Map(after.map((box) => [box.id, box.x1]));
    expect(x.get('kazakhstan')!).toBeLessThan(x.get('greece')!);
    expect(x.get('greece')!).toBeLessThan(Math.min(x.get('russia')!, x.get('osce')!));
  });
});
