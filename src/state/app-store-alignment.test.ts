import { describe, expect, it } from 'vitest';
import type { Dataset, Relation } from '../model/schema';
import { AppStore } from './app-store';

const evidence = [{ source: 's', quote: 'q', locator: { paragraph: 1 } }];
function relation(id: string, source: string, target: string, type: Relation['type'], date: string): Relation {
  return { id, source, target, type, directed: true, summary: id, certainty: 'stated', evidence, date };
}

/** Russia and Kazakhstan back each other, then Kazakhstan backs the OSCE that Russia opposes. */
const dataset: Dataset = {
  schemaVersion: 1,
  id: 'drift',
  title: 'Drift',
  description: '',
  sources: [{ id: 's', title: 'S', authors: ['X'], published: '2009' }],
  actors: ['russia', 'kazakhstan', 'osce'].map((id) => ({ id, name: id, kind: 'state' as const, aliases: [], description: '' })),
  relations: [
    relation('r-k', 'russia', 'kazakhstan', 'support', '2003'),
    relation('r-o', 'russia', 'osce', 'opposition', '2005'),
    relation('k-o', 'kazakhstan', 'osce', 'support', '2007'),
  ],
};

async function storeWith(patch: Parameters<AppStore['setView']>[0]): Promise<AppStore> {
  const store = new AppStore();
  store.showDataset(dataset, 'test');
  store.setView(patch);
  await store.alignmentReady;
  return store;
}

describe('the store\'s alignment analysis', () => {
  it('is not computed, nor its code loaded, until the view asks for it', async () => {
    const store = await storeWith({});
    expect(store.alignment).toBeUndefined();
    expect(store.alignmentOverTime).toBeUndefined();
  });

  it('follows the filters and time, and is kept across a change of selection', async () => {
    const store = await storeWith({ blocs: true });
    const all = store.alignment;
    expect(all?.blocs.frustrationIndex).toBe(1);
    store.select({ kind: 'actor', id: 'osce' });
    expect(store.alignment).toBe(all);
    store.setView({ time: { mode: 'as-of', date: '2006' } });
    expect(store.alignment?.blocs.frustrationIndex).toBe(0);
    expect(store.alignment?.blocs.tieCount).toBe(2);
  });

  it('charts the chosen pair by year under every filter but time', async () => {
    const store = await storeWith({ alignment: { a: 'russia', b: 'kazakhstan' } });
    const steps = store.alignmentOverTime;
    expect(steps?.map((step) => [step.year, step.alignment.score])).toEqual([
      [2003, 1],
      [2004, 1],
      [2005, 1],
      [2006, 1],
      [2007, 0],
    ]);
    store.setView({ time: { mode: 'as-of', date: '2004' } });
    expect(store.alignmentOverTime).toBe(steps);
    store.setView({ hiddenTypes: ['opposition'] });
    expect(store.alignmentOverTime?.at(-1)?.alignment.score).toBe(1);
  });
});
