/**
 * Where actors go when the blocs view places the blocs apart: bloc A on the left, the actors in
 * neither bloc in the middle, bloc B on the right, each group keeping the shape the normal layout
 * gave it (squeezed sideways, then any overlap inside it pushed apart) and the groups side by side
 * with a clear gap. Pure geometry: the same normal layout and blocs give the same picture.
 */
import { overlapShifts, type Box, type Shift } from './overlap-removal';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** An actor in the normal layout: its box, label included, in graph units. */
export type ActorBox = Box;

export interface SeparationOptions {
  /** Empty space between two groups, in graph units. */
  readonly groupGap?: number;
  /** How much each group's width shrinks before overlaps are pushed apart (1: not at all). */
  readonly squeeze?: number;
  /** Gap kept between two actors' boxes inside a group. */
  readonly actorGap?: number;
}

const centre = (box: Box): Point => ({ x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 });

function boundsOf(boxes: readonly Box[]): { x1: number; x2: number; y1: number; y2: number } {
  return {
    x1: Math.min(...boxes.map((box) => box.x1)),
    x2: Math.max(...boxes.map((box) => box.x2)),
    y1: Math.min(...boxes.map((box) => box.y1)),
    y2: Math.max(...boxes.map((box) => box.y2)),
  };
}

/** The group's boxes squeezed towards its middle along x, then moved apart where they overlap. */
function compactGroup(boxes: readonly Box[], squeeze: number, actorGap: number): Box[] {
  const middle = boxes.reduce((sum, box) => sum + centre(box).x, 0) / boxes.length;
  const squeezed = boxes.map((box) => {
    const dx = (centre(box).x - middle) * (squeeze - 1);
    return { ...box, x1: box.x1 + dx, x2: box.x2 + dx };
  });
  const shifts = overlapShifts(squeezed, actorGap);
  return squeezed.map((box) => {
    const shift = shifts.get(box.id) ?? { dx: 0, dy: 0 };
    return { ...box, x1: box.x1 + shift.dx, x2: box.x2 + shift.dx, y1: box.y1 + shift.dy, y2: box.y2 + shift.dy };
  });
}

/**
 * How far to move each actor (by id) from the normal layout so the blocs stand apart. `blocOf` gives the bloc of each
 * actor in a stance relation; the others form the middle group. The picture stays centred where
 * it was, and the groups are centred on one horizontal line.
 */
export function separateBlocs(boxes: readonly ActorBox[], blocOf: ReadonlyMap<string, 0 | 1>, options: SeparationOptions = {}): Map<string, Shift> {
  const { groupGap = 120, squeeze = 0.85, actorGap = 8 } = options;
  const moves = new Map<string, Shift>();
  if (boxes.length === 0) return moves;
  const groups: Box[][] = [[], [], []];
  for (const box of boxes) {
    const bloc = blocOf.get(box.id);
    groups[bloc === undefined ? 1 : bloc === 0 ? 0 : 2]?.push(box);
  }
  const whole = centre({ id: '', ...boundsOf(boxes) });
  const compact = groups.filter((group) => group.length > 0).map((group) => compactGroup(group, squeeze, actorGap));
  const widths = compact.map((group) => {
    const bounds = boundsOf(group);
    return bounds.x2 - bounds.x1;
  });
  let left = whole.x - (widths.reduce((sum, width) => sum + width, 0) + groupGap * (compact.length - 1)) / 2;
  const original = new Map(boxes.map((box) => [box.id, box]));
  compact.forEach((group, i) => {
    const bounds = boundsOf(group);
    const dx = left - bounds.x1;
    const dy = whole.y - (bounds.y1 + bounds.y2) / 2;
    for (const box of group) {
      const before = original.get(box.id);
      if (before) moves.set(box.id, { dx: box.x1 + dx - before.x1, dy: box.y1 + dy - before.y1 });
    }
    left += (widths[i] ?? 0) + groupGap;
  });
  return moves;
}
