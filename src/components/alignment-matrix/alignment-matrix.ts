import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { alignmentGrade, alignmentGrades, signedScore } from '../../analysis/alignment-scale';
import { pairKey } from '../../analysis/signed-graph';
import type { ViewAlignment } from '../../analysis/view-alignment';
import type { AlignmentPair } from '../../analysis/view-state';
import { ententeViewChangeEvent } from '../../events/entente-view-change';
import { actorName, type DatasetIndex } from '../../model/dataset-index';
import { blocLooks } from '../../../styles/palette';
import { sharedStyles } from '../shared-styles';
import { alignmentMatrixStyles } from './alignment-matrix.styles';

interface Cell {
  readonly row: number;
  readonly column: number;
}

/**
 * Every pair of actors in a stance relation, rows and columns ordered by bloc, each cell the
 * pair's alignment as a symbol (++ to −−) on a diverging colour scale. A grid: one cell in the
 * tab order, arrow keys, Home and End move, Enter or a click chooses the pair to explain.
 *
 * @fires entente-view-change - `alignment`: the pair whose cell was chosen
 */
@customElement('alignment-matrix')
export class AlignmentMatrix extends LitElement {
  static override styles = [sharedStyles, alignmentMatrixStyles];

  @property({ attribute: false }) index: DatasetIndex | undefined;
  @property({ attribute: false }) analysis: ViewAlignment | undefined;
  /** The chosen pair, marked in the grid. */
  @property({ attribute: false }) pair: AlignmentPair | null = null;

  /** The cell in the tab order (roving tabindex). */
  @state() private active: Cell = { row: 0, column: 1 };
  private focusAfterUpdate = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const order = this.analysis?.order ?? [];
    // The chosen pair's cell is the one to come back to; keep the active cell inside the grid.
    if (changed.has('pair') && this.pair) {
      const row = order.indexOf(this.pair.a);
      const column = order.indexOf(this.pair.b);
      if (row >= 0 && column >= 0) this.active = { row, column };
    }
    const last = Math.max(order.length - 1, 0);
    if (this.active.row > last || this.active.column > last) this.active = { row: Math.min(this.active.row, last), column: Math.min(this.active.column, last) };
  }

  protected override updated(): void {
    if (!this.focusAfterUpdate) return;
    this.focusAfterUpdate = false;
    this.renderRoot.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]')?.focus();
  }

  protected override render() {
    const { index, analysis } = this;
    if (!index || !analysis) return nothing;
    const { order, blocOf } = analysis;
    if (order.length < 2) return html`<p class="empty">Fewer than two actors take a visible stance: there are no pairs to compare.</p>`;
    const firstOfB = order.findIndex((id) => blocOf.get(id) === 1);
    const short = (id: string) => index.actors.get(id)?.shortName ?? actorName(index, id);
    const blocLetter = (id: string) => blocLooks[blocOf.get(id) ?? 0].letter;
    return html`
      <div class="legend" aria-hidden="true">
        ${alignmentGrades.map((grade) => html`<span class="key"><span class=${`cell-sample ${grade.step}`}>${grade.symbol}</span> ${grade.words} (${grade.range})</span>`)}
        <span class="key"><span class="cell-sample none"></span> no evidence</span>
      </div>
      <div class="scroller">
        <table role="grid" aria-label="Alignment of every pair of actors, bloc A then bloc B" aria-rowcount=${order.length + 1} @keydown=${this.handleKeydown}>
          <thead>
            <tr>
              <td class="corner"></td>
              ${order.map(
                (id, column) =>
                  html`<th scope="col" role="columnheader" class=${column === firstOfB ? 'bloc-start' : ''} title=${actorName(index, id)}>
                    <span>${short(id)} (${blocLetter(id)})</span>
                  </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${order.map(
              (rowId, row) => html`<tr class=${row === firstOfB ? 'bloc-start' : ''}>
                <th scope="row" role="rowheader" title=${actorName(index, rowId)}>${short(rowId)} (${blocLetter(rowId)})</th>
                ${order.map((columnId, column) => this.renderCell(index, analysis, rowId, columnId, { row, column }, column === firstOfB))}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    `;
  }

  private renderCell(index: DatasetIndex, analysis: ViewAlignment, rowId: string, columnId: string, cell: Cell, blocStart: boolean) {
    const active = cell.row === this.active.row && cell.column === this.active.column;
    const chosen = this.pair !== null && ((this.pair.a === rowId && this.pair.b === columnId) || (this.pair.a === columnId && this.pair.b === rowId));
    const classes = (step: string) => [step, blocStart ? 'bloc-start' : '', chosen ? 'chosen' : ''].join(' ');
    if (rowId === columnId) {
      return html`<td role="gridcell" class=${classes('self')} tabindex=${active ? 0 : -1} aria-label=${`${actorName(index, rowId)} with itself`} @click=${() => this.moveTo(cell)}>·</td>`;
    }
    const alignment = analysis.pairs.get(pairKey(rowId, columnId));
    const grade = alignment ? alignmentGrade(alignment) : alignmentGrade({ score: 0, basis: 'none' });
    const value = alignment && alignment.basis !== 'none' ? `${signedScore(alignment.score)}, ${grade.words} (${alignment.basis})` : 'no evidence';
    return html`<td
      role="gridcell"
      class=${classes(grade.step)}
      tabindex=${active ? 0 : -1}
      aria-selected=${chosen ? 'true' : 'false'}
      aria-label=${`${actorName(index, rowId)} and ${actorName(index, columnId)}: ${value}`}
      title=${`${actorName(index, rowId)} and ${actorName(index, columnId)}: ${value}`}
      @click=${() => this.choose(cell)}
    >
      ${grade.symbol}
    </td>`;
  }

  private moveTo(cell: Cell): void {
    this.active = cell;
    this.focusAfterUpdate = true;
  }

  /** Explains the pair of a cell (not the diagonal: an actor has no alignment with itself). */
  private choose(cell: Cell): void {
    this.moveTo(cell);
    const order = this.analysis?.order ?? [];
    const a = order[cell.row];
    const b = order[cell.column];
    if (a === undefined || b === undefined || a === b) return;
    this.dispatchEvent(ententeViewChangeEvent({ alignment: { a, b } }));
  }

  private readonly handleKeydown = (event: KeyboardEvent) => {
    const last = (this.analysis?.order.length ?? 1) - 1;
    const { row, column } = this.active;
    const moves: Record<string, Cell | undefined> = {
      ArrowRight: { row, column: Math.min(column + 1, last) },
      ArrowLeft: { row, column: Math.max(column - 1, 0) },
      ArrowDown: { row: Math.min(row + 1, last), column },
      ArrowUp: { row: Math.max(row - 1, 0), column },
      Home: event.ctrlKey ? { row: 0, column: 0 } : { row, column: 0 },
      End: event.ctrlKey ? { row: last, column: last } : { row, column: last },
    };
    const next = moves[event.key];
    if (next) {
      event.preventDefault();
      this.moveTo(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choose(this.active);
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'alignment-matrix': AlignmentMatrix;
  }
}
