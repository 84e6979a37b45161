import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ententeSelectEvent } from '../../events/entente-select';
import { actorName, type DatasetIndex } from '../../model/dataset-index';
import { formatWhen } from '../../model/dates';
import type { Relation } from '../../model/schema';
import type { SelectionRef } from '../../model/selection';
import { relationLooks } from '../../../styles/palette';
import '../relation-evidence/relation-evidence';
import { relationTypeStyles } from '../relation-type-styles';
import { sharedStyles } from '../shared-styles';
import { blockSize } from './block-size';
import { relationTableStyles } from './relation-table.styles';
import { RowLayout, type RowWindow } from './row-layout';
import { sortedRelations, type Column } from './sorted-relations';

const columns: readonly { readonly key: Column; readonly label: string }[] = [
  { key: 'source', label: 'Source' },
  { key: 'type', label: 'Type' },
  { key: 'target', label: 'Target' },
  { key: 'date', label: 'Date' },
  { key: 'summary', label: 'Summary' },
  { key: 'quotes', label: 'Quotes' },
];

/** Rows drawn beyond each edge of the view, in pixels, so that a scroll finds them already there. */
const margin = 600;
/** A scroll redraws only once it comes within this much of the edge of what is drawn. */
const slack = margin / 3;

/** The inputs the current order was sorted from, to sort again only when one of them changes. */
interface SortedFor {
  readonly index: DatasetIndex;
  readonly visible: ReadonlySet<string>;
  readonly sortBy: Column;
  readonly ascending: boolean;
}

/**
 * The visible relations as a table, in step with the graph: selecting a row selects the edge
 * and back. Sortable by every column; Tab into it, arrows between rows, Enter expands a row
 * to its evidence, since a canvas cannot be read by keyboard or screen reader.
 *
 * The element is its own scroll box and draws only the rows in view plus a margin (tens of
 * thousands of relations would otherwise be as many rows of DOM); spacer rows stand for the
 * rest, and `aria-rowcount`/`aria-rowindex` tell assistive technology the table's full size.
 * The row holding keyboard focus and the row holding the tab stop stay drawn wherever the view
 * goes, so that scrolling never takes focus away and Tab and the arrows go on from where they were.
 *
 * @fires entente-select - the relation of the row the user moved to or clicked
 */
@customElement('relation-table')
export class RelationTable extends LitElement {
  static override styles = [sharedStyles, relationTypeStyles, relationTableStyles];

  @property({ attribute: false }) index: DatasetIndex | undefined;
  @property({ attribute: false }) visibleRelations: ReadonlySet<string> = new Set();
  @property({ attribute: false }) selection: SelectionRef | null = null;

  @state() private sortBy: Column = 'date';
  @state() private ascending = true;
  @state() private expanded = new Set<string>();
  /** The row holding the table's one tab stop. */
  @state() private activeId: string | undefined;

