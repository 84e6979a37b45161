import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { visibleCounts } from '../../analysis/visibility';
import type { EntenteDismissEvent } from '../../events/entente-dismiss';
import type { EntenteOpenFileEvent } from '../../events/entente-open-file';
import type { EntenteReaderToggleEvent } from '../../events/entente-reader-toggle';
import type { EntenteSelectEvent } from '../../events/entente-select';
import type { EntenteSourceOpenEvent } from '../../events/entente-source-open';
import type { EntenteViewChangeEvent } from '../../events/entente-view-change';
import type { DatasetIndex } from '../../model/dataset-index';
import { AppStore } from '../../state/app-store';
import type { DatasetLoader } from '../../state/dataset-loader';
import { bundledOrigin } from '../../state/dataset-origin';
import { StoreController } from '../../state/store-controller';
import '../app-header/app-header';
import '../graph-canvas/graph-canvas';
import { afterNextPaint } from '../after-next-paint';
import { sharedStyles } from '../shared-styles';
import { upgradedElement } from '../upgraded-element';
import { Announcer } from './announcer';
import { ententeAppStyles } from './entente-app.styles';
import { CameraDirector } from './camera-director';
import { ExportController } from './export-controller';
import { FileDropController } from './file-drop-controller';
import { cameThrough, PanelFocusController } from './panel-focus-controller';
import { SidePanelController } from './side-panel-controller';

/**
 * The explorer: a one-line header over a full-bleed graph, with everything else floating over it:
 * search and the filters drawer, the legend and relation table, and the side panel (details or the
 * source reader; a bottom sheet on small screens). Holds the store; children get data as
 * properties and report back with events, which it hands to the store, the loader or one of its
 * controllers (side panel, focus, camera, export, file drops).
 */
@customElement('entente-app')
export class EntenteApp extends LitElement {
  static override styles = [sharedStyles, ententeAppStyles];

  readonly store = new AppStore();

  /** Opens datasets, snapshots and source texts; without one, the app shows what its store is given. */
  @property({ attribute: false }) loader: DatasetLoader | undefined;

  @state() private tableOpen = false;

  private readonly camera = new CameraDirector(this);

  private readonly storeController = new StoreController(this, this.store);
  private readonly announcer = new Announcer(this, this.store);
  private readonly panelFocus = new PanelFocusController(this);
  private readonly panel = new SidePanelController(this, this.panelFocus);
  private readonly drop = new FileDropController(this, (file) => void this.loader?.openDropped(file).then(this.panel.showOpened));
  private readonly exporter = new ExportController(this);
  /** The elements around the graph, requested once a dataset is on show (deferred-elements.ts). */
  private deferredElements: Promise<unknown> | undefined;

  protected override updated(): void {
    // What the first picture does not show comes right after it, or after a first message (loading, a problem).
    const { index, loading, loadProblems, notice } = this.store.state;
    if (this.deferredElements || (index === null && loading === null && loadProblems.length === 0 && !notice)) return;
    this.deferredElements = afterNextPaint().then(() => import('./deferred-elements'));
  }

  protected override render() {
    const { index, origin, loadProblems, loadProblemsFile, notice, loading } = this.storeController.store.state;
    return html`
      <div class="skip-links">
        <button type="button" @click=${() => this.panelFocus.focusGraph()}>Skip to the graph</button>
        <button type="button" @click=${this.skipToTable}>Skip to the relation table</button>
      </div>
      <app-header
        .data=${index?.dataset}
        .openedFrom=${origin === bundledOrigin ? undefined : origin}
        ?canOpen=${this.loader !== undefined}
        ?readerOpen=${this.panel.readerOpen}
        @entente-open-file=${this.handleOpenFile}
        @entente-show-bundled=${() => this.loader?.showBundled()}
        @entente-reader-toggle=${(event: EntenteReaderToggleEvent) => this.panel.showReader(event.detail.open)}
      ></app-header>
      <app-messages
        .problems=${loadProblems}
        problemsFile=${loadProblemsFile}
        .notice=${notice}
        .loading=${loading}
        @entente-dismiss=${this.handleDismiss}
      ></app-messages>
      ${this.drop.dragging ? html`<div class="drop-hint" aria-hidden="true">Drop a dataset, a snapshot (.json) or a source text (.txt, .md)</div>` : nothing}
      <main
        @entente-select=${this.handleSelect}
        @entente-view-change=${this.handleViewChange}
        @entente-source-open=${this.handleSourceOpen}
        @entente-show-in-text=${this.panel.handleShowInText}
        @entente-panel-tab=${this.panel.handleTab}
        @entente-panel-close=${this.panel.handleClose}
      >
        ${index ? this.renderExplorer(index) : html`<p class="empty">No dataset is loaded.</p>`}
      </main>
      <div class="visually-hidden" role="status" aria-live="polite" data-testid="announcer">${this.announcer.message}</div>
    `;
  }

