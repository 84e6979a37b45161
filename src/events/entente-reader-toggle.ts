/** The user opened or closed the source reader. */
export type EntenteReaderToggleEvent = CustomEvent<{ readonly open: boolean }>;

export function ententeReaderToggleEvent(open: boolean): EntenteReaderToggleEvent {
  return new CustomEvent('entente-reader-toggle', { detail: { open }, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'entente-reader-toggle': EntenteReaderToggleEvent;
  }
}
