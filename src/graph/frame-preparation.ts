/**
 * Work Cytoscape would otherwise do in its next frame (or on first need), done ahead in tasks of
 * our own: elements' styles, the rendered style of changed elements (label lines, edge routes)
 * and the order it draws elements in. A frame that shows a new graph, or ends a staged load, then
 * mostly draws (issue 11 traced such frames doing all of it for every new element: over 100 ms at
 * 100 and 1,000 actors, over a second at 10,000). Drawing actors and labels into Cytoscape's
 * textures ahead was tried too: it measured no faster, and textures made in another order than
 * the frame's come out a pixel off at some edges. Apart from the controller because it reaches
 * into Cytoscape's renderer, which the typings do not describe; where a part is missing (another
 * renderer, a headless graph) that work simply stays in the frame.
 */
import type { CollectionReturnValue, Core } from 'cytoscape';

/** The renderer's parts used here (private: the typings do not describe the renderer). */
interface RendererInternals {
  readonly flushRenderedStyleQueue?: () => void;
  readonly getCachedZSortedEles?: () => unknown;
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