  private renderExplorer(index: DatasetIndex) {
    const { store, tableOpen, panel } = this;
    const { view, viewport, sourceTexts } = store.state;
    const visibility = store.visibility;
    if (!visibility) return nothing;
    const { dataset } = index;
    const panelOpen = panel.open;
    return html`
      <h2 class="visually-hidden">Graph</h2>
      <graph-canvas class=${panelOpen ? 'under-panel' : ''} .data=${dataset} .selection=${view.selection} .emphasis=${store.emphasis} .viewport=${viewport} .coveredInsets=${this.camera.coveredInsets}></graph-canvas>
      ${view.alignment
        ? html`<alignment-view .index=${index} .view=${view} .analysis=${store.alignment} .steps=${store.alignmentOverTime}></alignment-view>`
        : nothing}
      <explore-drawer class=${panelOpen ? 'above-sheet' : ''} .index=${index} .view=${view} .visibility=${visibility} .analysis=${store.alignment}></explore-drawer>
      <div class=${panelOpen ? 'dock beside-panel' : 'dock'}>
        <div class="dock-bar">
          <graph-legend folded ?comparing=${view.compare !== null} .kindCounts=${visibleCounts(visibility.kindCounts)} .typeCounts=${visibleCounts(visibility.typeCounts)} .blocs=${store.blocLegend}></graph-legend>
          <button type="button" class="table-toggle" aria-expanded=${tableOpen ? 'true' : 'false'} aria-controls="relation-table" @click=${this.toggleTable}>
            ${tableOpen ? '▾' : '▸'} Relation table (${visibility.visibleRelations.size} shown)
          </button>
        </div>
        ${tableOpen ? html`<relation-table id="relation-table" .index=${index} .visibleRelations=${visibility.visibleRelations} .selection=${view.selection}></relation-table>` : nothing}
      </div>
      ${panelOpen
        ? html`<side-panel
            .index=${index}
            .view=${view}
            .pathResult=${store.pathResult}
            .comparison=${store.comparison}
            .sourceTexts=${sourceTexts}
            ?readerOpen=${panel.readerOpen}
            .tab=${panel.tab}
            .reveal=${panel.reveal}
          ></side-panel>`
        : nothing}
    `;
  }

  /** The table opens over the graph's lower part: what is selected moves up into sight. */
  private readonly toggleTable = (): void => {
    this.tableOpen = !this.tableOpen;
    const selection = this.store.state.view.selection;
    if (this.tableOpen && selection) this.camera.frame([selection.id], 'reveal');
  };

  private readonly skipToTable = async () => {
    this.tableOpen = true;
    await this.updateComplete;
    await (await upgradedElement(this.renderRoot, 'relation-table'))?.focusTabStop();
  };

  private readonly handleDismiss = (event: EntenteDismissEvent) => {
    const { message } = event.detail;
    if (message === 'problems') this.store.clearLoadProblems();
    else if (message === 'notice') this.store.setNotice(null);
    else this.loader?.cancelLoading();
  };

  private readonly handleSelect = (event: EntenteSelectEvent) => {
    event.stopPropagation();
    const { selection, reveal } = event.detail;
    this.store.select(selection);
    // What was picked comes into view, clear of the panel that opens over the graph.
    if (selection) this.camera.frame([selection.id], reveal ? 'fit' : 'reveal');
    // Picking in the graph asks to see what was picked, not the text; focus goes with it.
    if (selection && cameThrough(event, 'graph-canvas')) this.panel.showDetails();
    if (selection && (cameThrough(event, 'graph-canvas') || cameThrough(event, 'actor-search'))) this.panelFocus.focusPanel('selection');
    // On small screens the panel's sheet takes the table's place: focus must not vanish with the row.
    if (selection && cameThrough(event, 'relation-table')) void this.updateComplete.then(() => this.focusPanelIfTableHidden());
  };

  private focusPanelIfTableHidden(): void {
    const table = this.renderRoot.querySelector('relation-table');
    if (table && table.getClientRects().length === 0) this.panelFocus.focusPanel('selection');
  }

  private readonly handleViewChange = (event: EntenteViewChangeEvent) => {
    event.stopPropagation();
    const { patch } = event.detail;
    this.store.setView(patch);
    // A path or a comparison asked for opens in the side panel: focus follows it there.
    if (patch.path) this.panelFocus.focusPanel('path');
    else if (patch.compare) this.panelFocus.focusPanel('compare');
    // The alignment panel closed under the keyboard: its focus goes back to the graph.
    else if (patch.alignment === null && cameThrough(event, 'alignment-view')) this.panelFocus.giveBack();
    else if (patch.alignment && cameThrough(event, 'explore-drawer')) void this.showAlignmentOverDrawer();
  };

  /**
   * Where the alignment panel takes the whole width (small screens), it cannot show beside the
   * drawer it was opened from: the drawer closes and focus moves to the panel's heading, rather than
   * staying on a checkbox the panel would cover (WCAG 2.4.11).
   */
  private async showAlignmentOverDrawer(): Promise<void> {
    await this.updateComplete;
    const drawer = this.renderRoot.querySelector('explore-drawer');
    const view = await upgradedElement(this.renderRoot, 'alignment-view');
    if (!drawer?.open || !view || view.getClientRects().length > 0) return;
    drawer.open = false;
    await drawer.updateComplete;
    await view.focusHeading();
  }

  private readonly handleSourceOpen = (event: EntenteSourceOpenEvent) => {
    event.stopPropagation();
    this.store.openSourceText(event.detail.source);
  };

  private readonly handleOpenFile = (event: EntenteOpenFileEvent) => {
    event.stopPropagation();
    void this.loader?.openFile(event.detail.file, event.detail.as).then(this.panel.showOpened);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'entente-app': EntenteApp;
  }
}
