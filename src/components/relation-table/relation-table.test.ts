import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDataset, profileOf } from '../../../bench/generate-dataset';
import { relationDays } from '../../analysis/relation-time';
import { indexDataset, type DatasetIndex } from '../../model/dataset-index';
import { bundledDataset, bundledIndex, mount, nextEvent, unmountAll } from '../testing/fixture';
import type { RelationTable } from './relation-table';
import './relation-table';

afterEach(unmountAll);

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Lets a scroll reach the table and the table redraw for it. */
async function settle(table: RelationTable): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await frame();
    await table.updateComplete;
  }
}

/** The relation rows drawn now, in order. */
const drawnRows = (table: RelationTable) => [...table.shadowRoot!.querySelectorAll<HTMLElement>('tr.relation')];

/** Every relation row's id, in the table's order, read as a user would: by scrolling from top to bottom. */
async function scrollThrough(table: RelationTable): Promise<string[]> {
  const byRowIndex = new Map<number, string>();
  table.scrollTop = 0;
  await settle(table);
  for (;;) {
    for (const row of drawnRows(table)) byRowIndex.set(Number(row.getAttribute('aria-rowindex')), row.dataset['id']!);
    if (table.scrollTop + table.clientHeight >= table.scrollHeight - 1) break;
    table.scrollTop += table.clientHeight;
    await settle(table);
  }
  return [...byRowIndex.entries()].sort(([a], [b]) => a - b).map(([, id]) => id);
}

/** Whether the row is on the page, inside the table's box and below its sticky header. */
function inView(table: RelationTable, row: Element): boolean {
  if (!row.isConnected) return false;
  const box = table.getBoundingClientRect();
  // The header cells are what sticks (the thead itself scrolls away with the rows).
  const header = table.shadowRoot!.querySelector('th')!.getBoundingClientRect();
  const { top, bottom } = row.getBoundingClientRect();
  return top >= header.bottom - 1 && bottom <= box.bottom + 1;
}

/**
 * Records every moment keyboard focus left the table for nowhere (the body): a focus event
 * anywhere in the document, a blur without a next target, and every frame's document.activeElement.
 */
function watchFocus(table: RelationTable): { lost: () => string[] } {
  const lost: string[] = [];
  const check = (when: string) => {
    if (document.activeElement === document.body || document.activeElement === null) lost.push(when);
  };
  table.addEventListener('focusout', (event) => {
    if (event.relatedTarget === null) lost.push(`focusout from ${(event.target as HTMLElement).dataset['id'] ?? 'the table'}`);
  });
  let watching = true;
  const everyFrame = () => {
    check('a frame');
    if (watching) requestAnimationFrame(everyFrame);
  };
  requestAnimationFrame(everyFrame);
  return {
    lost: () => {
      watching = false;
      check('the end');
      return lost;
    },
  };
}

let large: DatasetIndex | undefined;
/** The benchmark's largest synthetic dataset: 10,000 actors, 27,000 relations. */
function largeIndex(): DatasetIndex {
  large ??= indexDataset(generateDataset({ size: { actors: 10000, relations: 27000 }, profile: profileOf(bundledDataset()) }));
  return large;
}

