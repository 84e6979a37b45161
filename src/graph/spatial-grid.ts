/**
 * A uniform grid over axis-aligned boxes, so "which boxes may touch this one" costs the boxes in a
 * few cells rather than every box: the collision passes stay near linear in the number of actors.
 * Pure geometry.
 */
export interface GridBox {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

// Cell coordinates are offset into a non-negative range and packed into one safe integer key.
const cellOffset = 2 ** 20;
const rowStride = 2 ** 21;

export class SpatialGrid<T> {
  private readonly cells = new Map<number, T[]>();

  constructor(private readonly cellSize: number) {
    if (!(cellSize > 0) || !Number.isFinite(cellSize)) throw new Error('the cell size must be a positive number');
  }

  /** Files `item` under every cell its box, grown by `margin`, covers. */
  insert(box: GridBox, item: T, margin = 0): void {
    this.forEachCell(box, margin, (key) => {
      const cell = this.cells.get(key);
      if (cell) cell.push(item);
      else this.cells.set(key, [item]);
    });
  }

  /** Every item filed under a cell the box, grown by `margin`, covers (each once): a superset of what touches it. */
  near(box: GridBox, margin = 0): Set<T> {
    const found = new Set<T>();
    this.forEachCell(box, margin, (key) => {
      for (const item of this.cells.get(key) ?? []) found.add(item);
    });
    return found;
  }

  /** Whether any item near the box, grown by `margin`, passes `test`; stops at the first (no set is built). */
  someNear(box: GridBox, margin: number, test: (item: T) => boolean): boolean {
    const cell = (value: number) => Math.min(cellOffset - 1, Math.max(-cellOffset, Math.floor(value / this.cellSize)));
    const [cx1, cx2, cy1, cy2] = [cell(box.x1 - margin), cell(box.x2 + margin), cell(box.y1 - margin), cell(box.y2 + margin)];
    for (let cx = cx1; cx <= cx2; cx++) {
      for (let cy = cy1; cy <= cy2; cy++) {
        const items = this.cells.get((cx + cellOffset) * rowStride + (cy + cellOffset));
        if (items?.some(test)) return true;
      }
    }
    return false;
  }

  private forEachCell(box: GridBox, margin: number, visit: (key: number) => void): void {
    const cell = (value: number) => Math.min(cellOffset - 1, Math.max(-cellOffset, Math.floor(value / this.cellSize)));
    const [cx1, cx2, cy1, cy2] = [cell(box.x1 - margin), cell(box.x2 + margin), cell(box.y1 - margin), cell(box.y2 + margin)];
    for (let cx = cx1; cx <= cx2; cx++) {
      for (let cy = cy1; cy <= cy2; cy++) visit((cx + cellOffset) * rowStride + (cy + cellOffset));
    }
  }
}

/** A cell size near the typical box: a box then covers a handful of cells and a cell holds a handful of boxes. */
export function typicalCellSize(boxes: readonly GridBox[], extra = 0): number {
  if (boxes.length === 0) return 1;
  let total = 0;
  for (const box of boxes) total += Math.max(box.x2 - box.x1, box.y2 - box.y1);
  const size = total / boxes.length + extra;
  return Number.isFinite(size) && size > 1 ? size : 1;
}
