/** Fired by <graph-canvas> when a layout has placed every node. */
export type EntenteLayoutStopEvent = CustomEvent<{ readonly nodeCount: number }>;

export function ententeLayoutStopEvent(nodeCount: number): EntenteLayoutStopEvent {
  return new CustomEvent('entente-layout-stop', { detail: { nodeCount }, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'entente-layout-stop': EntenteLayoutStopEvent;
  }
}
