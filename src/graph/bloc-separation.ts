/**
 * Where actors go when the blocs view places the blocs apart, the way Kumu's and Gephi's group
 * layouts do it: bloc A in a column on the left, the actors in neither bloc in the middle, bloc B
 * on the right (rows, bloc A on top, where the area is taller than wide). Each column's width
 * follows the room its group needs, its height the area the picture is shown in; each group keeps the shape the normal layout gave it, stretched (both axes)
 * to fill its column, then any overlap inside it pushed apart. Labels keep their size on screen,
 * so they are sized for the zoom the picture will be fitted at. Pure geometry: the same normal
 * layout, blocs and area give the same picture.
 */
import { labelFontSize } from './label-sizing';
import { overlapShifts, type Box, type Shift } from './overlap-removal';

interface Rect {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** An actor in the normal layout, in graph units: its body and its label (at zoom 1's label size), if it has one. */
export interface ActorShape {
  readonly id: string;
  readonly body: Rect;
  readonly label?: Rect;
}

export interface SeparationOptions {
  /** The part of the canvas the picture is fitted into, in CSS px. */
  readonly area: { readonly width: number; readonly height: number };
  /** Space the fit leaves around the picture, in CSS px. */
  readonly padding?: number;
  /** Empty space between two groups, in CSS px at the fitted zoom. */
  readonly groupGap?: number;
  /** Gap kept between two actors' boxes inside a group, in CSS px at the fitted zoom. */
  readonly actorGap?: number;
  /** How many times a label measured at zoom 1 is larger in graph units at this zoom. */
  readonly labelScale?: (zoom: number) => number;
}

const screenConstantLabels = (zoom: number): number => labelFontSize(zoom) / labelFontSize(1);

/** The box around them all; a loop, since spreading 100,000 values into Math.min overflows the stack. */
const bounds = (rects: readonly Rect[]): Rect =>
  rects.reduce<Rect>(
    (box, rect) => ({ x1: Math.min(box.x1, rect.x1), y1: Math.min(box.y1, rect.y1), x2: Math.max(box.x2, rect.x2), y2: Math.max(box.y2, rect.y2) }),
    { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity },
  );

const width = (rect: Rect): number => rect.x2 - rect.x1;
const height = (rect: Rect): number => rect.y2 - rect.y1;
const translated = (rect: Rect, dx: number, dy: number): Rect => ({ x1: rect.x1 + dx, y1: rect.y1 + dy, x2: rect.x2 + dx, y2: rect.y2 + dy });

/** The actor's box, label included, with its label grown `scale` times about its anchor (centred under the body). */
function grownBox(actor: ActorShape, scale: number): Box {
  const { body, label } = actor;
  if (!label) return { id: actor.id, ...body };
  const middle = (body.x1 + body.x2) / 2;
  const grown = { x1: middle + (label.x1 - middle) * scale, x2: middle + (label.x2 - middle) * scale, y1: body.y2 + (label.y1 - body.y2) * scale, y2: body.y2 + (label.y2 - body.y2) * scale };
  return { id: actor.id, ...bounds([body, grown]) };
}

/** The zoom at which actors at these offsets, labels sized for that zoom, fill the area: a few rounds settle it. */
function fittedZoom(actors: readonly ActorShape[], offsets: ReadonlyMap<string, Shift>, options: Required<SeparationOptions>): number {
  const { area, padding, labelScale } = options;
  let zoom = 1;
  for (let round = 0; round < 8; round++) {
    const scale = labelScale(zoom);
    const box = bounds(actors.map((actor) => {
      const { dx, dy } = offsets.get(actor.id) ?? { dx: 0, dy: 0 };
      return translated(grownBox(actor, scale), dx, dy);
    }));
    const next = Math.min((area.width - 2 * padding) / Math.max(width(box), 1), (area.height - 2 * padding) / Math.max(height(box), 1));
    if (Math.abs(next - zoom) < zoom * 0.005) return next;
    zoom = next;
  }
  return zoom;
}

/** Maps `value` from the span [from1, from2] onto [to1, to2]; the middle when either span is empty. */
function mapSpan(value: number, from1: number, from2: number, to1: number, to2: number): number {
  if (from2 - from1 <= 1e-9 || to2 <= to1) return (to1 + to2) / 2;
  return to1 + ((value - from1) / (from2 - from1)) * (to2 - to1);
}

const transposed = (box: Box): Box => ({ id: box.id, x1: box.y1, y1: box.x1, x2: box.y2, y2: box.x2 });

/**
 * The groups placed in columns for a picture to be seen at `zoom`: how far each actor moves
 * (relative to the normal layout), before the whole is centred. An area taller than wide gets
 * rows instead (bloc A on top): three columns on a phone would each be narrower than a label.
 */
function placeInColumns(groups: readonly (readonly ActorShape[])[], zoom: number, options: Required<SeparationOptions>): Map<string, Shift> {
  const { area, padding, labelScale } = options;
  const scale = labelScale(zoom);
  const rows = area.height > area.width;
  const grown = groups.map((group) => group.map((actor) => grownBox(actor, scale)));
  const boxes = rows ? grown.map((group) => group.map(transposed)) : grown;
  const across = Math.max((rows ? area.height : area.width) - 2 * padding, 1) / zoom;
  const along = Math.max((rows ? area.width : area.height) - 2 * padding, 1) / zoom;
  const moves = stackColumns(boxes, { width: across, height: along }, options.groupGap / zoom, options.actorGap / zoom);
  return rows ? new Map([...moves].map(([id, { dx, dy }]) => [id, { dx: dy, dy: dx }])) : moves;
}

/** Each group's boxes stretched to fill a column of `target` (columns as wide as their groups need), side by side. */
function stackColumns(boxes: readonly (readonly Box[])[], target: { width: number; height: number }, groupGap: number, actorGap: number): Map<string, Shift> {
  // A group's share of the width: the room its actors' boxes take, with the gaps between them.
  const needs = boxes.map((group) => group.reduce((sum, box) => sum + (width(box) + actorGap) * (height(box) + actorGap), 0));
  const totalNeed = needs.reduce((sum, need) => sum + need, 0);
  const free = Math.max(target.width - groupGap * (boxes.length - 1), 1);
  const moves = new Map<string, Shift>();
  let left = 0;
  boxes.forEach((group, g) => {
    const columnWidth = Math.max(free * ((needs[g] ?? 0) / totalNeed), ...group.map(width));
    // Box centres span the column less half a typical box each side, so boxes stay inside it.
    const meanWidth = group.reduce((sum, box) => sum + width(box), 0) / group.length;
    const meanHeight = group.reduce((sum, box) => sum + height(box), 0) / group.length;
    const centres = bounds(group.map((box) => {
      const x = (box.x1 + box.x2) / 2;
      const y = (box.y1 + box.y2) / 2;
      return { x1: x, y1: y, x2: x, y2: y };
    }));
    const stretched = group.map((box) => {
      const x = mapSpan((box.x1 + box.x2) / 2, centres.x1, centres.x2, left + meanWidth / 2, left + columnWidth - meanWidth / 2);
      const y = mapSpan((box.y1 + box.y2) / 2, centres.y1, centres.y2, meanHeight / 2, target.height - meanHeight / 2);
      return { id: box.id, ...translated(box, x - (box.x1 + box.x2) / 2, y - (box.y1 + box.y2) / 2) };
    });
    const shifts = overlapShifts(stretched, actorGap);
    const settled = stretched.map((box) => {
      const { dx, dy } = shifts.get(box.id) ?? { dx: 0, dy: 0 };
      return { id: box.id, ...translated(box, dx, dy) };
    });
    // Pushing overlaps apart may widen the group past its column: the next column starts after it.
    const extent = bounds(settled);
    const dx = left - extent.x1;
    const dy = target.height / 2 - (extent.y1 + extent.y2) / 2;
    settled.forEach((box, i) => {
      const before = group[i];
      if (before) moves.set(box.id, { dx: box.x1 + dx - before.x1, dy: box.y1 + dy - before.y1 });
    });
    left += width(extent) + groupGap;
  });
  return moves;
}

/**
 * How far to move each actor (by id) from the normal layout so the blocs stand apart. `blocOf`
 * gives the bloc of each actor in a stance relation; the others form the middle group. The picture
 * is shaped for `options.area`, and stays centred where the normal one was.
 */
export function separateBlocs(actors: readonly ActorShape[], blocOf: ReadonlyMap<string, 0 | 1>, options: SeparationOptions): Map<string, Shift> {
  const settings: Required<SeparationOptions> = { padding: 40, groupGap: 48, actorGap: 6, labelScale: screenConstantLabels, ...options };
  if (actors.length === 0) return new Map();
  const groups: ActorShape[][] = [[], [], []];
  for (const actor of actors) {
    const bloc = blocOf.get(actor.id);
    groups[bloc === undefined ? 1 : bloc === 0 ? 0 : 2]?.push(actor);
  }
  const shown = groups.filter((group) => group.length > 0);
  const none = new Map<string, Shift>();
  // Planned for the zoom the normal picture is fitted at; if pushing overlaps apart made the
  // picture larger, its labels are larger in graph units at the smaller zoom: plan again for
  // that. (Where even 12 px labels cannot all fit, the canvas steps some back.)
  let zoom = fittedZoom(actors, none, settings);
  let moves = placeInColumns(shown, zoom, settings);
  for (let pass = 0; pass < 3; pass++) {
    const reached = fittedZoom(actors, moves, settings);
    if (reached >= zoom * 0.98) break;
    zoom = reached;
    moves = placeInColumns(shown, zoom, settings);
  }
  // Centred where the normal picture was, so the camera has little to travel.
  const scale = settings.labelScale(zoom);
  const before = bounds(actors.map((actor) => grownBox(actor, scale)));
  const after = bounds(actors.map((actor) => {
    const { dx, dy } = moves.get(actor.id) ?? { dx: 0, dy: 0 };
    return translated(grownBox(actor, scale), dx, dy);
  }));
  const recentre = { dx: (before.x1 + before.x2 - after.x1 - after.x2) / 2, dy: (before.y1 + before.y2 - after.y1 - after.y2) / 2 };
  return new Map([...moves].map(([id, { dx, dy }]) => [id, { dx: dx + recentre.dx, dy: dy + recentre.dy }]));
}
