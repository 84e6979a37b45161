import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AlignmentStep } from '../../analysis/alignment-over-time';
import type { PairAlignment } from '../../analysis/alignment';
import { orientedAlignment } from '../../analysis/oriented-alignment';
import { pairKey } from '../../analysis/signed-graph';
import type { ViewAlignment } from '../../analysis/view-alignment';
import type { ViewState } from '../../analysis/view-state';
import { ententeViewChangeEvent } from '../../events/entente-view-change';
import { actorName, type DatasetIndex } from '../../model/dataset-index';
import '../alignment-chart/alignment-chart';
import '../alignment-explanation/alignment-explanation';
import '../alignment-matrix/alignment-matrix';
import { sharedStyles } from '../shared-styles';
import { alignmentViewStyles } from './alignment-view.styles';

/** A pair no visible stance connects. */
function unconnected(a: string, b: string): PairAlignment {
  return { actors: [a, b], score: 0, basis: 'none', direct: null, shared: null, terms: [], relationIds: [] };
}

/**
 * The alignment panel: the matrix of every pair over what is visible, the chosen pair explained
 * with its relations and quotes, and that pair's alignment by year.
 *
 * @fires entente-view-change - a pair chosen, or the panel closed (`alignment: null`, by ✕ or Escape)
 */
@customElement('alignment-view')
export class AlignmentView extends LitElement {
  static override styles = [sharedStyles, alignmentViewStyles];

  @property({ attribute: false }) index: DatasetIndex | undefined;
  @property({ attribute: false }) view: ViewState | undefined;
  @property({ attribute: false }) analysis: ViewAlignment | undefined;
  @property({ attribute: false }) steps: readonly AlignmentStep[] | undefined;

  /** Moves keyboard focus to the panel's heading, for when it opened in the place of what had focus. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('#alignment-heading');
    if (!heading) return;
    // Focusable from script only: a heading is not a Tab stop.
    heading.tabIndex = -1;
    heading.focus();
  }

  protected override render() {
    const { index, view, analysis } = this;
    const pair = view?.alignment;
    if (!index || !view || !pair) return nothing;
    const time = view.time;
    const markedYear = time?.mode === 'as-of' ? Number(time.date.slice(0, 4)) : undefined;
    const found = analysis?.pairs.get(pairKey(pair.a, pair.b));
    const chosen = found ? orientedAlignment(found, pair.a) : unconnected(pair.a, pair.b);
    return html`
      <section aria-labelledby="alignment-heading" @keydown=${this.handleKeydown}>
        <header>
          <h2 id="alignment-heading">Alignments</h2>
          <button type="button" aria-label="Close the alignments" title="Close (Escape)" @click=${this.close}>✕</button>
        </header>
        ${analysis
          ? html`<p class="hint">
                Each cell: how far two actors line up, from their stance towards each other and towards third parties (−1 to +1), over what
                is shown. Choose a cell (Enter or a click) to see why.
              </p>
              <alignment-matrix .index=${index} .analysis=${analysis} .pair=${pair}></alignment-matrix>
              <h3>${actorName(index, pair.a)} and ${actorName(index, pair.b)} by year</h3>
              <alignment-chart .index=${index} .pair=${pair} .steps=${this.steps} .markedYear=${markedYear}></alignment-chart>
              <alignment-explanation .index=${index} .alignment=${chosen}></alignment-explanation>`
          : html`<p class="hint" role="status">Computing the alignments…</p>`}
      </section>
    `;
  }

  private readonly close = () => this.dispatchEvent(ententeViewChangeEvent({ alignment: null }));

  /** Escape closes this panel only, not the details panel beside it too. */
  private readonly handleKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.close();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'alignment-view': AlignmentView;
  }
}
