import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DateComparison } from '../../analysis/compare-dates';
import type { QuoteRef } from '../../analysis/quote-highlights';
import type { PathResult } from '../../analysis/shortest-paths';
import { defaultViewState } from '../../analysis/default-view-state';
import type { ViewState } from '../../analysis/view-state';
import { ententePanelCloseEvent } from '../../events/entente-panel-close';
import { ententePanelTabEvent, type SidePanelTab } from '../../events/entente-panel-tab';
import type { DatasetIndex } from '../../model/dataset-index';
import type { SourceText } from '../../model/source-text';
import '../actor-details/actor-details';
import '../compare-results/compare-results';
import '../path-results/path-results';
import '../relation-evidence/relation-evidence';
import '../source-reader/source-reader';
import { sharedStyles } from '../shared-styles';
import { sidePanelStyles } from './side-panel.styles';
import { viewHasDetails } from './view-has-details';

/** The parts of the panel that can open, each with a heading focus can be moved to. */
export type PanelPart = 'selection' | 'path' | 'compare' | 'reader';

export { viewHasDetails };

/**
 * The side panel: the details of what the view picks out (the selected relation's evidence or
 * actor, the path, the comparison) and the source reader, as two tabs when both are open.
 * The host decides what is open; the panel says what the user asked for.
 *
 * @fires entente-panel-tab - the user chose the other tab
 * @fires entente-panel-close - the user closed the tab on show (✕)
 */
@customElement('side-panel')
export class SidePanel extends LitElement {
  static override styles = [sharedStyles, sidePanelStyles];

  @property({ attribute: false }) index: DatasetIndex | undefined;
  @property({ attribute: false }) view: ViewState = defaultViewState;
  @property({ attribute: false }) pathResult: PathResult | undefined;
  @property({ attribute: false }) comparison: DateComparison | undefined;
  @property({ attribute: false }) sourceTexts: ReadonlyMap<string, SourceText> = new Map();
  /** Whether the source reader is open, beside the details or alone. */
  @property({ type: Boolean }) readerOpen = false;
  /** The tab on show when both are open. */
  @property() tab: SidePanelTab = 'details';
  /** A quote for the reader to scroll to. */
  @property({ attribute: false }) reveal: QuoteRef | null = null;

  /** The tab the panel shows: the only one open, or the chosen one. */
  get shownTab(): SidePanelTab {
    if (!this.readerOpen) return 'details';
    return viewHasDetails(this.view) ? this.tab : 'reader';
  }

  /**
   * Moves keyboard focus to the heading of a part of the panel that just opened (WCAG 2.4.3), so
   * the keyboard does not have to travel to it. Returns false when that part is not on show.
   */
  async focusHeading(part: PanelPart): Promise<boolean> {
    await this.updateComplete;
    const holder = this.renderRoot.querySelector<LitElement>(part === 'reader' ? 'source-reader' : `[data-part="${part}"] > *`);
    if (!holder) return false;
    await holder.updateComplete;
    const heading = holder.shadowRoot?.querySelector<HTMLElement>('h2, h3');
    if (!heading) return false;
    // Focusable from script only: a heading is not a Tab stop.
    heading.tabIndex = -1;
    heading.focus();
    return true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Arrow keys moved the selection along the tab list: focus follows it, as in every tab list.
    if (changed.has('tab') && this.shadowRoot?.activeElement?.getAttribute('role') === 'tab') {
      this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus();
    }
  }

  protected override render() {
    const index = this.index;
    const hasDetails = viewHasDetails(this.view);
    if (!index || (!hasDetails && !this.readerOpen)) return nothing;
    const tabbed = this.readerOpen && hasDetails;
    const tab = this.shownTab;
    return html`
      <div class="bar">
        ${tabbed
          ? html`<div role="tablist" aria-label="Side panel">${this.renderTab('details', 'Details', tab)}${this.renderTab('reader', 'Source text', tab)}</div>`
          : nothing}
        <button type="button" class="close" aria-label="Close panel" title="Close (Escape)" @click=${() => this.dispatchEvent(ententePanelCloseEvent(tab))}>✕</button>
      </div>
      <div class="body" id="side-panel" role=${tabbed ? 'tabpanel' : nothing} aria-labelledby=${tabbed ? `tab-${tab}` : nothing}>
        ${tab === 'reader'
          ? html`<source-reader .index=${index} .texts=${this.sourceTexts} .selection=${this.view.selection} .reveal=${this.reveal}></source-reader>`
          : html`${this.renderSelection(index)}${this.renderPath(index)}${this.renderComparison(index)}`}
      </div>
    `;
  }

  private renderTab(tab: SidePanelTab, label: string, shown: SidePanelTab) {
    return html`<button
      type="button"
      role="tab"
      id=${`tab-${tab}`}
      aria-controls="side-panel"
      aria-selected=${tab === shown ? 'true' : 'false'}
      tabindex=${tab === shown ? 0 : -1}
      @click=${() => this.dispatchEvent(ententePanelTabEvent(tab))}
      @keydown=${this.handleTabKeydown}
    >
      ${label}
    </button>`;
  }

  private renderSelection(index: DatasetIndex) {
    const selection = this.view.selection;
    if (!selection) return nothing;
    if (selection.kind === 'relation') {
      return html`<section class="panel" role="region" aria-label="Evidence" data-part="selection">
        <relation-evidence
          .relation=${index.relations.get(selection.id)}
          .relations=${(selection.relationIds ?? []).flatMap((id) => index.relations.get(id) ?? [])}
          .index=${index}
          .openSources=${new Set(this.sourceTexts.keys())}
        ></relation-evidence>
      </section>`;
    }
    const actor = index.actors.get(selection.id);
    return html`<section class="panel" role="region" aria-label=${`Actor: ${actor?.name ?? selection.id}`} data-part="selection">
      <actor-details .actor=${actor} .index=${index}></actor-details>
    </section>`;
  }

  private renderPath(index: DatasetIndex) {
    const path = this.view.path;
    if (!path) return nothing;
    return html`<section class="panel" role="region" aria-label="Path" data-part="path">
      <path-results .index=${index} .from=${path.from} .to=${path.to} .result=${this.pathResult}></path-results>
    </section>`;
  }

  private renderComparison(index: DatasetIndex) {
    const compare = this.view.compare;
    if (!compare) return nothing;
    return html`<section class="panel" role="region" aria-label="Comparison" data-part="compare">
      <compare-results .index=${index} .from=${compare.from} .to=${compare.to} .comparison=${this.comparison}></compare-results>
    </section>`;
  }

  /** Left and right arrows move between the two tabs, as in every tab list. */
  private readonly handleTabKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    this.dispatchEvent(ententePanelTabEvent(this.shownTab === 'details' ? 'reader' : 'details'));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'side-panel': SidePanel;
  }
}
