/** The user picked an actor, a relation, or nothing, in the graph or elsewhere. */
import type { SelectionRef } from '../model/selection';

export type { SelectionRef };

export type EntenteSelectEvent = CustomEvent<{ readonly selection: SelectionRef | null }>;

export function ententeSelectEvent(selection: SelectionRef | null): EntenteSelectEvent {
  return new CustomEvent('entente-select', { detail: { selection }, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'entente-select': EntenteSelectEvent;
  }
}
