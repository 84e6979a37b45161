import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { QuoteRef } from '../../analysis/quote-highlights';
import { yearRange } from '../../analysis/relation-time';
import { visibleCounts } from '../../analysis/visibility';
import type { EntenteExportEvent } from '../../events/entente-export';
import type { EntenteOpenFileEvent } from '../../events/entente-open-file';
import type { EntenteSelectEvent } from '../../events/entente-select';
import type { EntenteShowInTextEvent } from '../../events/entente-show-in-text';
import type { EntenteSourceOpenEvent } from '../../events/entente-source-open';
import type { EntenteViewChangeEvent } from '../../events/entente-view-change';
import type { CompareMark, GraphEmphasis } from '../../graph/graph-emphasis';
import { doiUrl, formatCitation } from '../../model/citation';
import type { DatasetIndex } from '../../model/dataset-index';
import { formatProblem } from '../../model/problem';
import { AppStore } from '../../state/app-store';
import { bundledOrigin, type DatasetLoader } from '../../state/dataset-loader';
import { StoreController } from '../../state/store-controller';
import '../actor-details/actor-details';
import '../actor-search/actor-search';
import '../compare-results/compare-results';
import '../export-menu/export-menu';
import '../filter-panel/filter-panel';
import '../focus-path/focus-path';
import '../graph-canvas/graph-canvas';
import '../graph-legend/graph-legend';
import '../path-results/path-results';
import '../relation-evidence/relation-evidence';
import '../relation-table/relation-table';
import '../source-reader/source-reader';
import '../time-filter/time-filter';
import { sharedStyles } from '../shared-styles';
import { ententeAppStyles } from './entente-app.styles';
import { runExport } from './exporter';

type DetailsTab = 'details' | 'reader';

/**
 * The explorer: controls on the left, the graph (with legend and relation table) in the middle,
 * and details (evidence, actor, path, comparison) or the source reader on the right. Holds the
 * store; children get data as properties and report back with events.
 */
@customElement('entente-app')
export class EntenteApp extends LitElement {
  static override styles = [sharedStyles, ententeAppStyles];

  readonly store = new AppStore();

  /** Opens datasets and snapshots; without one, the app shows what its store is given. */
  @property({ attribute: false }) loader: DatasetLoader | undefined;

  @state() private tableOpen = false;
  @state() private readerOpen = false;
  @state() private tab: DetailsTab = 'details';
  @state() private revealQuote: QuoteRef | null = null;
  @state() private dropping = false;

