/**
 * Pushes overlapping boxes apart (in the spirit of Gephi's Noverlap), after fcose: fcose counts
 * labels in node sizes but does not guarantee that wrapped labels never touch. Pure geometry.
 */
import { SpatialGrid, typicalCellSize } from './spatial-grid';

export interface Box {
  readonly id: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface Shift {
  readonly dx: number;
  readonly dy: number;
}

interface LiveBox {
  readonly id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Pairs (i < j, in order) that may overlap in this round: those within a cell of each other when
 * the round starts. Boxes move a little within a round, so the reach is a whole cell beyond the
 * gap; a pair missed all the same is caught by the next round, and rounds go on until none moves.
 */
function candidatePairs(live: readonly LiveBox[], gap: number): Uint32Array[] {
  const cellSize = typicalCellSize(live, gap);
  const grid = new SpatialGrid<number>(cellSize);
  live.forEach((box, i) => grid.insert(box, i));
  return live.map((box, i) => Uint32Array.from([...grid.near(box, gap + cellSize)].filter((j) => j > i)).sort());
}

/** How far to move each box (by id) so that no two boxes, grown by `gap`, overlap. */
export function overlapShifts(boxes: readonly Box[], gap = 6, maxRounds = 200): Map<string, Shift> {
  const live: LiveBox[] = boxes.map((box) => ({ ...box }));
  const moveBy = (box: LiveBox, dx: number, dy: number) => {
    box.x1 += dx;
    box.x2 += dx;
    box.y1 += dy;
    box.y2 += dy;
  };
  for (let round = 0; round < maxRounds; round++) {
    let moved = false;
    const pairs = candidatePairs(live, gap);
    for (let i = 0; i < live.length; i++) {
      for (const j of pairs[i] ?? []) {
        const a = live[i];
        const b = live[j];
        if (!a || !b) continue;
        const overlapX = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + gap;
        const overlapY = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + gap;
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        // Separate along the axis that needs the smaller move; ties break by id for determinism.
        const aFirst = (a.x1 + a.x2 !== b.x1 + b.x2 ? a.x1 + a.x2 < b.x1 + b.x2 : a.id < b.id) ? -1 : 1;
        const aAbove = (a.y1 + a.y2 !== b.y1 + b.y2 ? a.y1 + a.y2 < b.y1 + b.y2 : a.id < b.id) ? -1 : 1;
        if (overlapX < overlapY) {
          moveBy(a, (aFirst * overlapX) / 2, 0);
          moveBy(b, (-aFirst * overlapX) / 2, 0);
        } else {
          moveBy(a, 0, (aAbove * overlapY) / 2);
          moveBy(b, 0, (-aAbove * overlapY) / 2);
        }
      }
    }
    if (!moved) break;
  }
  return new Map(live.map((box, i) => [box.id, { dx: box.x1 - (boxes[i]?.x1 ?? box.x1), dy: box.y1 - (boxes[i]?.y1 ?? box.y1) }]));
}
