import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { separateBlocs, type ActorShape, type SeparationOptions } from './bloc-separation';
import { labelFontSize } from './label-sizing';
import { overlapShifts, type Box } from './overlap-removal';

const overlap = (a: Box, b: Box): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const bounds = (boxes: readonly Box[]) => ({
  x1: Math.min(...boxes.map((b) => b.x1)),
  y1: Math.min(...boxes.map((b) => b.y1)),
  x2: Math.max(...boxes.map((b) => b.x2)),
  y2: Math.max(...boxes.map((b) => b.y2)),
});
const padding = 40;

/** An actor at (x, y): a body of `size`, a label of w x h under it, as Cytoscape draws one at zoom 1. */
function actor(id: string, x: number, y: number, size: number, labelWidth: number, labelHeight: number): ActorShape {
  const body = { x1: x - size / 2, y1: y - size / 2, x2: x + size / 2, y2: y + size / 2 };
  return { id, body, label: { x1: x - labelWidth / 2, y1: body.y2 + 4, x2: x + labelWidth / 2, y2: body.y2 + 4 + labelHeight } };
}

/** The actor's box, label included, with the label `scale` times its zoom-1 size, where it is after the move. */
function boxAfter(shape: ActorShape, moves: ReadonlyMap<string, { dx: number; dy: number }>, scale: number): Box {
  const { dx, dy } = moves.get(shape.id)!;
  const { body, label } = shape;
  const middle = (body.x1 + body.x2) / 2;
  const grown = label ? { x1: middle + (label.x1 - middle) * scale, x2: middle + (label.x2 - middle) * scale, y1: body.y2 + (label.y1 - body.y2) * scale, y2: body.y2 + (label.y2 - body.y2) * scale } : body;
  const box = bounds([{ id: '', ...body }, { id: '', ...grown }]);
  return { id: shape.id, x1: box.x1 + dx, x2: box.x2 + dx, y1: box.y1 + dy, y2: box.y2 + dy };
}

/** The zoom a camera fit settles at, labels keeping their size on screen (as the app fits). */
function fittedZoom(shapes: readonly ActorShape[], moves: ReadonlyMap<string, { dx: number; dy: number }>, area: SeparationOptions['area'], labelScale = (zoom: number) => labelFontSize(zoom) / labelFontSize(1)) {
  let zoom = 1;
  for (let round = 0; round < 20; round++) {
    const box = bounds(shapes.map((shape) => boxAfter(shape, moves, labelScale(zoom))));
    zoom = Math.min((area.width - 2 * padding) / (box.x2 - box.x1), (area.height - 2 * padding) / (box.y2 - box.y1));
  }
  return zoom;
}

const still = (shapes: readonly ActorShape[]) => new Map(shapes.map((shape) => [shape.id, { dx: 0, dy: 0 }]));

/** Actors laid out with no overlap (as the layout leaves them), each in bloc 0, 1 or none, and a canvas to show them in. */
const laidOut = fc
  .record({
    actors: fc.array(fc.record({ x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -400, max: 400 }), size: fc.integer({ min: 16, max: 60 }), labelWidth: fc.integer({ min: 0, max: 130 }), lines: fc.integer({ min: 1, max: 3 }), bloc: fc.constantFrom(0, 1, undefined) }), { minLength: 1, maxLength: 30 }),
    area: fc.record({ width: fc.integer({ min: 320, max: 2000 }), height: fc.integer({ min: 320, max: 1200 }) }),
  })
  .map(({ actors, area }) => {
    const raw = actors.map((a, i) => actor(`a${i}`, a.x, a.y, a.size, a.labelWidth, a.lines * 16));
    const shifts = overlapShifts(raw.map((shape) => boxAfter(shape, still(raw), 1)), 8, 1000);
    const shapes = raw.map((shape) => {
      const { dx, dy } = shifts.get(shape.id)!;
      return actor(shape.id, (shape.body.x1 + shape.body.x2) / 2 + dx, (shape.body.y1 + shape.body.y2) / 2 + dy, shape.body.x2 - shape.body.x1, shape.label!.x2 - shape.label!.x1, shape.label!.y2 - shape.label!.y1);
    });
    const blocOf = new Map<string, 0 | 1>();
    actors.forEach((a, i) => a.bloc !== undefined && blocOf.set(`a${i}`, a.bloc));
    return { shapes, blocOf, area };
  });

const groupOf = (blocOf: ReadonlyMap<string, 0 | 1>, id: string) => (blocOf.get(id) === 0 ? 0 : blocOf.get(id) === 1 ? 2 : 1);