describe('<relation-table>', () => {
  it('lists only the visible relations, sorts by any column both ways, undated last', async () => {
    const index = bundledIndex();
    const visible = new Set(index.dataset.relations.filter((r) => r.type !== 'opposition').map((r) => r.id));
    const table = mount('relation-table', { index, visibleRelations: visible }, { width: 1200, height: 400 });
    await table.updateComplete;
    const root = table.shadowRoot!;
    expect(root.querySelector('caption')?.textContent).toContain(`Relations shown: ${visible.size} of ${index.dataset.relations.length}`);
    const ids = await scrollThrough(table);
    expect(ids).toHaveLength(visible.size);
    expect(new Set(ids)).toEqual(visible);

    const starts = ids.map((id) => relationDays(index.relations.get(id)!)?.first ?? 'undated');
    const dated = starts.filter((s) => s !== 'undated');
    expect(dated).toEqual([...dated].sort());
    expect(starts.slice(dated.length).every((s) => s === 'undated')).toBe(true);

    const header = (name: string) => [...root.querySelectorAll('th')].find((th) => th.textContent.includes(name))!;
    const sources = async () => (await scrollThrough(table)).map((id) => index.actors.get(index.relations.get(id)!.source)!.name);
    await userEvent.click(header('Source').querySelector('button')!);
    await table.updateComplete;
    const ascending = await sources();
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b)));
    expect(header('Source').getAttribute('aria-sort')).toBe('ascending');
    table.scrollTop = 0;
    await settle(table);
    await userEvent.click(header('Source').querySelector('button')!);
    await table.updateComplete;
    const descending = await sources();
    expect(descending).toEqual([...descending].sort((a, b) => b.localeCompare(a)));
    expect(header('Source').getAttribute('aria-sort')).toBe('descending');
  });

  it('selects the relation of a clicked row and highlights the row selected elsewhere', async () => {
    const index = bundledIndex();
    const table = mount('relation-table', { index, visibleRelations: new Set(index.relations.keys()) });
    await table.updateComplete;
    const row = drawnRows(table)[2]!;
    const selected = nextEvent(table, 'entente-select');
    await userEvent.click(row);
    expect((await selected).detail.selection).toEqual({ kind: 'relation', id: row.dataset['id'] });
    table.selection = { kind: 'relation', id: 'lavrov-defends-kazakhstan-2007' };
    await settle(table);
    const chosen = table.shadowRoot!.querySelector('tr[aria-selected="true"]')!;
    expect(chosen.getAttribute('data-id')).toBe('lavrov-defends-kazakhstan-2007');
    expect(inView(table, chosen)).toBe(true);
  });

  it('counts every row in aria-rowcount and numbers each drawn row among them, expanded quote rows included', async () => {
    const index = bundledIndex();
    const table = mount('relation-table', { index, visibleRelations: new Set(index.relations.keys()) }, { width: 1200, height: 300 });
    await table.updateComplete;
    const grid = table.shadowRoot!.querySelector('[role="grid"]')!;
    const rowCount = () => Number(grid.getAttribute('aria-rowcount'));
    expect(rowCount()).toBe(1 + index.dataset.relations.length);
    // Open the second row's quotes: every row after it moves one down.
    const [, second, third] = drawnRows(table);
    expect(third!.getAttribute('aria-rowindex')).toBe('4');
    await userEvent.click(second!.querySelector<HTMLButtonElement>('button[aria-expanded]')!);
    await table.updateComplete;
    expect(rowCount()).toBe(2 + index.dataset.relations.length);
    expect(table.shadowRoot!.querySelector('tr.evidence-row')!.getAttribute('aria-rowindex')).toBe('4');
    expect(third!.getAttribute('aria-rowindex')).toBe('5');
    table.scrollTop = table.scrollHeight;
    await settle(table);
    expect(drawnRows(table).at(-1)!.getAttribute('aria-rowindex')).toBe(String(rowCount()));
  });

  it('walks the rows by keyboard, bringing each into view', async () => {
    const index = bundledIndex();
    const table = mount('relation-table', { index, visibleRelations: new Set(index.relations.keys()) }, { width: 1200, height: 300 });
    await table.updateComplete;
    drawnRows(table)[0]!.focus();
    await userEvent.keyboard('{End}');
    await settle(table);
    const focused = () => table.shadowRoot!.activeElement!;
    expect(focused().getAttribute('aria-rowindex')).toBe(String(1 + index.dataset.relations.length));
    expect(inView(table, focused())).toBe(true);
    await userEvent.keyboard('{PageUp}');
    await settle(table);
    expect(Number(focused().getAttribute('aria-rowindex'))).toBeLessThan(1 + index.dataset.relations.length - 3);
    expect(inView(table, focused())).toBe(true);
    await userEvent.keyboard('{Home}');
    await settle(table);
    expect(focused().getAttribute('aria-rowindex')).toBe('2');
    expect(inView(table, focused())).toBe(true);
  });

  it('keeps keyboard focus on its row when the wheel scrolls the row far away, and the arrows go on from it', async () => {
    const index = bundledIndex();
    const table = mount('relation-table', { index, visibleRelations: new Set(index.relations.keys()) }, { width: 1200, height: 300 });
    await settle(table);
    const watch = watchFocus(table);
    const row = drawnRows(table)[2]!;
    const rowIndex = Number(row.getAttribute('aria-rowindex'));
    row.focus();
    await userEvent.wheel(table, { delta: { y: 4000 } });
    await settle(table);
    expect(table.scrollTop).toBeGreaterThan(1500);
    expect(inView(table, row)).toBe(false);
    expect(table.shadowRoot!.activeElement).toBe(row);
    await userEvent.keyboard('{ArrowDown}');
    await settle(table);
    const focused = table.shadowRoot!.activeElement!;
    expect(Number(focused.getAttribute('aria-rowindex'))).toBe(rowIndex + 1);
    expect(inView(table, focused)).toBe(true);
    expect(watch.lost()).toEqual([]);
  });

  it('comes back by Tab to the row the user left, however far it was scrolled from', async () => {
    const index = bundledIndex();
    const table = mount('relation-table', { index, visibleRelations: new Set(index.relations.keys()) }, { width: 1200, height: 300 });
    const before = document.createElement('button');
    before.textContent = 'before the table';
    table.parentElement!.before(before);
    await settle(table);
    const row = drawnRows(table)[3]!;
    row.focus();
    await userEvent.keyboard('{ArrowDown}');
    await settle(table);
    const left = table.shadowRoot!.activeElement!.getAttribute('data-id');
    before.focus();
    await userEvent.wheel(table, { delta: { y: 4000 } });
    await settle(table);
    // Past the seven column headers' buttons (the quotes toggle's header has none) into the rows.
    for (let i = 0; i < 7; i++) await userEvent.keyboard('{Tab}');
    await settle(table);
    const focused = table.shadowRoot!.activeElement!;
    expect(focused.getAttribute('data-id')).toBe(left);
    expect(inView(table, focused)).toBe(true);
    before.remove();
  });

  describe('with 27,000 relations', () => {
    it('draws only the rows around the view, and reaches the last relation by scrolling', async () => {
      const index = largeIndex();
      const visible = new Set(index.relations.keys());
      const table = mount('relation-table', { index, visibleRelations: visible });
      await settle(table);
      expect(table.shadowRoot!.querySelector('caption')?.textContent).toContain('Relations shown: 27000 of 27000');
      expect(table.shadowRoot!.querySelectorAll('tr').length).toBeLessThan(200);
      expect(table.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).toBe('27001');

      table.scrollTop = table.scrollHeight;
      await settle(table);
      table.scrollTop = table.scrollHeight;
      await settle(table);
      const last = drawnRows(table).at(-1)!;
      expect(last.getAttribute('aria-rowindex')).toBe('27001');
      expect(inView(table, last)).toBe(true);
      expect(table.shadowRoot!.querySelectorAll('tr').length).toBeLessThan(200);
    });

    it('keeps the focused row, the same element, however the view jumps or sweeps past it', async () => {
      const index = largeIndex();
      const table = mount('relation-table', { index, visibleRelations: new Set(index.relations.keys()) }, { width: 1200, height: 400 });
      await settle(table);
      table.selection = { kind: 'relation', id: index.dataset.relations[15000]!.id };
      await settle(table);
      const row = table.shadowRoot!.querySelector<HTMLElement>('tr[aria-selected="true"]')!;
      const rowIndex = Number(row.getAttribute('aria-rowindex'));
      row.focus();
      const watch = watchFocus(table);
      const home = table.scrollTop;
      // Far below, far above, then the view walking past the row in both directions, so that the
      // drawn window arrives at the row from each side and leaves it behind on each side.
      const stops = [table.scrollHeight, 0, table.scrollHeight, ...Array.from({ length: 12 }, (_, i) => home + 2400 - i * 400), ...Array.from({ length: 12 }, (_, i) => home - 2400 + i * 400), 0];
      for (const stop of stops) {
        table.scrollTop = stop;
        await settle(table);
        expect(table.shadowRoot!.activeElement).toBe(row);
      }
      expect(row.isConnected).toBe(true);
      await userEvent.keyboard('{ArrowUp}');
      await settle(table);
      const focused = table.shadowRoot!.activeElement!;
      expect(Number(focused.getAttribute('aria-rowindex'))).toBe(rowIndex - 1);
      expect(inView(table, focused)).toBe(true);
      expect(watch.lost()).toEqual([]);
    });

    it('brings a relation selected far down into view, and sorts', async () => {
      const index = largeIndex();
      const table = mount('relation-table', { index, visibleRelations: new Set(index.relations.keys()) });
      await settle(table);
      const farDown = index.dataset.relations[20000]!.id;
      table.selection = { kind: 'relation', id: farDown };
      await settle(table);
      const chosen = table.shadowRoot!.querySelector('tr[aria-selected="true"]');
      expect(chosen?.getAttribute('data-id')).toBe(farDown);
      expect(inView(table, chosen!)).toBe(true);

      const header = [...table.shadowRoot!.querySelectorAll('th')].find((th) => th.querySelector('button')?.textContent.includes('Quotes'))!;
      await userEvent.click(header.querySelector('button')!);
      await userEvent.click(header.querySelector('button')!);
      await settle(table);
      expect(header.getAttribute('aria-sort')).toBe('descending');
      const most = Math.max(...index.dataset.relations.map((r) => r.evidence.length));
      table.scrollTop = 0;
      await settle(table);
      const counts = drawnRows(table).map((row) => index.relations.get(row.dataset['id']!)!.evidence.length);
      expect(counts[0]).toBe(most);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    });
  });
});
