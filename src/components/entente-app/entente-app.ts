import { html, LitElement, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { EntenteSelectEvent } from '../../events/entente-select';
import { doiUrl, formatCitation } from '../../model/citation';
import type { DatasetIndex } from '../../model/dataset-index';
import { formatProblem } from '../../model/problem';
import type { ActorKind, RelationType } from '../../model/schema';
import { AppStore } from '../../state/app-store';
import { StoreController } from '../../state/store-controller';
import '../actor-details/actor-details';
import '../graph-canvas/graph-canvas';
import '../graph-legend/graph-legend';
import '../relation-evidence/relation-evidence';
import { sharedStyles } from '../shared-styles';
import { ententeAppStyles } from './entente-app.styles';

function countBy<K extends string>(items: readonly { readonly [key: string]: unknown }[], key: string): Partial<Record<K, number>> {
  const counts: Partial<Record<K, number>> = {};
  for (const item of items) {
    const value = item[key] as K;
    counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}

/**
 * The explorer: header, graph with legend, and the panel for what is selected. Holds the store;
 * children get data as properties and report back with events.
 */
@customElement('entente-app')
export class EntenteApp extends LitElement {
  static override styles = [sharedStyles, ententeAppStyles];

  readonly store = new AppStore();

  private readonly storeController = new StoreController(this, this.store);

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.handleWindowKeydown);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('keydown', this.handleWindowKeydown);
    super.disconnectedCallback();
  }

  protected override render() {
    const { index, loadProblems } = this.storeController.store.state;
    return html`
      ${this.renderHeader(index)}
      ${loadProblems.length > 0
        ? html`<div class="problems" role="alert">
            <strong>The dataset could not be opened (${loadProblems.length} ${loadProblems.length === 1 ? 'problem' : 'problems'}):</strong>
            <ul>
              ${loadProblems.map((problem) => html`<li><code>${formatProblem(problem)}</code></li>`)}
            </ul>
          </div>`
        : html`<div></div>`}
      <main>
        ${index ? this.renderStage(index) : html`<p class="empty">No dataset is loaded.</p>`} ${index ? this.renderPanel(index) : nothing}
      </main>
    `;
  }

  private renderHeader(index: DatasetIndex | null) {
    const source = index?.dataset.sources[0];
    return html`<header>
      <h1>Entente</h1>
      ${index ? html`<span class="dataset-title">${index.dataset.title}</span>` : nothing}
      ${source
        ? html`<span class="source"
            >From ${formatCitation(source)}${source.doi
              ? html`, <a href=${doiUrl(source.doi)} target="_blank" rel="noopener noreferrer">doi:${source.doi}</a>`
              : nothing}</span
          >`
        : nothing}
    </header>`;
  }

  private renderStage(index: DatasetIndex) {
    const { dataset } = index;
    return html`<div class="stage">
      <graph-canvas .data=${dataset} .selection=${this.store.state.selection} @entente-select=${this.handleSelect}></graph-canvas>
      <graph-legend
        .kindCounts=${countBy<ActorKind>(dataset.actors, 'kind')}
        .typeCounts=${countBy<RelationType>(dataset.relations, 'type')}
      ></graph-legend>
    </div>`;
  }

  private renderPanel(index: DatasetIndex) {
    const selection = this.store.state.selection;
    if (!selection) return nothing;
    const close = html`<button type="button" class="close" aria-label="Close panel" title="Close (Escape)" @click=${() => this.store.select(null)}>
      ✕
    </button>`;
    if (selection.kind === 'relation') {
      const relation = index.relations.get(selection.id);
      return html`<section class="panel" role="region" aria-label="Evidence">
        ${close}<relation-evidence .relation=${relation} .index=${index}></relation-evidence>
      </section>`;
    }
    const actor = index.actors.get(selection.id);
    return html`<section class="panel" role="region" aria-label=${`Actor: ${actor?.name ?? selection.id}`}>
      ${close}<actor-details .actor=${actor} .index=${index} @entente-select=${this.handleSelect}></actor-details>
    </section>`;
  }

  private readonly handleSelect = (event: EntenteSelectEvent) => {
    event.stopPropagation();
    this.store.select(event.detail.selection);
  };

  private readonly handleWindowKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.store.state.selection) this.store.select(null);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'entente-app': EntenteApp;
  }
}