  private readonly storeController = new StoreController(this, this.store);
  private emphasisCache: { key: readonly unknown[]; value: GraphEmphasis } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.handleWindowKeydown);
    this.addEventListener('dragover', this.handleDragOver);
    this.addEventListener('dragleave', this.handleDragLeave);
    this.addEventListener('drop', this.handleDrop);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('keydown', this.handleWindowKeydown);
    this.removeEventListener('dragover', this.handleDragOver);
    this.removeEventListener('dragleave', this.handleDragLeave);
    this.removeEventListener('drop', this.handleDrop);
    super.disconnectedCallback();
  }

  protected override render() {
    const { index } = this.storeController.store.state;
    return html`
      ${this.renderHeader(index)}
      <div class="messages">${this.renderMessages()}</div>
      ${this.dropping ? html`<div class="drop-hint" aria-hidden="true">Drop a dataset, a snapshot (.json) or a source text (.txt, .md)</div>` : nothing}
      <main
        @entente-select=${this.handleSelect}
        @entente-view-change=${this.handleViewChange}
        @entente-source-open=${this.handleSourceOpen}
        @entente-show-in-text=${this.handleShowInText}
      >
        ${index ? this.renderExplorer(index) : html`<p class="empty">No dataset is loaded.</p>`}
      </main>
    `;
  }

  private renderHeader(index: DatasetIndex | null) {
    const source = index?.dataset.sources[0];
    const { origin } = this.store.state;
    return html`<header @entente-export=${this.handleExport} @entente-open-file=${this.handleOpenFile}>
      <h1>Entente</h1>
      ${index ? html`<span class="dataset-title">${index.dataset.title}</span>` : nothing}
      ${index
        ? html`<span class="dataset-origin" role="note" aria-label="Dataset on show"
            >${origin === bundledOrigin ? 'bundled dataset' : `opened from ${origin}`}</span
          >`
        : nothing}
      ${source
        ? html`<span class="source"
            >From ${formatCitation(source)}${source.doi
              ? html`, <a href=${doiUrl(source.doi)} target="_blank" rel="noopener noreferrer">doi:${source.doi}</a>`
              : nothing}</span
          >`
        : nothing}
      <div class="header-actions">
        ${this.loader
          ? html`<button type="button" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#dataset-file')?.click()}>Open dataset…</button>
              <input id="dataset-file" type="file" accept=".json,application/json" hidden aria-label="Open dataset" @change=${this.handleDatasetFile} />
              ${origin !== bundledOrigin ? html`<button type="button" @click=${() => this.loader?.showBundled()}>Back to bundled dataset</button>` : nothing}`
          : nothing}
        ${index
          ? html`<export-menu></export-menu>
              <button type="button" aria-pressed=${this.readerOpen ? 'true' : 'false'} @click=${this.toggleReader}>Read source text</button>`
          : nothing}
      </div>
    </header>`;
  }

  private renderMessages() {
    const { loadProblems, notice } = this.store.state;
    return html`${loadProblems.length > 0
      ? html`<div class="problems" role="alert">
          <div>
            <strong
              >${this.store.state.loadProblemsFile || 'The dataset'} could not be opened (${loadProblems.length}
              ${loadProblems.length === 1 ? 'problem' : 'problems'}); what was on show stays:</strong
            >
            <ul>
              ${loadProblems.map((problem) => html`<li><code>${formatProblem(problem, this.store.state.loadProblemsFile || undefined)}</code></li>`)}
            </ul>
          </div>
          <button type="button" @click=${() => this.store.clearLoadProblems()}>Dismiss</button>
        </div>`
      : nothing}${notice
      ? html`<div class="notice" role="status">
          <span>${notice}</span><button type="button" @click=${() => this.store.setNotice(null)}>Dismiss</button>
        </div>`
      : nothing}`;
  }

  private renderExplorer(index: DatasetIndex) {
    const { view } = this.store.state;
    const visibility = this.store.visibility;
    if (!visibility) return nothing;
    const { dataset } = index;
    const undated = dataset.relations.filter((r) => r.date === undefined && r.period === undefined).length;
    return html`
      <aside class="sidebar" aria-label="Explore">
        <actor-search .actors=${dataset.actors}></actor-search>
        <filter-panel .view=${view} .visibility=${visibility}></filter-panel>
        <time-filter .view=${view} .years=${yearRange(dataset.relations)} .undatedCount=${undated}></time-filter>
        <focus-path .view=${view} .actors=${dataset.actors}></focus-path>
      </aside>
      <div class=${this.tableOpen ? 'centre with-table' : 'centre'}>
        <graph-canvas .data=${dataset} .selection=${view.selection} .emphasis=${this.emphasis()}></graph-canvas>
        <div>
          <graph-legend
            ?folded=${this.tableOpen}
            .kindCounts=${visibleCounts(visibility.kindCounts)}
            .typeCounts=${visibleCounts(visibility.typeCounts)}
          ></graph-legend>
          <button type="button" class="table-toggle" aria-expanded=${this.tableOpen ? 'true' : 'false'} aria-controls="relation-table" @click=${() => (this.tableOpen = !this.tableOpen)}>
            ${this.tableOpen ? '▾' : '▸'} Relation table (${visibility.visibleRelations.size} shown)
          </button>
        </div>
        ${this.tableOpen
          ? html`<relation-table id="relation-table" .index=${index} .visibleRelations=${visibility.visibleRelations} .selection=${view.selection}></relation-table>`
          : nothing}
      </div>
      ${this.renderDetails(index)}
    `;
  }

  private renderDetails(index: DatasetIndex) {
    const { view, sourceTexts } = this.store.state;
    const hasDetails = view.selection !== null || view.path !== null || view.compare !== null;
    if (!hasDetails && !this.readerOpen) return nothing;
    const tab: DetailsTab = !this.readerOpen ? 'details' : !hasDetails ? 'reader' : this.tab;
    const openSources = new Set(sourceTexts.keys());
    return html`<div class="details">
      <div class="details-bar">
        ${this.readerOpen && hasDetails
          ? html`<div role="tablist" aria-label="Side panel">
              <button
                type="button"
                role="tab"
                id="tab-details"
                aria-controls="side-panel"
                aria-selected=${tab === 'details' ? 'true' : 'false'}
                tabindex=${tab === 'details' ? 0 : -1}
                @click=${() => (this.tab = 'details')}
                @keydown=${this.handleTabKeydown}
              >
                Details
              </button>
              <button
                type="button"
                role="tab"
                id="tab-reader"
                aria-controls="side-panel"
                aria-selected=${tab === 'reader' ? 'true' : 'false'}
                tabindex=${tab === 'reader' ? 0 : -1}
                @click=${() => (this.tab = 'reader')}
                @keydown=${this.handleTabKeydown}
              >
                Source text
              </button>
            </div>`
          : nothing}
        <button type="button" class="close" aria-label="Close panel" title="Close (Escape)" @click=${this.closeDetails}>✕</button>
      </div>
      <div
        class="details-body"
        id="side-panel"
        role=${this.readerOpen && hasDetails ? 'tabpanel' : nothing}
        aria-labelledby=${this.readerOpen && hasDetails ? `tab-${tab}` : nothing}
      >
        ${tab === 'reader'
          ? html`<source-reader .index=${index} .texts=${sourceTexts} .selection=${view.selection} .reveal=${this.revealQuote}></source-reader>`
          : html`${this.renderSelection(index, openSources)}${this.renderPath(index)}${this.renderComparison(index)}`}
      </div>
    </div>`;
  }

  private renderSelection(index: DatasetIndex, openSources: ReadonlySet<string>) {
    const selection = this.store.state.view.selection;
    if (!selection) return nothing;
    if (selection.kind === 'relation') {
      return html`<section class="panel" role="region" aria-label="Evidence">
        <relation-evidence .relation=${index.relations.get(selection.id)} .index=${index} .openSources=${openSources}></relation-evidence>
      </section>`;
    }
    const actor = index.actors.get(selection.id);
    return html`<section class="panel" role="region" aria-label=${`Actor: ${actor?.name ?? selection.id}`}>
      <actor-details .actor=${actor} .index=${index}></actor-details>
    </section>`;
  }

  private renderPath(index: DatasetIndex) {
    const path = this.store.state.view.path;
    if (!path) return nothing;
    return html`<section class="panel" role="region" aria-label="Path">
      <path-results .index=${index} .from=${path.from} .to=${path.to} .result=${this.store.pathResult}></path-results>
    </section>`;
  }

  private renderComparison(index: DatasetIndex) {
    const compare = this.store.state.view.compare;
    if (!compare) return nothing;
    return html`<section class="panel" role="region" aria-label="Comparison">
      <compare-results .index=${index} .from=${compare.from} .to=${compare.to} .comparison=${this.store.comparison}></compare-results>
    </section>`;
  }

  /** The graph's emphasis, rebuilt only when what it depends on changes. */
  private emphasis(): GraphEmphasis | undefined {
    const visibility = this.store.visibility;
    if (!visibility) return undefined;
    const path = this.store.pathResult;
    const comparison = this.store.comparison;
    const key = [visibility, path, comparison];
    if (this.emphasisCache?.key.every((part, i) => part === key[i])) return this.emphasisCache.value;
    const compareMarks = new Map<string, CompareMark>();
    for (const r of comparison?.appeared ?? []) compareMarks.set(r.id, 'appeared');
    for (const r of comparison?.disappeared ?? []) compareMarks.set(r.id, 'disappeared');
    for (const change of comparison?.signChanged ?? []) compareMarks.set(change.after.id, 'sign-changed');
    const value: GraphEmphasis = {
      visible: new Set([...visibility.visibleActors, ...visibility.visibleRelations]),
      outsideFocus: visibility.dimmed,
      onPath: new Set([...(path?.relationIds ?? []), ...(path?.actorIds ?? [])]),
      compareMarks,
    };
    this.emphasisCache = { key, value };
    return value;
  }

  /** Arrow keys move between the two tabs, as in every tab list. */
  private readonly handleTabKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    this.tab = this.tab === 'details' ? 'reader' : 'details';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus());
  };

  private readonly toggleReader = () => {
    this.readerOpen = !this.readerOpen;
    if (this.readerOpen) this.tab = 'reader';
  };

  private readonly closeDetails = () => {
    if (this.readerOpen && this.tab === 'reader') this.readerOpen = false;
    else this.store.setView({ selection: null, path: null, compare: null });
    // The button that had focus is gone with its panel: give focus back to the graph.
    void this.updateComplete.then(() => this.renderRoot.querySelector('graph-canvas')?.focusGraph());
  };

  private readonly handleSelect = (event: EntenteSelectEvent) => {
    event.stopPropagation();
    const { selection, reveal } = event.detail;
    this.store.select(selection);
    if (selection && reveal) {
      void this.updateComplete.then(() => this.renderRoot.querySelector('graph-canvas')?.centerOn(selection.id));
    }
    if (selection && this.tab === 'reader' && event.composedPath().some((target) => target instanceof HTMLElement && target.localName === 'graph-canvas')) {
      this.tab = 'details';
    }
  };

  private readonly handleViewChange = (event: EntenteViewChangeEvent) => {
    event.stopPropagation();
    this.store.setView(event.detail.patch);
  };

  private readonly handleSourceOpen = (event: EntenteSourceOpenEvent) => {
    event.stopPropagation();
    this.store.openSourceText(event.detail.source);
  };

  private readonly handleShowInText = (event: EntenteShowInTextEvent) => {
    event.stopPropagation();
    this.readerOpen = true;
    this.tab = 'reader';
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

  private readonly handleDatasetFile = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void this.openFile(file, 'dataset');
    input.value = '';
  };

  private readonly handleOpenFile = (event: EntenteOpenFileEvent) => {
    event.stopPropagation();
    void this.openFile(event.detail.file, event.detail.as);
  };

  /** Opens a dataset, snapshot or source text file; whatever goes wrong, what is on show stays. */
  private async openFile(file: File, as: 'dataset' | 'snapshot' | 'source'): Promise<void> {
    try {
      await this.readAndOpen(file, as);
    } catch (error) {
      this.store.reportLoadProblems(file.name, [{ path: '(root)', message: `could not be opened: ${error instanceof Error ? error.message : String(error)}` }]);
    }
  }

  private async readAndOpen(file: File, choice: 'dataset' | 'snapshot' | 'source'): Promise<void> {
    const loader = this.loader;
    const text = await file.text();
    // A snapshot opened or dropped as a dataset is still a snapshot: it says so at its start.
    const as = choice === 'dataset' && /^\s*\{\s*"format"\s*:\s*"entente-snapshot"/.test(text) ? 'snapshot' : choice;
    if (as === 'source') {
      const sourceId = this.store.state.index?.dataset.sources[0]?.id;
      if (!sourceId) return;
      this.store.openSourceText({ sourceId, fileName: file.name, text });
      this.readerOpen = true;
      this.tab = 'reader';
      return;
    }
    if (!loader) return;
    if (as === 'dataset') {
      loader.openText(text, file.name);
      return;
    }
    const viewport = loader.openSnapshot(text, file.name);
    if (!viewport) return;
    const shown = this.store.state.index;
    await this.updateComplete;
    const canvas = this.renderRoot.querySelector('graph-canvas');
    await canvas?.updateComplete;
    // Let panels the restored view opens resize the graph first, so they do not shift it after.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    // Something else was opened meanwhile: these positions belong to another picture.
    if (this.store.state.index !== shown) return;
    canvas?.restoreViewport(viewport);
    this.store.setNotice(`Restored the view saved in ${file.name}.`);
  }

  private readonly handleDragOver = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    this.dropping = true;
  };

  private readonly handleDragLeave = (event: DragEvent) => {
    if (event.relatedTarget === null) this.dropping = false;
  };

  /** A dropped .txt or .md is a source text; anything else a dataset (or a snapshot, if it is one). */
  private readonly handleDrop = (event: DragEvent) => {
    this.dropping = false;
    const file = event.dataTransfer?.files[0];
    if (!file || event.defaultPrevented) return;
    event.preventDefault();
    if (/\.(txt|md|markdown)$/i.test(file.name)) {
      void this.openFile(file, 'source');
      return;
    }
    void this.openFile(file, 'dataset');
  };

  /** Escape closes the side panel: the selection, path and comparison it shows. */
  private readonly handleWindowKeydown = (event: KeyboardEvent) => {
    const { selection, path, compare } = this.store.state.view;
    if (event.key !== 'Escape' || (selection === null && path === null && compare === null)) return;
    const focusWasInPanel = event.composedPath().some((target) => target instanceof HTMLElement && target.classList.contains('details'));
    this.store.setView({ selection: null, path: null, compare: null });
    if (focusWasInPanel) void this.updateComplete.then(() => this.renderRoot.querySelector('graph-canvas')?.focusGraph());
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'entente-app': EntenteApp;
  }
}
