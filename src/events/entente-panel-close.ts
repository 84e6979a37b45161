/** The user closed what the side panel shows: the source text, or the details (selection, path, comparison). */
import type { SidePanelTab } from './entente-panel-tab';

export type EntentePanelCloseEvent = CustomEvent<{ readonly tab: SidePanelTab }>;

export function ententePanelCloseEvent(tab: SidePanelTab): EntentePanelCloseEvent {
  return new CustomEvent('entente-panel-close', { detail: { tab }, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'entente-panel-close': EntentePanelCloseEvent;
  }
}
