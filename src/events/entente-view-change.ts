/** A control asks to change part of the view state (filters, time, focus, path, comparison). */
import type { ViewState } from '../analysis/view-state';

export type EntenteViewChangeEvent = CustomEvent<{ readonly patch: Partial<ViewState> }>;

export function ententeViewChangeEvent(patch: Partial<ViewState>): EntenteViewChangeEvent {
  return new CustomEvent('entente-view-change', { detail: { patch }, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'entente-view-change': EntenteViewChangeEvent;
  }
}
