/**
 * The zoom a fit will land on, worked out before any label is restyled: a label's size in graph
 * units follows the zoom (labelFontSize), so the box a fit frames depends on the zoom it picks.
 * Restyling every label and measuring the graph again for each guess cost most of a new graph's
 * placing task; here each actor's box at any label size comes from its text (label-box.ts), so the
 * guesses cost arithmetic and the labels are restyled once, for the zoom found. Part of the layout
 * code (layout-code.ts), which loads on demand: the bundled dataset's first fit does without it.
 */
import type { BoundingBox12, NodeCollection, NodeSingular } from 'cytoscape';
import { labelledNodeBox, labelStyleAt, type MeasureText } from './label-box';
import { baseLabelSize, labelFontSize } from './label-sizing';
import { canvasTextMeasure } from './text-measure';

/** An actor as a fit sees it: where it stands, its body and the label it shows. */
export interface FitActor {
  readonly x: number;
  readonly y: number;
  /** The body's size, without its border. */
  readonly size: number;
  readonly borderWidth: number;
  /** The label's text; empty when it shows none. */
  readonly label: string;
}

export interface FitArea {
  readonly width: number;
  readonly height: number;
  /** Kept clear on each side, in rendered px. */
  readonly padding: number;
  readonly minZoom: number;
  readonly maxZoom: number;
}

/** The box of every actor with its label sized for `zoom`, in graph units. */
function boxAt(actors: readonly FitActor[], zoom: number, measureAtBase: MeasureText): BoundingBox12 {
  const fontSize = labelFontSize(zoom);
  // Text widths grow with the font: measured once at the base size, scaled for each guess.
  const measure: MeasureText = (text) => (measureAtBase(text) * fontSize) / baseLabelSize;
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const actor of actors) {
    const shape = labelledNodeBox(actor.label, actor.size, labelStyleAt(fontSize, actor.borderWidth), measure);
    const [cx, cy] = [actor.x + shape.offsetX, actor.y + shape.offsetY];
    box.x1 = Math.min(box.x1, cx - shape.width / 2);
    box.x2 = Math.max(box.x2, cx + shape.width / 2);
    box.y1 = Math.min(box.y1, cy - shape.height / 2);
    box.y2 = Math.max(box.y2, cy + shape.height / 2);
  }
  return box;
}

/**
 * The zoom at which `actors`, their labels sized for that zoom, just fit `area`; undefined for
 * none. Found by fixed-point iteration (a smaller zoom means larger labels in graph units).
 */
export function predictFitZoom(actors: readonly FitActor[], area: FitArea, measureAtBase: MeasureText, startZoom = 1): number | undefined {
  if (actors.length === 0) return undefined;
  let zoom = startZoom;
  for (let round = 0; round < 12; round++) {
    const box = boxAt(actors, zoom, measureAtBase);
    const fit = Math.min((area.width - 2 * area.padding) / Math.max(box.x2 - box.x1, 1), (area.height - 2 * area.padding) / Math.max(box.y2 - box.y1, 1));
    const next = Math.min(area.maxZoom, Math.max(area.minZoom, fit));
    if (Math.abs(next - zoom) < zoom * 0.001) return next;
    zoom = next;
  }
  return zoom;
}

/** The actors of `nodes` as a fit sees them, with the labels they show now. */
export function fitActors(nodes: NodeCollection, showsLabel: (node: NodeSingular) => boolean): FitActor[] {
  return nodes.map((node) => {
    const size = node.width();
    return { x: node.position('x'), y: node.position('y'), size, borderWidth: node.outerWidth() - size, label: showsLabel(node) ? String(node.data('label') ?? '') : '' };
  });
}

let measureAtBase: MeasureText | undefined;

/** The zoom a fit of `nodes` into `area` will pick, their labels sized for it (text measured as the browser draws it). */
export function predictNodesFitZoom(nodes: NodeCollection, area: FitArea, showsLabel: (node: NodeSingular) => boolean, startZoom: number): number | undefined {
  measureAtBase ??= canvasTextMeasure(baseLabelSize);
  return predictFitZoom(fitActors(nodes, showsLabel), area, measureAtBase, startZoom);
}
