/**
 * Work Cytoscape would otherwise do inside its next frame (or on first need), done ahead in tasks
 * of our own: elements' styles, the rendered style of changed elements (label wrapping, edge routes), the order it
 * draws elements in, and the cached pictures (textures) of actors and labels drawn for the first
 * time. A frame that ends a staged load then mostly draws; issue 11 traced those frames doing all
 * three for every new element (over 100 ms at 1,000 actors, over a second at 10,000). Apart from
 * the controller because it reaches into Cytoscape's renderer, which the typings do not describe;
 * where a part is missing (another renderer, a headless graph) that work simply stays in the frame.
 */
import type { CollectionReturnValue, Core, SingularElementArgument } from 'cytoscape';

/** Cytoscape's element texture caches (private): one for bodies, one for labels. */
interface TextureCache {
  getBoundingBox(element: SingularElementArgument): { w: number; h: number };
  /** Draws the element into a texture unless it has one at this zoom's level; undefined levels are worked out from the zoom, as a frame does. */
  getElement(element: SingularElementArgument, box: { w: number; h: number }, pixelRatio: number, level: undefined, reason: undefined): unknown;
}

/** The renderer's parts used here (private: the typings do not describe the renderer). */
interface RendererInternals {
  readonly flushRenderedStyleQueue?: () => void;
  readonly getCachedZSortedEles?: () => unknown;
  readonly getPixelRatio?: () => number;
  readonly data?: { readonly eleTxrCache?: TextureCache; readonly lblTxrCache?: TextureCache };
}

function renderer(cy: Core): RendererInternals | undefined {
  return (cy as unknown as { renderer?: () => RendererInternals | undefined }).renderer?.();
}

/**
 * Runs `work` with a batch that holds drawing back let go for the while (no frame can come within
 * a task): what it works out would otherwise be queued up and worked out again in the frame.
 */
function outsideBatch(cy: Core, work: () => void): void {
  // Public in Cytoscape, missing from its typings.
  const held = (cy as unknown as { batching?: () => boolean }).batching?.() ?? false;
  if (held) cy.endBatch();
  try {
    work();
  } finally {
    if (held) cy.startBatch();
  }
}

/** Works out the style of those of `elements` whose style is out of date (Cytoscape does it on the first read). */
export function settleStyles(cy: Core, elements: CollectionReturnValue): void {
  outsideBatch(cy, () => (elements as unknown as { cleanStyle?: () => void }).cleanStyle?.());
}

/** Works out the rendered style (label lines, edge routes) of every element changed since the last frame. */
export function settleRenderedStyles(cy: Core): void {
  outsideBatch(cy, () => renderer(cy)?.flushRenderedStyleQueue?.());
}

/** Sorts the graph's elements into drawing order, which a frame redoes after any element is added. */
export function sortForDrawing(cy: Core): void {
  renderer(cy)?.getCachedZSortedEles?.();
}

/**
 * Draws the bodies and labels of `elements` into the renderer's textures for the zoom now, as
 * the next frame would; call after their styles and rendered styles are settled, or the frame
 * finds the textures stale and draws them again.
 */
export function drawIntoTextures(cy: Core, elements: readonly SingularElementArgument[]): void {
  const r = renderer(cy);
  const bodies = r?.data?.eleTxrCache;
  const labels = r?.data?.lblTxrCache;
  const pixelRatio = r?.getPixelRatio?.();
  if (!bodies || !labels || pixelRatio === undefined) return;
  outsideBatch(cy, () => {
    for (const element of elements) {
      if (!element.visible()) continue;
      // Edge bodies are never cached; their labels are.
      if (element.isNode()) prepare(bodies, element, pixelRatio);
      prepare(labels, element, pixelRatio);
    }
  });
}

function prepare(cache: TextureCache, element: SingularElementArgument, pixelRatio: number): void {
  const box = cache.getBoundingBox(element);
  if (box.w > 0 && box.h > 0) cache.getElement(element, box, pixelRatio, undefined, undefined);
}
