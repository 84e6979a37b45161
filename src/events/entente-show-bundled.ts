/** The user asked to go back to the bundled dataset. */
export type EntenteShowBundledEvent = CustomEvent<Record<string, never>>;

export function ententeShowBundledEvent(): EntenteShowBundledEvent {
  return new CustomEvent('entente-show-bundled', { detail: {}, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'entente-show-bundled': EntenteShowBundledEvent;
  }
}
