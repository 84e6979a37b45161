/** The user picked an actor, a relation, or nothing, in the graph or elsewhere. */
import type { SelectionRef } from '../model/selection';

export interface EntenteSelectDetail {
  readonly selection: SelectionRef | null;
  /** Bring the selection into the middle of the graph (a pick from search or a list). */
  readonly reveal: boolean;
}

export type EntenteSelectEvent = CustomEvent<EntenteSelectDetail>;

export function ententeSelectEvent(selection: SelectionRef | null, options: { reveal?: boolean } = {}): EntenteSelectEvent {
  return new CustomEvent('entente-select', { detail: { selection, reveal: options.reveal ?? false }, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'entente-select': EntenteSelectEvent;
  }
}
