/** What the user picked in the graph (or elsewhere): an actor, a relation, or nothing. */
export type SelectionRef = { readonly kind: 'actor'; readonly id: string } | { readonly kind: 'relation'; readonly id: string };

export type EntenteSelectEvent = CustomEvent<{ readonly selection: SelectionRef | null }>;

export function ententeSelectEvent(selection: SelectionRef | null): EntenteSelectEvent {
  return new CustomEvent('entente-select', { detail: { selection }, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'entente-select': EntenteSelectEvent;
  }
}
