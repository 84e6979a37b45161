/**
 * The last step of a large graph's overlap removal: boxes are placed one by one (in the given
 * order, so the first keep their place), and a box that would touch one already placed moves to
 * the nearest free spot on a widening square spiral around where it was. It always ends with no two
 * boxes touching, in time near linear when the picture has room. Pure geometry.
 */
import type { Box, Shift } from './overlap-removal';
import { SpatialGrid, typicalCellSize } from './spatial-grid';

/** Rings searched at the box's own step before the search widens faster. */
const crowdRings = 12;

const touches = (a: Box, b: Box, gap: number) => a.x1 - gap < b.x2 && b.x1 - gap < a.x2 && a.y1 - gap < b.y2 && b.y1 - gap < a.y2;

/** How far to move each box (by id) so that no two boxes, grown by `gap`, touch. */
export function freePlacementShifts(boxes: readonly Box[], gap = 8): Map<string, Shift> {
  const placed = new SpatialGrid<Box>(typicalCellSize(boxes, gap));
  const shifts = new Map<string, Shift>();
  // Called for every spot tried, often thousands per box in a crowd: no set built per call.
  const isFree = (box: Box) => !placed.someNear(box, gap, (other) => touches(box, other, gap));
  for (const box of boxes) {
    const stepX = (box.x2 - box.x1 + gap) / 2 || 1;
    const stepY = (box.y2 - box.y1 + gap) / 2 || 1;
    let chosen: Box = box;
    for (let ring = 1; !isFree(chosen); ring++) {
      // Past a dozen rings the box is in a crowd: the rings then spread out faster, so finding
      // room costs tens of rings rather than hundreds (each ring's spots are tried one by one).
      const spread = ring <= crowdRings ? 1 : 1.2 ** (ring - crowdRings);
      const spot = firstFreeOnRing(box, ring, stepX * spread, stepY * spread, isFree);
      if (spot) chosen = spot;
    }
    placed.insert(chosen, chosen);
    shifts.set(box.id, { dx: chosen.x1 - box.x1, dy: chosen.y1 - box.y1 });
  }
  return shifts;
}

/** The free spot on the square ring `ring` steps out that is nearest the box's own place. */
function firstFreeOnRing(box: Box, ring: number, stepX: number, stepY: number, isFree: (box: Box) => boolean): Box | undefined {
  let best: Box | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let i = -ring; i <= ring; i++) {
    // Only the ring's own cells, in the same order as a scan of the whole square: a ring costs
    // its perimeter, not its area (crowded boxes at 10,000 actors go dozens of rings out).
    const edgeColumn = Math.abs(i) === ring;
    for (let j = -ring; j <= ring; j = edgeColumn || j === ring ? j + 1 : ring) {
      const dx = i * stepX;
      const dy = j * stepY;
      const distance = dx * dx + dy * dy;
      if (distance >= bestDistance) continue;
      const candidate = { id: box.id, x1: box.x1 + dx, x2: box.x2 + dx, y1: box.y1 + dy, y2: box.y2 + dy };
      if (isFree(candidate)) {
        best = candidate;
        bestDistance = distance;
      }
    }
  }
  return best;
}
