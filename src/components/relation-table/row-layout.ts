/**
 * Where each relation of a windowed table sits: the heights measured so far for the rows that
 * have been drawn, an estimate (the mean of those measured) for the rest, and the prefix sums that
 * turn a scroll position into the range of rows to draw. Linear in the rows to lay out, logarithmic
 * to find a window.
 */

/** The rows to draw, [start, end), and the space the rows left out take above and below them. */
export interface RowWindow {
  readonly start: number;
  readonly end: number;
  readonly before: number;
  readonly after: number;
}

/** Before any row has been measured: one line of text with its padding and border. */
const rowGuess = 30;
/** Before any expanded row has been measured: a relation's quotes, compact. */
const evidenceGuess = 160;

export class RowLayout {
  private readonly rowHeights = new Map<string, number>();
  private readonly evidenceHeights = new Map<string, number>();
  private rowSum = 0;
  private evidenceSum = 0;
  /** offsets[i] is the top of relation i (its quotes row included in its height); offsets[n] the total. */
  private offsets = new Float64Array(1);
  /** How many quotes rows are open above relation i, for its aria-rowindex. */
  private openAbove = new Int32Array(1);

  /** Lays out the rows in order; call again when the rows, the open set or a measured height changes. */
  layout(ids: readonly string[], expanded: ReadonlySet<string>): void {
    const rowEstimate = this.rowHeights.size > 0 ? this.rowSum / this.rowHeights.size : rowGuess;
    const evidenceEstimate = this.evidenceHeights.size > 0 ? this.evidenceSum / this.evidenceHeights.size : evidenceGuess;
    const offsets = new Float64Array(ids.length + 1);
    const openAbove = new Int32Array(ids.length + 1);
    let top = 0;
    let opened = 0;
    ids.forEach((id, i) => {
      const open = expanded.has(id);
      top += (this.rowHeights.get(id) ?? rowEstimate) + (open ? (this.evidenceHeights.get(id) ?? evidenceEstimate) : 0);
      if (open) opened++;
      offsets[i + 1] = top;
      openAbove[i + 1] = opened;
    });
    this.offsets = offsets;
    this.openAbove = openAbove;
  }

  get count(): number {
    return this.offsets.length - 1;
  }

  get total(): number {
    return this.offsets[this.count] ?? 0;
  }

  top(index: number): number {
    return this.offsets[index] ?? this.total;
  }

  bottom(index: number): number {
    return this.offsets[index + 1] ?? this.total;
  }

  /** The row's position among all rows of the table, 1-based, after the header row and every open quotes row above it. */
  ariaRowIndex(index: number): number {
    return 2 + index + (this.openAbove[index] ?? 0);
  }

  /** Every row of the table: the header, each relation, each open quotes row. */
  get ariaRowCount(): number {
    return 1 + this.count + (this.openAbove[this.count] ?? 0);
  }

  /** The rows that cross [from, to) (in pixels from the first row's top). */
  window(from: number, to: number): RowWindow {
    const count = this.count;
    const start = Math.min(count, Math.max(0, this.rowAt(from)));
    const end = Math.max(start, Math.min(count, this.rowAt(to) + 1));
    return { start, end, before: this.top(start), after: this.total - this.top(end) };
  }

  /** Records a drawn row's height (and its open quotes row's); true when it differs from what the layout used. */
  measure(id: string, rowHeight: number, evidenceHeight: number | undefined): boolean {
    let changed = this.record(this.rowHeights, id, rowHeight, 'row');
    if (evidenceHeight !== undefined) changed = this.record(this.evidenceHeights, id, evidenceHeight, 'evidence') || changed;
    return changed;
  }

  private record(heights: Map<string, number>, id: string, height: number, kind: 'row' | 'evidence'): boolean {
    const known = heights.get(id);
    // Sub-pixel differences come and go with zoom; they are not worth a new layout.
    if (known !== undefined && Math.abs(known - height) < 0.5) return false;
    const delta = height - (known ?? 0);
    if (kind === 'row') this.rowSum += delta;
    else this.evidenceSum += delta;
    heights.set(id, height);
    return true;
  }

  /** The last row whose top is at or above y (binary search over the prefix sums); 0 when there are none. */
  rowAt(y: number): number {
    let low = 0;
    let high = this.count - 1;
    let found = 0;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((this.offsets[middle] ?? 0) <= y) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }
}