/** Thirty actors on a 6 x 5 grid (the normal layout), bloc A the left half, bloc B the right third, the rest between. */
function grid(): { shapes: ActorShape[]; blocOf: Map<string, 0 | 1> } {
  const shapes: ActorShape[] = [];
  const blocOf = new Map<string, 0 | 1>();
  for (let row = 0; row < 5; row++) {
    for (let column = 0; column < 6; column++) {
      const id = `r${row}c${column}`;
      shapes.push(actor(id, column * 160, row * 120, 30, 110, 32));
      if (column < 3) blocOf.set(id, 0);
      else if (column > 3) blocOf.set(id, 1);
    }
  }
  return { shapes, blocOf };
}

describe('separateBlocs', () => {
  it('puts bloc A left of those in neither, left of bloc B (above, on a tall area), with no two actors overlapping, the same every time', () => {
    fc.assert(
      fc.property(laidOut, ({ shapes, blocOf, area }) => {
        // Labels of one size in graph units, whatever the zoom: what overlap removal guarantees.
        const options = { area, labelScale: () => 1 };
        const moves = separateBlocs(shapes, blocOf, options);
        expect(separateBlocs(shapes, blocOf, options)).toEqual(moves);
        const after = shapes.map((shape) => boxAfter(shape, moves, 1));
        for (const a of after) {
          for (const b of after) {
            if (groupOf(blocOf, a.id) < groupOf(blocOf, b.id)) expect(area.height > area.width ? a.y2 < b.y1 : a.x2 < b.x1, `${a.id} before ${b.id}`).toBe(true);
            if (a !== b) expect(overlap(a, b), `${a.id} / ${b.id}`).toBe(false);
          }
        }
      }),
    );
  });

  for (const area of [
    { width: 1280, height: 680 },
    { width: 1440, height: 860 },
    { width: 390, height: 790 },
    { width: 960, height: 680 },
  ]) {
    it(`shapes the picture for a ${area.width} x ${area.height} canvas, and on a wide one, labels clear of each other at about the normal layout's zoom`, () => {
      const { shapes, blocOf } = grid();
      const moves = separateBlocs(shapes, blocOf, { area });
      const box = bounds(shapes.map((shape) => boxAfter(shape, moves, 1)));
      const aspect = (box.x2 - box.x1) / (box.y2 - box.y1);
      const wanted = (area.width - 2 * padding) / (area.height - 2 * padding);
      expect(aspect / wanted).toBeGreaterThan(1 / 1.6);
      expect(aspect / wanted).toBeLessThan(1.6);
      // On a phone the normal picture is fitted only by letting labels pile up: there, giving each label room costs zoom.
      if (area.width > area.height) expect(fittedZoom(shapes, moves, area)).toBeGreaterThan(0.75 * fittedZoom(shapes, still(shapes), area));
      // Labels keep 12 px on screen: at the zoom a wide picture is fitted at, none touches another actor or label.
      // (On a phone, rows keep the normal layout's shape, which may put more labels side by side than its width holds.)
      if (area.width < area.height) return;
      const zoom = fittedZoom(shapes, moves, area);
      const shown = shapes.map((shape) => boxAfter(shape, moves, labelFontSize(zoom) / labelFontSize(1)));
      const clashes = shown.flatMap((a, i) => shown.slice(i + 1).filter((b) => overlap(a, b)).map((b) => `${a.id} / ${b.id}`));
      expect(clashes).toEqual([]);
    });
  }

  it('keeps each group\'s shape: an actor above another in the normal layout stays above it', () => {
    const { shapes, blocOf } = grid();
    const moves = separateBlocs(shapes, blocOf, { area: { width: 1280, height: 680 } });
    const at = (id: string) => boxAfter(shapes.find((shape) => shape.id === id)!, moves, 1);
    expect(at('r0c0').y2).toBeLessThan(at('r1c0').y1);
    expect(at('r0c0').x2).toBeLessThan(at('r0c1').x1);
    expect(at('r4c5').y1).toBeGreaterThan(at('r3c5').y2);
  });

  it('stays centred where the normal picture was', () => {
    const { shapes, blocOf } = grid();
    const moves = separateBlocs(shapes, blocOf, { area: { width: 1280, height: 680 }, labelScale: () => 1 });
    const before = bounds(shapes.map((shape) => boxAfter(shape, still(shapes), 1)));
    const after = bounds(shapes.map((shape) => boxAfter(shape, moves, 1)));
    expect((after.x1 + after.x2) / 2).toBeCloseTo((before.x1 + before.x2) / 2);
    expect((after.y1 + after.y2) / 2).toBeCloseTo((before.y1 + before.y2) / 2);
  });
});
