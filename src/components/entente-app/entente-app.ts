import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { QuoteRef } from '../../analysis/quote-highlights';
import { yearRange } from '../../analysis/relation-time';
import { visibleCounts } from '../../analysis/visibility';
import type { EntenteDismissEvent } from '../../events/entente-dismiss';
import type { EntenteExportEvent } from '../../events/entente-export';
import type { EntenteOpenFileEvent } from '../../events/entente-open-file';
import type { EntentePanelCloseEvent } from '../../events/entente-panel-close';
import type { EntentePanelTabEvent, SidePanelTab } from '../../events/entente-panel-tab';
import type { EntenteReaderToggleEvent } from '../../events/entente-reader-toggle';
import type { EntenteSelectEvent } from '../../events/entente-select';
import type { EntenteShowInTextEvent } from '../../events/entente-show-in-text';
import type { EntenteSourceOpenEvent } from '../../events/entente-source-open';
import type { EntenteViewChangeEvent } from '../../events/entente-view-change';
import type { DatasetIndex } from '../../model/dataset-index';
import { AppStore } from '../../state/app-store';
import { bundledOrigin, type DatasetLoader, type FileRole } from '../../state/dataset-loader';
import { StoreController } from '../../state/store-controller';
import '../actor-search/actor-search';
import '../alignment-view/alignment-view';
import '../app-header/app-header';
import '../app-messages/app-messages';
import '../bloc-panel/bloc-panel';
import '../filter-panel/filter-panel';
import '../focus-path/focus-path';
import '../graph-canvas/graph-canvas';
import '../graph-legend/graph-legend';
import '../relation-table/relation-table';
import { viewHasDetails } from '../side-panel/side-panel';
import '../time-filter/time-filter';
import { sharedStyles } from '../shared-styles';
import { ententeAppStyles } from './entente-app.styles';
import { runExport } from './exporter';
import { FileDropController } from './file-drop-controller';

/**
 * The explorer: controls on the left, the graph (with legend and relation table) in the middle,
 * and the side panel (details or the source reader) on the right. Holds the store; children get
 * data as properties and report back with events, which it hands to the store or the loader.
 */
@customElement('entente-app')
export class EntenteApp extends LitElement {
  static override styles = [sharedStyles, ententeAppStyles];

  readonly store = new AppStore();

  /** Opens datasets, snapshots and source texts; without one, the app shows what its store is given. */
  @property({ attribute: false }) loader: DatasetLoader | undefined;

  @state() private tableOpen = false;
  @state() private readerOpen = false;
  @state() private tab: SidePanelTab = 'details';
  @state() private revealQuote: QuoteRef | null = null;

