/** The user chose a tab of the side panel: the details (evidence, actor, path, comparison) or the source text. */
export type SidePanelTab = 'details' | 'reader';

export type EntentePanelTabEvent = CustomEvent<{ readonly tab: SidePanelTab }>;

export function ententePanelTabEvent(tab: SidePanelTab): EntentePanelTabEvent {
  return new CustomEvent('entente-panel-tab', { detail: { tab }, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'entente-panel-tab': EntentePanelTabEvent;
  }
}
