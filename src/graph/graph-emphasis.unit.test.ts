import { describe, expect, it } from 'vitest';
import { defaultViewState, type ViewState } from '../analysis/view-state';
import type { Dataset, Relation } from '../model/schema';
import { AppStore } from '../state/app-store';

const evidence = [{ source: 's', quote: 'q', locator: { paragraph: 1 } }];
function relation(id: string, source: string, target: string, extra: Partial<Relation> = {}): Relation {
  return { id, source, target, type: 'support', directed: true, summary: id, certainty: 'stated', evidence, ...extra };
}

/** a - b - c in a chain, d alone; a and c fall out in 2006 and make up in 2008. */
const dataset: Dataset = {
  schemaVersion: 1,
  id: 'chain',
  title: 'Chain',
  description: '',
  sources: [{ id: 's', title: 'S', authors: ['X'], published: '2009' }],
  actors: ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase(), kind: 'state' as const, aliases: [], description: '' })),
  relations: [
    relation('ab', 'a', 'b', { date: '2003' }),
    relation('bc', 'b', 'c', { date: '2005' }),
    relation('ac-against', 'a', 'c', { type: 'opposition', date: '2006' }),
    relation('ac-deal', 'a', 'c', { type: 'deal', date: '2008' }),
  ],
};

/** The graph's emphasis for a view of the dataset, as the store derives it. */
function emphasisOf(patch: Partial<ViewState>) {
  const store = new AppStore();
  store.showDataset(dataset, 'test');
  store.setView(patch);
  const emphasis = store.emphasis;
  if (!emphasis) throw new Error('no dataset on show');
  return emphasis;
}

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('graph emphasis', () => {
  it('shows everything and marks nothing in the default view', () => {
    const emphasis = emphasisOf(defaultViewState);
    expect(sorted(emphasis.visible)).toEqual(['a', 'ab', 'ac-against', 'ac-deal', 'b', 'bc', 'c', 'd']);
    expect(emphasis.outsideFocus.size + emphasis.onPath.size + emphasis.compareMarks.size).toBe(0);
  });

  it('hides what the filters and time leave out', () => {
    const emphasis = emphasisOf({ hiddenTypes: ['opposition'], time: { mode: 'as-of', date: '2005' } });
    expect(sorted(emphasis.visible)).toEqual(['a', 'ab', 'b', 'bc', 'c', 'd']);
  });

  it('steps back what lies outside a dimmed focus, and hides it under a hiding one', () => {
    const dimmed = emphasisOf({ focus: { actorId: 'b', depth: 1, outside: 'dim' } });
    expect(sorted(dimmed.outsideFocus)).toEqual(['d']);
    const narrow = emphasisOf({ hiddenTypes: ['opposition', 'deal'], focus: { actorId: 'a', depth: 1, outside: 'dim' } });
    expect(sorted(narrow.outsideFocus)).toEqual(['bc', 'c', 'd']);
    const hidden = emphasisOf({ hiddenTypes: ['opposition', 'deal'], focus: { actorId: 'a', depth: 1, outside: 'hide' } });
    expect(sorted(hidden.visible)).toEqual(['a', 'ab', 'b']);
    expect(hidden.outsideFocus.size).toBe(0);
  });

  it('marks the actors and relations of every shortest path over what is visible', () => {
    expect(sorted(emphasisOf({ path: { from: 'a', to: 'c' } }).onPath)).toEqual(['a', 'ac-against', 'ac-deal', 'c']);
    expect(sorted(emphasisOf({ hiddenTypes: ['opposition', 'deal'], path: { from: 'a', to: 'c' } }).onPath)).toEqual(['a', 'ab', 'b', 'bc', 'c']);
  });

  it('marks what appeared, disappeared or changed sign between two compared dates', () => {
    const early = emphasisOf({ compare: { from: '2004', to: '2006' } }).compareMarks;
    expect([...early].sort()).toEqual([
      ['ac-against', 'appeared'],
      ['bc', 'appeared'],
    ]);
    expect(emphasisOf({ compare: { from: '2006', to: '2008' } }).compareMarks.get('ac-deal')).toBe('sign-changed');
  });

  it('steps back everything but the path, or but the changed relations and their actors, while one is shown', () => {
    expect(emphasisOf(defaultViewState).outsideHighlight.size).toBe(0);
    const path = emphasisOf({ hiddenTypes: ['opposition', 'deal'], path: { from: 'a', to: 'b' } });
    expect(sorted(path.outsideHighlight)).toEqual(['bc', 'c', 'd']);
    const comparison = emphasisOf({ compare: { from: '2004', to: '2006' } });
    expect(sorted(comparison.outsideHighlight)).toEqual(['ab', 'ac-deal', 'd']);
    // A path between actors that are not connected marks nothing, so nothing steps back.
    expect(emphasisOf({ path: { from: 'a', to: 'd' } }).outsideHighlight.size).toBe(0);
  });

  it('is derived once per change of what it depends on, not on selection', () => {
    const store = new AppStore();
    store.showDataset(dataset, 'test');
    const before = store.emphasis;
    store.select({ kind: 'actor', id: 'a' });
    expect(store.emphasis).toBe(before);
    store.setView({ hiddenKinds: ['state'] });
    expect(store.emphasis).not.toBe(before);
    expect(store.emphasis?.visible.size).toBe(0);
  });

  it('in the blocs view, puts every actor in a stance relation in a bloc and marks the frustrated ties, once the analysis has loaded', async () => {
    const store = new AppStore();
    store.showDataset(dataset, 'test');
    store.setView({ blocs: true, hiddenTypes: ['deal'] });
    expect(store.emphasis?.blocOf.size).toBe(0);
    await store.alignmentReady;
    const emphasis = store.emphasis;
    if (!emphasis) throw new Error('no dataset on show');
    expect(sorted(emphasis.blocOf.keys())).toEqual(['a', 'b', 'c']);
    // a-b and b-c support, a-c opposition: no split satisfies all three, the best frustrates one.
    expect(emphasis.frustrated.size).toBe(1);
    const [frustrated] = [...emphasis.frustrated];
    const tie = dataset.relations.find((r) => r.id === frustrated);
    if (!tie) throw new Error(`unknown relation ${String(frustrated)}`);
    const apart = emphasis.blocOf.get(tie.source) !== emphasis.blocOf.get(tie.target);
    expect(apart).toBe(tie.type !== 'opposition');
    store.setView({ blocs: false });
    expect(store.emphasis).toEqual(expect.objectContaining({ blocOf: new Map(), frustrated: new Set() }));
  });
});
