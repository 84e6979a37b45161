import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { yearRange } from '../../analysis/relation-time';
import type { ViewAlignment } from '../../analysis/view-alignment';
import type { ViewState } from '../../analysis/view-state';
import type { Visibility } from '../../analysis/visibility';
import type { DatasetIndex } from '../../model/dataset-index';
import type { Relation } from '../../model/schema';
import '../actor-search/actor-search';
import '../bloc-panel/bloc-panel';
import '../filter-panel/filter-panel';
import '../focus-path/focus-path';
import '../time-filter/time-filter';
import { sharedStyles } from '../shared-styles';
import { exploreDrawerStyles } from './explore-drawer.styles';

const undatedCount = (relations: readonly Relation[]) => relations.filter((r) => r.date === undefined && r.period === undefined).length;

/**
 * The search box and the *Filters* drawer over the graph's left edge: relation and actor filters,
 * time, focus and path, and blocs. Its children report with bubbling events, as before; the drawer
 * only opens and closes (Escape inside closes it and gives focus back to its button).
 */
@customElement('explore-drawer')
export class ExploreDrawer extends LitElement {
  static override styles = [sharedStyles, exploreDrawerStyles];

  /** Reflected, so the page can keep its other overlays clear of the open drawer. */
  @property({ type: Boolean, reflect: true }) open = false;
  @property({ attribute: false }) index: DatasetIndex | undefined;
  @property({ attribute: false }) view: ViewState | undefined;
  @property({ attribute: false }) visibility: Visibility | null = null;
  @property({ attribute: false }) analysis: ViewAlignment | undefined;
  /**
   * The drawer's controls are made when it first opens, then kept: a large dataset's focus and
   * path lists hold an option per actor each (30,000 at 10,000 actors), too much to build while
   * the dataset loads for a drawer that may never open.
   */
  private everOpened = false;
  /** The dataset's years and undated count, worked out once per dataset, not at every filter change. */
  private timeSpan: { readonly relations: readonly Relation[]; readonly years: ReturnType<typeof yearRange>; readonly undated: number } | undefined;

  /** The open drawer, for whoever keeps the graph's camera clear of it. */
  get coveringBox(): DOMRect | null {
    return this.open ? (this.renderRoot.querySelector('.drawer')?.getBoundingClientRect() ?? null) : null;
  }

  protected override render() {
    const { index, view, visibility, open } = this;
    if (!index) return nothing;
    this.everOpened ||= open;
    const { dataset } = index;
    if (this.timeSpan?.relations !== dataset.relations) {
      this.timeSpan = { relations: dataset.relations, years: yearRange(dataset.relations), undated: undatedCount(dataset.relations) };
    }
    const { years, undated } = this.timeSpan;
    return html`
      <div class="toolbar">
        <button type="button" class="drawer-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="explore" @click=${() => (this.open = !open)}>
          <span aria-hidden="true">${open ? '✕' : '☰'}</span> Filters
        </button>
        <actor-search .actors=${dataset.actors}></actor-search>
      </div>
      <aside id="explore" class="drawer" aria-labelledby="explore-heading" ?hidden=${!open} @keydown=${this.handleKeydown}>
        <h2 class="visually-hidden" id="explore-heading">Explore</h2>
        ${this.everOpened
          ? html`<filter-panel .view=${view} .visibility=${visibility}></filter-panel>
              <time-filter .view=${view} .years=${years} .undatedCount=${undated}></time-filter>
              <focus-path .view=${view} .actors=${dataset.actors}></focus-path>
              <bloc-panel .view=${view} .index=${index} .analysis=${this.analysis}></bloc-panel>`
          : nothing}
      </aside>
    `;
  }

  /** Escape in the drawer closes it (and only it), handing focus back to its button. */
  private readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.open = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.drawer-toggle')?.focus());
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'explore-drawer': ExploreDrawer;
  }
}
