import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { QuoteRef } from '../../analysis/quote-highlights';
import type { EntentePanelCloseEvent } from '../../events/entente-panel-close';
import type { EntentePanelTabEvent, SidePanelTab } from '../../events/entente-panel-tab';
import type { EntenteShowInTextEvent } from '../../events/entente-show-in-text';
import type { AppStore } from '../../state/app-store';
import type { FileRole } from '../../state/dataset-loader';
import { viewHasDetails } from '../side-panel/view-has-details';
import { cameThrough, type PanelFocusController } from './panel-focus-controller';

type Host = ReactiveControllerHost & { readonly store: AppStore };

/**
 * What the side panel shows besides the store's details (selection, path, comparison): whether the
 * source reader is open, the tab on show when both are, and the quote the reader brings into view.
 * Opening and closing them moves keyboard focus through the panel focus controller; Escape
 * anywhere closes the details.
 */
export class SidePanelController implements ReactiveController {
  readerOpen = false;
  tab: SidePanelTab = 'details';
  reveal: QuoteRef | null = null;

  constructor(
    private readonly host: Host,
    private readonly focus: PanelFocusController,
  ) {
    host.addController(this);
  }

  /** Whether the panel is on screen: the reader, the details of the view, or both. */
  get open(): boolean {
    return this.readerOpen || viewHasDetails(this.host.store.state.view);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.handleWindowKeydown);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.handleWindowKeydown);
  }

  /** Opens (on the source text tab) or closes the source reader. */
  showReader(open: boolean, focusHeading = true): void {
    this.readerOpen = open;
    if (open) this.tab = 'reader';
    // Before moving focus: that waits for this update, in which the reader appears.
    this.host.requestUpdate();
    if (open && focusHeading) this.focus.focusPanel('reader');
  }

  /** Brings the details tab to the front (it shows only while the view has details). */
  showDetails(): void {
    this.tab = 'details';
    this.host.requestUpdate();
  }

  /** A source text the user opened is what they want to read. */
  readonly showOpened = (opened: FileRole | undefined): void => {
    if (opened === 'source') this.showReader(true);
  };

  readonly handleTab = (event: EntentePanelTabEvent): void => {
    this.tab = event.detail.tab;
    this.host.requestUpdate();
  };

  readonly handleShowInText = (event: EntenteShowInTextEvent): void => {
    event.stopPropagation();
    // The reader puts focus on the quote it shows, not on its heading.
    this.focus.remember();
    this.reveal = { ...event.detail.quote };
    this.showReader(true, false);
  };

  readonly handleClose = (event: EntentePanelCloseEvent): void => {
    if (event.detail.tab === 'reader') {
      this.readerOpen = false;
      this.host.requestUpdate();
    } else this.host.store.closeDetails();
    this.focus.giveBack();
  };

  /** Escape closes the side panel's details: the selection, path and comparison it shows. */
  private readonly handleWindowKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !viewHasDetails(this.host.store.state.view)) return;
    this.host.store.closeDetails();
    if (cameThrough(event, 'side-panel')) this.focus.giveBack();
  };
}
