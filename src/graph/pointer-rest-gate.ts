/**
 * Holds a large graph's button-less mouse moves back from Cytoscape until the pointer rests.
 *
 * Cytoscape (3.34) answers every mouse move without a button by hit-testing every element (200 to
 * 450 ms at 10,000 actors and 27,000 relations) and, whenever that finds a different element under
 * the pointer, a hover restyle and a redraw of the whole graph (about a second there): a pointer
 * crossing the graph drew one or two frames per second. So while the pointer moves with no button
 * pressed, its moves stop at the container; once it has rested for `restMs`, the last one is
 * handed to Cytoscape, which then hovers what is under it (unless a press or the wheel came first).
 * Moves with a button pressed (a drag that pans), and every other event, reach Cytoscape at once.
 *
 * Plain DOM events only: Cytoscape listens for mousemove on the container's shadow root and on the
 * window, both above the container, so a move whose propagation stops at the container never
 * reaches it.
 */

/** How long the pointer rests before Cytoscape is told where it is. */
export const pointerRestMs = 150;

/** Starts holding moves back while `shouldHold()` says so; returns a function that stops it. */
export function holdPointerMovesUntilRest(container: HTMLElement, shouldHold: () => boolean, restMs = pointerRestMs): () => void {
  let held: { readonly event: MouseEvent; readonly target: EventTarget | null } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let handingOver = false;
  const drop = () => {
    clearTimeout(timer);
    timer = undefined;
    held = undefined;
  };
  const handOver = () => {
    const move = held;
    drop();
    if (!move) return;
    const { event } = move;
    // Cytoscape takes only moves over an element inside its container (one of its canvases).
    const target = move.target instanceof Node && move.target !== container && move.target.isConnected && container.contains(move.target) ? move.target : container.querySelector('canvas');
    if (!target) return;
    handingOver = true;
    try {
      target.dispatchEvent(
        new MouseEvent('mousemove', {
          bubbles: true,
          composed: true,
          cancelable: true,
          clientX: event.clientX,
          clientY: event.clientY,
          screenX: event.screenX,
          screenY: event.screenY,
          altKey: event.altKey,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          shiftKey: event.shiftKey,
        }),
      );
    } finally {
      handingOver = false;
    }
  };
  const handleMove = (event: MouseEvent) => {
    if (handingOver) return;
    if (event.buttons !== 0 || !shouldHold()) {
      // Cytoscape takes this move now; an older one held back is stale.
      drop();
      return;
    }
    event.stopPropagation();
    // Read now: once its dispatch is over, an event from inside a shadow root has no target.
    held = { event, target: event.target };
    clearTimeout(timer);
    timer = setTimeout(handOver, restMs);
  };
  // A press starts a tap or a drag from where it happens (Cytoscape hit-tests the press itself):
  // a move held from before it, handed over later, would look like the pointer dragging. A wheel
  // zooms the view under the pointer: the hover it would bring (a redraw of the whole graph) would
  // land in the middle of the zoom, and what is under the pointer changes anyway.
  const handleDownOrWheel = () => drop();
  container.addEventListener('mousemove', handleMove);
  container.addEventListener('mousedown', handleDownOrWheel, { capture: true });
  container.addEventListener('wheel', handleDownOrWheel, { capture: true, passive: true });
  return () => {
    drop();
    container.removeEventListener('mousemove', handleMove);
    container.removeEventListener('mousedown', handleDownOrWheel, { capture: true });
    container.removeEventListener('wheel', handleDownOrWheel, { capture: true });
  };
}