  /** The visible relations in the table's order, and where each id is in it. */
  private rows: readonly Relation[] = [];
  private positions = new Map<string, number>();
  private sortedFor: SortedFor | undefined;
  private readonly rowLayout = new RowLayout();
  private laidOutFor: { readonly rows: readonly Relation[]; readonly expanded: ReadonlySet<string> } | undefined;
  /** The rows around the view drawn by the last render. */
  private drawn: RowWindow = { start: 0, end: 0, before: 0, after: 0 };
  /** Every row the last render drew, in order: the window and the pinned rows outside it. */
  private drawnPositions: readonly number[] = [];
  /** The first row in view, which holds the tab stop until a row becomes active. */
  private firstInView = 0;
  /** Where the first row starts below the top of the scrolled content (the caption is above it). */
  private bodyTop = 0;
  /** The sticky header's height, which hides the top of the scroll box. */
  private headerHeight = 0;
  /** A relation to bring into view at the next update. */
  private revealId: string | undefined;
  /** A drawn row and its distance from the top of the box, kept in place across a redraw. */
  private anchor: { readonly id: string; readonly y: number } | undefined;
  private readonly resizeObserver = new ResizeObserver(() => this.requestUpdate());

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('scroll', this.handleScroll, { passive: true });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('scroll', this.handleScroll);
    this.resizeObserver.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('selection') && this.selection?.kind === 'relation') {
      this.activeId = this.selection.id;
      this.revealId = this.selection.id;
    }
    const reordered = this.sortRows();
    if (reordered || this.laidOutFor?.expanded !== this.expanded) this.layOut();
    // A new order has nothing in common with what is on screen; anything else keeps its place.
    this.anchor = reordered || this.revealId !== undefined ? undefined : this.findAnchor();
    if (this.revealId !== undefined) this.scrollToRow(this.revealId);
    this.drawn = this.windowInView();
    this.drawnPositions = this.withPinnedRows(this.drawn);
  }

  protected override render() {
    const index = this.index;
    if (!index) return nothing;
    const { start, end } = this.drawn;
    const drawn = this.drawnPositions;
    // The active row is always drawn (it is pinned); without one, the first row in view holds the tab stop.
    const tabStop = this.activeId !== undefined && this.positions.has(this.activeId) ? this.activeId : this.rows[Math.min(Math.max(this.firstInView, start), end - 1)]?.id;
    const last = drawn.at(-1);
    const after = last === undefined ? this.rowLayout.total : this.rowLayout.total - this.rowLayout.bottom(last);
    return html`<table role="grid" aria-readonly="true" aria-rowcount=${this.rowLayout.ariaRowCount}>
      <caption>
        Relations shown: ${this.rows.length} of ${index.dataset.relations.length}
      </caption>
      <colgroup>
        <col class="toggle-column" />
        ${columns.map(({ key }) => html`<col class="${key}-column" />`)}
      </colgroup>
      <thead>
        <tr aria-rowindex="1">
          <th scope="col"><span class="visually-hidden">Quotes shown</span></th>
          ${columns.map(
            ({ key, label }) => html`<th scope="col" aria-sort=${this.sortBy === key ? (this.ascending ? 'ascending' : 'descending') : 'none'}>
              <button type="button" @click=${() => this.sort(key)}>
                ${label}${this.sortBy === key ? (this.ascending ? ' ▲' : ' ▼') : ''}
              </button>
            </th>`,
          )}
        </tr>
      </thead>
      <tbody @keydown=${this.handleKeydown}>
        ${repeat(
          drawn,
          (position) => this.rows[position]?.id,
          (position, i) => {
            const relation = this.rows[position];
            if (!relation) return nothing;
            const previous = drawn[i - 1];
            const gap = this.rowLayout.top(position) - (previous === undefined ? 0 : this.rowLayout.bottom(previous));
            return this.renderRow(relation, index, position, gap, relation.id === tabStop);
          },
        )}
        ${after > 0 ? spacer(after) : nothing}
      </tbody>
    </table>`;
  }

  protected override updated(): void {
    this.measureFrame();
    const relayout = this.measureRows();
    if (relayout) this.layOut();
    this.restoreAnchor();
    if (this.revealId !== undefined) {
      this.rowElement(this.revealId)?.scrollIntoView({ block: 'nearest' });
      this.revealId = undefined;
    }
    // New heights move the spacers, and a scroll may have left the drawn rows behind: only drawing
    // measures rows, so this second update is the side effect Lit's change-in-update warning allows.
    if (relayout || this.needsRedraw()) this.requestUpdate();
  }

  /**
   * A relation's row, its quotes row when open, and before them a spacer for the rows left out
   * above it (part of the row's own template, so that a spacer coming or going never makes
   * `repeat` move a row: moving the focused row would drop its focus).
   */
  private renderRow(relation: Relation, index: DatasetIndex, position: number, gap: number, tabStop: boolean) {
    const look = relationLooks[relation.type];
    const selected = this.selection?.kind === 'relation' && this.selection.id === relation.id;
    const expanded = this.expanded.has(relation.id);
    const rowIndex = this.rowLayout.ariaRowIndex(position);
    return html`${gap > 0 ? spacer(gap) : nothing}<tr
        class="relation"
        data-id=${relation.id}
        aria-rowindex=${rowIndex}
        tabindex=${tabStop ? 0 : -1}
        aria-selected=${selected ? 'true' : 'false'}
        @click=${() => this.activate(relation.id, true)}
        @focus=${() => (this.activeId = relation.id)}
      >
        <td class="toggle">
          <button
            type="button"
            tabindex="-1"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-label="Quotes"
            title="Show or hide the quotes (Enter)"
            @click=${(event: Event) => {
              event.stopPropagation();
              this.toggleExpanded(relation.id);
            }}
          >
            ${expanded ? '▾' : '▸'}
          </button>
        </td>
        <td>${actorName(index, relation.source)}</td>
        <td class="type">
          <span class="swatch type-${relation.type}"></span>${look.label}
        </td>
        <td>${actorName(index, relation.target)}</td>
        <td class="date">${formatWhen(relation)}</td>
        <td>${relation.summary}</td>
        <td class="quotes">${relation.evidence.length}</td>
      </tr>
      ${expanded
        ? html`<tr class="evidence-row" data-evidence-of=${relation.id} aria-rowindex=${rowIndex + 1}>
            <td colspan="7"><relation-evidence compact .relation=${relation} .index=${index}></relation-evidence></td>
          </tr>`
        : nothing}`;
  }

  /** Sorts the visible relations again if the data, the filter or the sort changed; true if it did. */
  private sortRows(): boolean {
    const { index, visibleRelations: visible, sortBy, ascending } = this;
    const last = this.sortedFor;
    if (last && last.index === index && last.visible === visible && last.sortBy === sortBy && last.ascending === ascending) return false;
    this.sortedFor = index ? { index, visible, sortBy, ascending } : undefined;
    this.rows = index ? sortedRelations(index, visible, sortBy, ascending) : [];
    this.positions = new Map(this.rows.map((relation, position) => [relation.id, position]));
    return true;
  }

  private layOut(): void {
    this.rowLayout.layout(
      this.rows.map((relation) => relation.id),
      this.expanded,
    );
    this.laidOutFor = { rows: this.rows, expanded: this.expanded };
  }

  /** The part of the rows the box shows, in the layout's coordinates (from the first row's top). */
  private view(): { readonly top: number; readonly bottom: number } {
    const top = this.scrollTop - this.bodyTop + this.headerHeight;
    return { top, bottom: this.scrollTop - this.bodyTop + this.clientHeight };
  }

  private windowInView(): RowWindow {
    const { top, bottom } = this.view();
    this.firstInView = this.rowLayout.rowAt(top);
    return this.rowLayout.window(top - margin, bottom + margin);
  }

  /**
   * The window's rows plus, wherever they are, the row holding focus and the active row (the tab
   * stop), each with its neighbours: with a row on either side always drawn, Lit's `repeat` keeps
   * the pinned row's element where it is instead of moving it, which would take its focus away.
   */
  private withPinnedRows({ start, end }: RowWindow): readonly number[] {
    const outside = new Set<number>();
    for (const id of [this.activeId, this.focusedRowId()]) {
      const position = id === undefined ? undefined : this.positions.get(id);
      if (position === undefined) continue;
      for (const near of [position - 1, position, position + 1]) {
        if (near >= 0 && near < this.rows.length && (near < start || near >= end)) outside.add(near);
      }
    }
    const inWindow = Array.from({ length: Math.max(0, Math.min(end, this.rows.length) - start) }, (_, i) => start + i);
    if (outside.size === 0) return inWindow;
    const above = [...outside].filter((position) => position < start).sort((a, b) => a - b);
    const below = [...outside].filter((position) => position >= end).sort((a, b) => a - b);
    return [...above, ...inWindow, ...below];
  }

  /** The relation whose row (or open quotes row) holds keyboard focus, if one does. */
  private focusedRowId(): string | undefined {
    const focused = this.shadowRoot?.activeElement;
    const row = focused?.closest<HTMLElement>('tr.relation, tr.evidence-row');
    return row?.dataset['id'] ?? row?.dataset['evidenceOf'];
  }

  /** Whether the view has come near an edge of the drawn rows that has more rows beyond it. */
  private needsRedraw(): boolean {
    const { top, bottom } = this.view();
    const { start, end } = this.drawn;
    const count = this.rowLayout.count;
    return (start > 0 && this.rowLayout.top(start) > top - slack) || (end < count && this.rowLayout.top(end) < bottom + slack) || end > count;
  }

  /** Scrolls the box, by the layout's estimate, just enough to show the row; `updated` then makes it exact. */
  private scrollToRow(id: string): void {
    const position = this.positions.get(id);
    if (position === undefined) {
      this.revealId = undefined;
      return;
    }
    const { top, bottom } = this.view();
    const rowTop = this.rowLayout.top(position);
    const rowBottom = Math.min(this.rowLayout.bottom(position), rowTop + (bottom - top));
    if (rowTop < top) this.scrollTop += rowTop - top;
    else if (rowBottom > bottom) this.scrollTop += rowBottom - bottom;
  }

  /**
   * A drawn row in view to hold in place across the next redraw: the active row when it is in
   * view (so that the row just moved to or revealed stays put while new heights correct the
   * layout's estimates), else the first row at the top of the view.
   */
  private findAnchor(): { readonly id: string; readonly y: number } | undefined {
    const box = this.getBoundingClientRect();
    const boxTop = box.top + this.headerHeight;
    const active = this.activeId === undefined ? null : this.rowElement(this.activeId);
    if (active) {
      const { top, bottom } = active.getBoundingClientRect();
      if (this.activeId !== undefined && bottom > boxTop && top < box.bottom) return { id: this.activeId, y: top - boxTop };
    }
    for (const row of this.renderRoot.querySelectorAll<HTMLElement>('tr.relation')) {
      const { top, bottom } = row.getBoundingClientRect();
      if (bottom > boxTop && row.dataset['id'] !== undefined) return { id: row.dataset['id'], y: top - boxTop };
    }
    return undefined;
  }

  private restoreAnchor(): void {
    const anchor = this.anchor;
    this.anchor = undefined;
    const row = anchor && this.rowElement(anchor.id);
    if (!anchor || !row) return;
    const moved = row.getBoundingClientRect().top - (this.getBoundingClientRect().top + this.headerHeight) - anchor.y;
    if (Math.abs(moved) >= 0.5) this.scrollTop += moved;
  }

  /** Where the rows start in the scrolled content and how much of the box the sticky header covers. */
  private measureFrame(): void {
    const body = this.renderRoot.querySelector('tbody');
    const header = this.renderRoot.querySelector('thead');
    if (!body || !header) return;
    this.bodyTop = body.getBoundingClientRect().top - this.getBoundingClientRect().top - this.clientTop + this.scrollTop;
    const headerHeight = header.getBoundingClientRect().height;
    if (headerHeight !== this.headerHeight) {
      this.headerHeight = headerHeight;
      // So that scrollIntoView and focus never leave a row under the sticky header.
      this.style.scrollPaddingTop = `${headerHeight}px`;
    }
  }

  /** Records the heights of the drawn rows; true when the layout must be redone. */
  private measureRows(): boolean {
    let changed = false;
    for (const row of this.renderRoot.querySelectorAll<HTMLElement>('tr.relation')) {
      const id = row.dataset['id'];
      if (id === undefined) continue;
      const evidence = row.nextElementSibling instanceof HTMLElement && row.nextElementSibling.dataset['evidenceOf'] === id ? row.nextElementSibling : undefined;
      changed = this.rowLayout.measure(id, row.getBoundingClientRect().height, evidence?.getBoundingClientRect().height) || changed;
    }
    return changed;
  }

  /** Puts keyboard focus on the row holding the tab stop, once the rows in view are drawn. */
  async focusTabStop(): Promise<void> {
    // Drawing measures rows and may ask for a second update: wait for the one that settles.
    for (let settled = false, tries = 0; !settled && tries < 5; tries++) settled = await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('tbody tr.relation[tabindex="0"]')?.focus();
  }

  private rowElement(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`tr.relation[data-id="${CSS.escape(id)}"]`);
  }

  private sort(column: Column): void {
    if (this.sortBy === column) this.ascending = !this.ascending;
    else {
      this.sortBy = column;
      this.ascending = true;
    }
  }

  private toggleExpanded(id: string): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(id)) expanded.add(id);
    this.expanded = expanded;
  }

  /** Moves the tab stop to a row, brings it into view and focuses it, and selects its relation. */
  private activate(id: string, focus: boolean): void {
    this.activeId = id;
    this.revealId = id;
    this.requestUpdate();
    this.dispatchEvent(ententeSelectEvent({ kind: 'relation', id }));
    if (focus) void this.updateComplete.then(() => this.rowElement(id)?.focus({ preventScroll: true }));
  }

  private readonly handleScroll = () => {
    if (this.needsRedraw()) this.requestUpdate();
  };

  private readonly handleKeydown = (event: KeyboardEvent) => {
    // Keys inside an expanded evidence row (its links, say) are theirs, not the table's.
    if (!(event.target instanceof HTMLTableRowElement) || !event.target.classList.contains('relation')) return;
    const rows = this.rows;
    const at = this.activeId === undefined ? -1 : (this.positions.get(this.activeId) ?? -1);
    const move = (to: number) => {
      const row = rows[Math.max(0, Math.min(rows.length - 1, to))];
      if (row) this.activate(row.id, true);
    };
    const page = this.clientHeight - this.headerHeight;
    switch (event.key) {
      case 'ArrowDown':
        move(at + 1);
        break;
      case 'ArrowUp':
        move(at - 1);
        break;
      case 'PageDown':
        move(Math.max(at + 1, this.rowLayout.rowAt(this.rowLayout.top(at) + page)));
        break;
      case 'PageUp':
        move(Math.min(at - 1, this.rowLayout.rowAt(this.rowLayout.top(at) - page)));
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(rows.length - 1);
        break;
      case 'Enter': {
        const id = rows[at]?.id;
        if (!id) return;
        this.toggleExpanded(id);
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  };
}

/** A row standing for the height of rows that are not drawn. */
const spacer = (pixels: number) => html`<tr class="spacer" aria-hidden="true"><td colspan="7" ${blockSize(pixels)}></td></tr>`;

declare global {
  interface HTMLElementTagNameMap {
    'relation-table': RelationTable;
  }
}