  private readonly storeController = new StoreController(this, this.store);
  private readonly drop = new FileDropController(this, (file) => void this.loader?.openDropped(file).then(this.handleOpened));

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.handleWindowKeydown);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('keydown', this.handleWindowKeydown);
    super.disconnectedCallback();
  }

  protected override render() {
    const { index, origin, loadProblems, loadProblemsFile, notice } = this.storeController.store.state;
    return html`
      <app-header
        .data=${index?.dataset}
        .openedFrom=${origin === bundledOrigin ? undefined : origin}
        ?canOpen=${this.loader !== undefined}
        ?readerOpen=${this.readerOpen}
        @entente-open-file=${this.handleOpenFile}
        @entente-show-bundled=${() => this.loader?.showBundled()}
        @entente-reader-toggle=${(event: EntenteReaderToggleEvent) => this.showReader(event.detail.open)}
        @entente-export=${this.handleExport}
      ></app-header>
      <app-messages
        .problems=${loadProblems}
        problemsFile=${loadProblemsFile}
        .notice=${notice}
        @entente-dismiss=${(event: EntenteDismissEvent) => (event.detail.message === 'problems' ? this.store.clearLoadProblems() : this.store.setNotice(null))}
      ></app-messages>
      ${this.drop.dragging ? html`<div class="drop-hint" aria-hidden="true">Drop a dataset, a snapshot (.json) or a source text (.txt, .md)</div>` : nothing}
      <main
        @entente-select=${this.handleSelect}
        @entente-view-change=${this.handleViewChange}
        @entente-source-open=${this.handleSourceOpen}
        @entente-show-in-text=${this.handleShowInText}
        @entente-panel-tab=${(event: EntentePanelTabEvent) => (this.tab = event.detail.tab)}
        @entente-panel-close=${this.handlePanelClose}
      >
        ${index ? this.renderExplorer(index) : html`<p class="empty">No dataset is loaded.</p>`}
      </main>
    `;
  }

  private renderExplorer(index: DatasetIndex) {
    const { store, tableOpen, readerOpen } = this;
    const { view, viewport, sourceTexts } = store.state;
    const visibility = store.visibility;
    if (!visibility) return nothing;
    const { dataset } = index;
    const undated = dataset.relations.filter((r) => r.date === undefined && r.period === undefined).length;
    return html`
      <aside class="sidebar" aria-label="Explore">
        <actor-search .actors=${dataset.actors}></actor-search>
        <filter-panel .view=${view} .visibility=${visibility}></filter-panel>
        <time-filter .view=${view} .years=${yearRange(dataset.relations)} .undatedCount=${undated}></time-filter>
        <focus-path .view=${view} .actors=${dataset.actors}></focus-path>
        <bloc-panel .view=${view} .index=${index} .analysis=${store.alignment}></bloc-panel>
      </aside>
      <div class=${tableOpen ? 'centre with-table' : 'centre'}>
        <graph-canvas .data=${dataset} .selection=${view.selection} .emphasis=${store.emphasis} .viewport=${viewport}></graph-canvas>
        ${view.alignment
          ? html`<alignment-view .index=${index} .view=${view} .analysis=${store.alignment} .steps=${store.alignmentOverTime}></alignment-view>`
          : nothing}
        <div>
          <graph-legend ?folded=${tableOpen || view.alignment !== null} .kindCounts=${visibleCounts(visibility.kindCounts)} .typeCounts=${visibleCounts(visibility.typeCounts)} .blocs=${store.blocLegend}></graph-legend>
          <button type="button" class="table-toggle" aria-expanded=${tableOpen ? 'true' : 'false'} aria-controls="relation-table" @click=${() => (this.tableOpen = !tableOpen)}>
            ${tableOpen ? '▾' : '▸'} Relation table (${visibility.visibleRelations.size} shown)
          </button>
        </div>
        ${tableOpen ? html`<relation-table id="relation-table" .index=${index} .visibleRelations=${visibility.visibleRelations} .selection=${view.selection}></relation-table>` : nothing}
      </div>
      ${readerOpen || viewHasDetails(view)
        ? html`<side-panel
            .index=${index}
            .view=${view}
            .pathResult=${store.pathResult}
            .comparison=${store.comparison}
            .sourceTexts=${sourceTexts}
            ?readerOpen=${readerOpen}
            .tab=${this.tab}
            .reveal=${this.revealQuote}
          ></side-panel>`
        : nothing}
    `;
  }

  /** Opens (on the source text tab) or closes the source reader. */
  private showReader(open: boolean): void {
    this.readerOpen = open;
    if (open) this.tab = 'reader';
  }

  /** The button that had focus is gone with its panel: give focus back to the graph. */
  private focusGraphAfterUpdate(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector('graph-canvas')?.focusGraph());
  }

  private readonly handlePanelClose = (event: EntentePanelCloseEvent) => {
    if (event.detail.tab === 'reader') this.readerOpen = false;
    else this.store.closeDetails();
    this.focusGraphAfterUpdate();
  };

  private readonly handleSelect = (event: EntenteSelectEvent) => {
    event.stopPropagation();
    const { selection, reveal } = event.detail;
    this.store.select(selection);
    if (selection && reveal) {
      void this.updateComplete.then(() => this.renderRoot.querySelector('graph-canvas')?.centerOn(selection.id));
    }
    // Picking in the graph asks to see what was picked, not the text.
    if (selection && event.composedPath().some((target) => target instanceof HTMLElement && target.localName === 'graph-canvas')) this.tab = 'details';
  };

  private readonly handleViewChange = (event: EntenteViewChangeEvent) => {
    event.stopPropagation();
    this.store.setView(event.detail.patch);
    // The alignment panel closed under the keyboard: its focus goes back to the graph.
    if (event.detail.patch.alignment === null && event.composedPath().some((target) => target instanceof HTMLElement && target.localName === 'alignment-view')) this.focusGraphAfterUpdate();
  };

  private readonly handleSourceOpen = (event: EntenteSourceOpenEvent) => {
    event.stopPropagation();
    this.store.openSourceText(event.detail.source);
  };

  private readonly handleShowInText = (event: EntenteShowInTextEvent) => {
    event.stopPropagation();
    this.showReader(true);
    this.revealQuote = { ...event.detail.quote };
  };

  private readonly handleExport = (event: EntenteExportEvent) => {
    event.stopPropagation();
    const canvas = this.renderRoot.querySelector('graph-canvas');
    if (!canvas) return;
    const isBundled = (hash: string) => this.store.state.origin === bundledOrigin && this.loader?.hashOfBundled() === hash;
    runExport(event.detail, { store: this.store, canvas, now: new Date(), isBundled }).then(
      (what) => this.store.setNotice(`Exported ${what}.`),
      (error: unknown) => this.store.setNotice(`The export failed: ${error instanceof Error ? error.message : String(error)}.`),
    );
  };

  private readonly handleOpenFile = (event: EntenteOpenFileEvent) => {
    event.stopPropagation();
    void this.loader?.openFile(event.detail.file, event.detail.as).then(this.handleOpened);
  };

  /** A source text the user opened is what they want to read. */
  private readonly handleOpened = (opened: FileRole | undefined) => {
    if (opened === 'source') this.showReader(true);
  };

  /** Escape closes the side panel's details: the selection, path and comparison it shows. */
  private readonly handleWindowKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !viewHasDetails(this.store.state.view)) return;
    this.store.closeDetails();
    if (event.composedPath().some((target) => target instanceof HTMLElement && target.localName === 'side-panel')) this.focusGraphAfterUpdate();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'entente-app': EntenteApp;
  }
}
