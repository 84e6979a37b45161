/**
 * Camera moves to what matters: fit a set of elements into the part of the canvas no panel covers,
 * or bring them into it with as little movement as possible.
 */
import type { BoundingBox12, Collection, Core } from 'cytoscape';

/** CSS pixels along each edge of the canvas that panels lie over. */
export interface Insets {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export const noInsets: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** `fit`: fill the clear area with them; `reveal`: move only if they are not all in it already. */
export type FrameMode = 'fit' | 'reveal';

const padding = 32;
/** A fit to a few elements stops zooming in here: a pair of actors should not fill a screen. */
const maxFitZoom = 1.6;
const durationMs = 400;

/** The box the camera aims at, in rendered pixels; the whole canvas if panels leave too little. */
export function clearArea(cy: Core, insets: Insets): BoundingBox12 {
  const area = { x1: insets.left, y1: insets.top, x2: cy.width() - insets.right, y2: cy.height() - insets.bottom };
  return area.x2 - area.x1 < 120 || area.y2 - area.y1 < 120 ? { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() } : area;
}

/** The zoom and pan that put `elements` where the mode asks, or undefined when they are there already. */
export function cameraFor(cy: Core, elements: Collection, mode: FrameMode, insets: Insets): { zoom: number; pan: { x: number; y: number } } | undefined {
  if (elements.empty()) return undefined;
  const area = clearArea(cy, insets);
  const box = elements.boundingBox({ includeLabels: true });
  const zoom0 = cy.zoom();
  const pan0 = cy.pan();
  if (mode === 'reveal') {
    const shown = { x1: box.x1 * zoom0 + pan0.x, y1: box.y1 * zoom0 + pan0.y, x2: box.x2 * zoom0 + pan0.x, y2: box.y2 * zoom0 + pan0.y };
    if (shown.x1 >= area.x1 && shown.y1 >= area.y1 && shown.x2 <= area.x2 && shown.y2 <= area.y2) return undefined;
  }
  const fitZoom = Math.min((area.x2 - area.x1 - 2 * padding) / Math.max(box.w, 1), (area.y2 - area.y1 - 2 * padding) / Math.max(box.h, 1));
  const wanted = mode === 'fit' ? Math.min(fitZoom, Math.max(maxFitZoom, zoom0)) : Math.min(fitZoom, zoom0);
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), wanted));
  const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  return { zoom, pan: { x: (area.x1 + area.x2) / 2 - centre.x * zoom, y: (area.y1 + area.y2) / 2 - centre.y * zoom } };
}

/** Fits the elements, labels included, into the part of the canvas no panel covers, at once (`padding` px around them). */
export function fitClearOf(cy: Core, elements: Collection, insets: Insets, padding = 40): void {
  if (elements.empty()) return;
  const area = clearArea(cy, insets);
  const box = elements.boundingBox({ includeLabels: true });
  const fitZoom = Math.min((area.x2 - area.x1 - 2 * padding) / Math.max(box.w, 1), (area.y2 - area.y1 - 2 * padding) / Math.max(box.h, 1));
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), fitZoom));
  cy.viewport({ zoom, pan: { x: (area.x1 + area.x2) / 2 - ((box.x1 + box.x2) / 2) * zoom, y: (area.y1 + area.y2) / 2 - ((box.y1 + box.y2) / 2) * zoom } });
}

/** Moves the camera, gliding unless the user asked for reduced motion. */
export function frameElements(cy: Core, elements: Collection, mode: FrameMode, insets: Insets, animate: boolean): void {
  const target = cameraFor(cy, elements, mode, insets);
  if (!target) return;
  cy.stop(true, false);
  if (animate) cy.animate(target, { duration: durationMs, easing: 'ease-in-out-cubic' });
  else cy.viewport(target);
}
