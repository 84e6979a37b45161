/**
 * Labels that stay readable at every zoom: their size on screen follows the zoom a little but is
 * held between a floor and a cap, and where labels would collide the less connected actor's label
 * steps back (it still shows on hover). Pure geometry, no Cytoscape.
 */
import type { Box } from './overlap-removal';
import { SpatialGrid, typicalCellSize } from './spatial-grid';

/** Smallest label on screen, in CSS px (the issue asks for at least 11). */
export const minLabelPx = 12;
/** Largest label on screen, so zooming in does not turn labels into headlines. */
export const maxLabelPx = 18;
/** Label size in graph units at zoom 1, where the stylesheet is written. */
export const baseLabelSize = 13;
/** How wide a label may grow before wrapping, in multiples of its font size. */
export const labelWidthInEms = 10;
/** The label's gap below the body, in ems of its font size. */
export const labelMarginInEms = 0.3;

/** The label's size on screen at this zoom. */
export function screenLabelPx(zoom: number): number {
  return Math.min(maxLabelPx, Math.max(minLabelPx, baseLabelSize * zoom));
}

/** The font size in graph units that puts a label at `screenLabelPx(zoom)` on screen. */
export function labelFontSize(zoom: number): number {
  return zoom > 0 ? screenLabelPx(zoom) / zoom : baseLabelSize;
}

export interface LabelCandidate {
  readonly id: string;
  /** Higher keeps its label first (the actor's degree). */
  readonly priority: number;
  /** The label's box on screen. */
  readonly label: Box;
}

function overlaps(a: Box, b: Box, gap: number): boolean {
  return a.x1 - gap < b.x2 && b.x1 - gap < a.x2 && a.y1 - gap < b.y2 && b.y1 - gap < a.y2;
}

/**
 * Which labels to hide: going from the most to the least connected actor (ties by id), a label is
 * kept unless it touches a kept label or another actor's body. The hub's label always stays: it
 * names what the picture is about, so it wins any collision (zoomed out, labels outgrow the
 * space between bodies, and the hub's neighbours crowd it most).
 */
export function labelsToHide(candidates: readonly LabelCandidate[], bodies: readonly Box[], gap = 1): Set<string> {
  const order = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Grids keep each test to the boxes nearby, so hiding stays near linear in the number of actors.
  const cellSize = typicalCellSize([...candidates.map((candidate) => candidate.label), ...bodies], gap);
  const bodyGrid = new SpatialGrid<Box>(cellSize);
  for (const body of bodies) bodyGrid.insert(body, body);
  const kept = new SpatialGrid<Box>(cellSize);
  const hidden = new Set<string>();
  for (const [index, candidate] of order.entries()) {
    const blocked =
      index > 0 &&
      ([...kept.near(candidate.label, gap)].some((box) => overlaps(candidate.label, box, gap)) ||
        [...bodyGrid.near(candidate.label)].some((body) => body.id !== candidate.id && overlaps(candidate.label, body, 0)));
    if (blocked) hidden.add(candidate.id);
    else kept.insert(candidate.label, candidate.label);
  }
  return hidden;
}
