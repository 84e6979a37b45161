import { describe, expect, it } from 'vitest';
import { minimalDataset } from '../model/testing/minimal-dataset';
import { describeChange, summarizeShown } from './announcement';
import { AppStore } from './app-store';

function storeWithDataset() {
  const store = new AppStore();
  store.showDataset(minimalDataset(), 'test');
  return store;
}

/** Makes a change and returns what the live region would say about it. */
function announce(store: AppStore, change: () => void): string {
  const before = summarizeShown(store);
  change();
  return describeChange(before, summarizeShown(store));
}

describe('live announcements', () => {
  it('says how many relations a filter leaves, with the right number of the noun', () => {
    const store = storeWithDataset();
    expect(announce(store, () => store.setView({ hiddenTypes: ['role'] }))).toBe('2 to 1 relation shown');
    expect(announce(store, () => store.setView({ hiddenTypes: [] }))).toBe('1 to 2 relations shown');
    expect(announce(store, () => store.select({ kind: 'actor', id: 'russia' }))).toBe('');
  });

  it('says a path was found and how long it is, or that there is none, and when it is cleared', () => {
    const store = storeWithDataset();
    expect(announce(store, () => store.setView({ path: { from: 'lavrov', to: 'kazakhstan' } }))).toBe('Path found between Sergey Lavrov and Kazakhstan, 2 steps');
    expect(announce(store, () => store.setView({ hiddenTypes: ['role'] }))).toBe('No path between Sergey Lavrov and Kazakhstan. 2 to 1 relation shown');
    expect(announce(store, () => store.setView({ path: null }))).toBe('Path cleared');
  });

  it('names the focus and the comparison', () => {
    const store = storeWithDataset();
    expect(announce(store, () => store.setView({ focus: { actorId: 'kazakhstan', depth: 1, outside: 'hide' } }))).toBe('Focus on Kazakhstan, 1 step. 2 to 1 relation shown');
    expect(announce(store, () => store.setView({ compare: { from: '2004', to: '2008' } }))).toBe('Compared 2004 with 2008: 2 appeared, 0 ended, 0 changed sign');
  });

  it('says nothing for the first dataset, and names the next one', () => {
    const store = new AppStore();
    expect(announce(store, () => store.showDataset(minimalDataset(), 'test'))).toBe('');
    expect(announce(store, () => store.showDataset({ ...minimalDataset(), title: 'Another' }, 'another.json'))).toBe('Another dataset on show: 3 actors, 2 relations shown');
  });
});
