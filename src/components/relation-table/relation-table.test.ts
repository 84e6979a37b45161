import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { relationDays } from '../../analysis/relation-time';
import { bundledIndex, mount, nextEvent, unmountAll } from '../testing/fixture';
import './relation-table';

afterEach(unmountAll);

describe('<relation-table>', () => {
  it('lists only the visible relations, sorts by any column both ways, undated last', async () => {
    const index = bundledIndex();
    const visible = new Set(index.dataset.relations.filter((r) => r.type !== 'opposition').map((r) => r.id));
    const table = mount('relation-table', { index, visibleRelations: visible });
    await table.updateComplete;
    const root = table.shadowRoot!;
    const rowIds = () => [...root.querySelectorAll('tr.relation')].map((tr) => tr.getAttribute('data-id'));
    expect(new Set(rowIds())).toEqual(visible);
    expect(root.querySelector('caption')?.textContent).toContain(`Relations shown: ${visible.size} of ${index.dataset.relations.length}`);

    const starts = () => rowIds().map((id) => relationDays(index.relations.get(id!)!)?.first ?? 'undated');
    const dated = starts().filter((s) => s !== 'undated');
    expect(dated).toEqual([...dated].sort());
    expect(starts().slice(dated.length).every((s) => s === 'undated')).toBe(true);

    const header = (name: string) => [...root.querySelectorAll('th')].find((th) => th.textContent.includes(name))!;
    await userEvent.click(header('Source').querySelector('button')!);
    await table.updateComplete;
    const sources = () => rowIds().map((id) => index.actors.get(index.relations.get(id!)!.source)!.name);
    expect(sources()).toEqual([...sources()].sort((a, b) => a.localeCompare(b)));
    expect(header('Source').getAttribute('aria-sort')).toBe('ascending');
    await userEvent.click(header('Source').querySelector('button')!);
    await table.updateComplete;
    expect(sources()).toEqual([...sources()].sort((a, b) => b.localeCompare(a)));
    expect(header('Source').getAttribute('aria-sort')).toBe('descending');
  });

  it('selects the relation of a clicked row and highlights the row selected elsewhere', async () => {
    const index = bundledIndex();
    const table = mount('relation-table', { index, visibleRelations: new Set(index.relations.keys()) });
    await table.updateComplete;
    const row = table.shadowRoot!.querySelector<HTMLElement>('tr.relation:nth-child(3)')!;
    const selected = nextEvent(table, 'entente-select');
    await userEvent.click(row);
    expect((await selected).detail.selection).toEqual({ kind: 'relation', id: row.dataset['id'] });
    table.selection = { kind: 'relation', id: 'lavrov-defends-kazakhstan-2007' };
    await table.updateComplete;
    expect(table.shadowRoot!.querySelector('tr[aria-selected="true"]')?.getAttribute('data-id')).toBe('lavrov-defends-kazakhstan-2007');
  });

  it('counts every row it has in aria-rowcount, expanded quote rows included', async () => {
    const index = bundledIndex();
    const table = mount('relation-table', { index, visibleRelations: new Set(index.relations.keys()) });
    await table.updateComplete;
    const grid = table.shadowRoot!.querySelector('[role="grid"]')!;
    const rowsInTable = () => table.shadowRoot!.querySelectorAll('tr').length;
    expect(Number(grid.getAttribute('aria-rowcount'))).toBe(rowsInTable());
    await userEvent.click(table.shadowRoot!.querySelector<HTMLButtonElement>('tr.relation button[aria-expanded]')!);
    await table.updateComplete;
    expect(rowsInTable()).toBe(index.dataset.relations.length + 2);
    expect(Number(grid.getAttribute('aria-rowcount'))).toBe(rowsInTable());
  });
});
