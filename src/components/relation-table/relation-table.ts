import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { relationDays } from '../../analysis/relation-time';
import { ententeSelectEvent } from '../../events/entente-select';
import { actorName, type DatasetIndex } from '../../model/dataset-index';
import { formatWhen } from '../../model/dates';
import type { Relation } from '../../model/schema';
import type { SelectionRef } from '../../model/selection';
import { relationLooks } from '../../../styles/palette';
import '../relation-evidence/relation-evidence';
import { relationTypeStyles } from '../relation-type-styles';
import { sharedStyles } from '../shared-styles';
import { relationTableStyles } from './relation-table.styles';

type Column = 'source' | 'type' | 'target' | 'date' | 'summary' | 'quotes';

const columns: readonly { readonly key: Column; readonly label: string }[] = [
  { key: 'source', label: 'Source' },
  { key: 'type', label: 'Type' },
  { key: 'target', label: 'Target' },
  { key: 'date', label: 'Date' },
  { key: 'summary', label: 'Summary' },
  { key: 'quotes', label: 'Quotes' },
];

/**
 * The visible relations as a table, in step with the graph: selecting a row selects the edge
 * and back. Sortable by every column; Tab into it, arrows between rows, Enter expands a row
 * to its evidence, since a canvas cannot be read by keyboard or screen reader.
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

  private get rows(): Relation[] {
    const index = this.index;
    if (!index) return [];
    const rows = index.dataset.relations.filter((relation) => this.visibleRelations.has(relation.id));
    const key = (relation: Relation): string | number => {
      switch (this.sortBy) {
        case 'source':
          return actorName(index, relation.source);
        case 'target':
          return actorName(index, relation.target);
        case 'type':
          return relation.type;
        case 'date':
          // Undated relations sort after every date.
          return relationDays(relation)?.first ?? '\uffff';
        case 'summary':
          return relation.summary;
        case 'quotes':
          return relation.evidence.length;
      }
    };
    const direction = this.ascending ? 1 : -1;
    return rows.sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      const order = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : String(ka).localeCompare(String(kb));
      return order * direction || a.id.localeCompare(b.id);
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('selection') && this.selection?.kind === 'relation') this.activeId = this.selection.id;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('selection') && this.selection?.kind === 'relation') {
      this.renderRoot.querySelector(`tr[data-id="${CSS.escape(this.selection.id)}"]`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  protected override render() {
    const index = this.index;
    if (!index) return nothing;
    const rows = this.rows;
    const tabStop = rows.some((row) => row.id === this.activeId) ? this.activeId : rows[0]?.id;
    // Every row counts: the header, each relation, and each relation's quotes row when expanded.
    const rowCount = 1 + rows.length + rows.filter((row) => this.expanded.has(row.id)).length;
    return html`<table role="grid" aria-readonly="true" aria-rowcount=${rowCount}>
      <caption>
        Relations shown: ${rows.length} of ${index.dataset.relations.length}
      </caption>
      <thead>
        <tr>
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
        ${rows.map((relation) => this.renderRow(relation, index, relation.id === tabStop))}
      </tbody>
    </table>`;
  }

  private renderRow(relation: Relation, index: DatasetIndex, tabStop: boolean) {
    const look = relationLooks[relation.type];
    const selected = this.selection?.kind === 'relation' && this.selection.id === relation.id;
    const expanded = this.expanded.has(relation.id);
    return html`<tr
        class="relation"
        data-id=${relation.id}
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
        ? html`<tr class="evidence-row">
            <td colspan="7"><relation-evidence compact .relation=${relation} .index=${index}></relation-evidence></td>
          </tr>`
        : nothing}`;
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

  /** Moves the tab stop to a row, focuses it, and selects its relation. */
  private activate(id: string, focus: boolean): void {
    this.activeId = id;
    this.dispatchEvent(ententeSelectEvent({ kind: 'relation', id }));
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id)}"]`)?.focus());
  }

  private readonly handleKeydown = (event: KeyboardEvent) => {
    // Keys inside an expanded evidence row (its links, say) are theirs, not the table's.
    if (!(event.target instanceof HTMLTableRowElement) || !event.target.classList.contains('relation')) return;
    const rows = this.rows;
    const at = rows.findIndex((row) => row.id === this.activeId);
    const move = (to: number) => {
      const row = rows[Math.max(0, Math.min(rows.length - 1, to))];
      if (row) this.activate(row.id, true);
    };
    switch (event.key) {
      case 'ArrowDown':
        move(at + 1);
        break;
      case 'ArrowUp':
        move(at - 1);
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

declare global {
  interface HTMLElementTagNameMap {
    'relation-table': RelationTable;
  }
}
