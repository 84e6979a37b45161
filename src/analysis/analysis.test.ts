import { describe, expect, it } from 'vitest';
import { indexDataset } from '../model/dataset-index';
import type { Dataset, Relation } from '../model/schema';
import { compareDates } from './compare-dates';
import { actorsWithin } from './neighbourhood';
import { highlightQuotes } from './quote-highlights';
import { searchActors } from './search-actors';
import { passesTimeFilter, relationDays, yearRange } from './relation-time';
import { shortestPaths } from './shortest-paths';
import { defaultViewState, type ViewState } from './view-state';
import { computeVisibility } from './visibility';

const evidence = [{ source: 's', quote: 'q', locator: { paragraph: 1 } }];
function relation(id: string, source: string, target: string, extra: Partial<Relation> = {}): Relation {
  return { id, source, target, type: 'support', directed: true, summary: id, certainty: 'stated', evidence, ...extra };
}

/** a - b - c - d, plus a person p tied to a, an undated deal b-d and an inferred opposition a-c. */
const dataset: Dataset = {
  schemaVersion: 1,
  id: 'chain',
  title: 'Chain',
  description: '',
  sources: [{ id: 's', title: 'S', authors: ['X'], published: '2009' }],
  actors: [
    ...['a', 'b', 'c', 'd', 'lonely'].map((id) => ({ id, name: id.toUpperCase(), kind: 'state' as const, aliases: [], description: '' })),
    { id: 'p', name: 'P', kind: 'person' as const, aliases: [], description: '' },
  ],
  relations: [
    relation('ab', 'a', 'b', { date: '2003-10' }),
    relation('bc', 'b', 'c', { period: { start: '2005' } }),
    relation('cd', 'c', 'd', { date: '2007-11', type: 'opposition' }),
    relation('pa', 'p', 'a', { type: 'role', period: { start: '1999', end: '2003' } }),
    relation('bd', 'b', 'd', { type: 'deal', directed: false }),
    relation('ac', 'a', 'c', { type: 'opposition', certainty: 'inferred', date: '2008' }),
  ],
};
const index = indexDataset(dataset);
const view = (patch: Partial<ViewState>): ViewState => ({ ...defaultViewState, ...patch });
const visibleRelations = (patch: Partial<ViewState>) => [...computeVisibility(index, view(patch)).visibleRelations].sort();

describe('time', () => {
  it('turns dates and periods into day ranges', () => {
    expect(relationDays({ date: '2007-11' })).toEqual({ first: '2007-11-01', last: '2007-11-30' });
    expect(relationDays({ period: { start: '2005' } })).toEqual({ first: '2005-01-01', last: undefined });
    expect(relationDays({})).toBeUndefined();
  });

  it('"as of" keeps what began by the end of the date; a window keeps what overlaps it', () => {
    const days = { first: '2004-03-01', last: '2004-03-31' };
    expect(passesTimeFilter(days, { mode: 'as-of', date: '2004' })).toBe(true);
    expect(passesTimeFilter(days, { mode: 'as-of', date: '2003' })).toBe(false);
    expect(passesTimeFilter(days, { mode: 'window', from: '2004-04', to: '2006' })).toBe(false);
    expect(passesTimeFilter({ first: '1999-01-01', last: undefined }, { mode: 'window', from: '2008', to: '2009' })).toBe(true);
  });

  it('spans the years the relations mention', () => {
    expect(yearRange(dataset.relations)).toEqual({ first: 1999, last: 2008 });
  });

  it('spans the years of a dataset too large to spread into one call', () => {
    const many = Array.from({ length: 150_000 }, (_, i) => relation(`r${i}`, 'a', 'b', { period: { start: String(1950 + (i % 50)), end: String(2000 + (i % 7)) } }));
    expect(yearRange(many)).toEqual({ first: 1950, last: 2006 });
  });
});

describe('computeVisibility', () => {
  it('shows everything by default, with counts per type and kind', () => {
    const visibility = computeVisibility(index, defaultViewState);
    expect(visibility.visibleRelations.size).toBe(6);
    expect(visibility.typeCounts.opposition).toEqual({ visible: 2, total: 2 });
    expect(visibility.kindCounts.person).toEqual({ visible: 1, total: 1 });
  });

  it('hides exactly the relations of a type turned off, and updates the counts', () => {
    const visibility = computeVisibility(index, view({ hiddenTypes: ['opposition'] }));
    expect([...visibility.visibleRelations].sort()).toEqual(['ab', 'bc', 'bd', 'pa']);
    expect(visibility.typeCounts.opposition).toEqual({ visible: 0, total: 2 });
  });

  it('hides an actor kind with its relations, and isolated actors on request', () => {
    expect(visibleRelations({ hiddenKinds: ['person'] })).not.toContain('pa');
    expect(computeVisibility(index, view({ hiddenKinds: ['person'] })).visibleActors.has('p')).toBe(false);
    expect(computeVisibility(index, view({})).visibleActors.has('lonely')).toBe(true);
    expect(computeVisibility(index, view({ hideIsolated: true })).visibleActors.has('lonely')).toBe(false);
  });

  it('keeps only stated relations on request', () => {
    expect(visibleRelations({ statedOnly: true })).not.toContain('ac');
  });

  it('as of 2003 shows nothing dated later, and undated relations only when asked', () => {
    expect(visibleRelations({ time: { mode: 'as-of', date: '2003' } })).toEqual(['ab', 'bd', 'pa']);
    expect(visibleRelations({ time: { mode: 'as-of', date: '2003' }, showUndated: false })).toEqual(['ab', 'pa']);
    expect(visibleRelations({ time: { mode: 'window', from: '2005', to: '2007' }, showUndated: false })).toEqual(['bc', 'cd']);
  });

  it('focus keeps the actor and its neighbours within n steps, dimming or hiding the rest', () => {
    const dim = computeVisibility(index, view({ focus: { actorId: 'p', depth: 1, outside: 'dim' } }));
    expect(dim.visibleActors.size).toBe(6);
    expect([...dim.outsideFocus].sort()).toEqual(['ab', 'ac', 'b', 'bc', 'bd', 'c', 'cd', 'd', 'lonely']);
    const hide = computeVisibility(index, view({ focus: { actorId: 'p', depth: 2, outside: 'hide' } }));
    expect([...hide.visibleActors].sort()).toEqual(['a', 'b', 'c', 'p']);
    expect([...hide.visibleRelations].sort()).toEqual(['ab', 'ac', 'bc', 'pa']);
  });
});

describe('actorsWithin', () => {
  it('walks relations in both directions', () => {
    expect([...actorsWithin('d', 1, dataset.relations)].sort()).toEqual(['b', 'c', 'd']);
  });
});

describe('shortestPaths', () => {
  const actors = dataset.actors.map((a) => a.id);
  it('finds every shortest chain, ignoring direction', () => {
    const result = shortestPaths(actors, dataset.relations, 'p', 'd');
    expect(result?.length).toBe(3);
    expect(result?.chains.map((c) => c.join(' ')).sort()).toEqual(['pa ab bd', 'pa ac cd']);
    expect([...(result?.relationIds ?? [])].sort()).toEqual(['ab', 'ac', 'bd', 'cd', 'pa']);
  });

  it('returns undefined when no chain connects the two', () => {
    expect(shortestPaths(actors, dataset.relations, 'a', 'lonely')).toBeUndefined();
    expect(shortestPaths(actors, dataset.relations.filter((r) => r.id !== 'pa'), 'p', 'a')).toBeUndefined();
  });
});

describe('compareDates', () => {
  it('lists what appears, what ends, and which pairs change sign between two dates', () => {
    const result = compareDates(dataset.relations, '2003', '2008');
    expect(result.appeared.map((r) => r.id).sort()).toEqual(['ac', 'bc', 'cd']);
    expect(result.disappeared.map((r) => r.id)).toEqual(['pa']);
    expect(result.signChanged).toEqual([]);
    const turned = compareDates([...dataset.relations, relation('ca', 'c', 'a', { date: '2004' })], '2005', '2009');
    expect(turned.signChanged.map((c) => [c.before.id, c.after.id])).toEqual([['ca', 'ac']]);
  });
});

describe('searchActors', () => {
  const actors = [
    { id: 'russia', name: 'Russia', kind: 'state' as const, aliases: ['Moscow', 'the Kremlin'], description: '' },
    { id: 'kazakhstan', name: 'Kazakhstan', kind: 'state' as const, aliases: ['Astana'], description: '' },
    { id: 'tokaev', name: 'Kasymzhomart Tokáev', kind: 'person' as const, aliases: [], description: '' },
  ];
  it('finds actors by alias, name, word start and without accents', () => {
    expect(searchActors(actors, 'Kremlin')).toEqual([{ actor: actors[0], alias: 'the Kremlin' }]);
    expect(searchActors(actors, 'astana').map((m) => m.actor.id)).toEqual(['kazakhstan']);
    expect(searchActors(actors, 'tokaev').map((m) => m.actor.id)).toEqual(['tokaev']);
    expect(searchActors(actors, 'k').map((m) => m.actor.id)).toEqual(['tokaev', 'kazakhstan', 'russia']);
    expect(searchActors(actors, '  ')).toEqual([]);
  });
});

describe('highlightQuotes', () => {
  it('cuts the text into plain and quoted runs, overlapping quotes included, and lists quotes not found', () => {
    const text = 'Moscow backed Astana. Then Astana surprised Moscow.';
    const quoted: Dataset = {
      ...dataset,
      relations: [
        relation('x', 'a', 'b', { evidence: [{ source: 's', quote: 'backed Astana', locator: { paragraph: 1 } }] }),
        relation('y', 'b', 'a', {
          evidence: [
            { source: 's', quote: 'Astana. Then Astana', locator: { paragraph: 1 } },
            { source: 's', quote: 'not in the text', locator: { paragraph: 2 } },
          ],
        }),
      ],
    };
    const result = highlightQuotes(quoted, 's', text);
    expect(result.runs.map((run) => [run.text, run.quotes.map((q) => q.relationId).join('+')])).toEqual([
      ['Moscow ', ''],
      ['backed ', 'x'],
      ['Astana', 'x+y'],
      ['. Then Astana', 'y'],
      [' surprised Moscow.', ''],
    ]);
    expect(result.runs.map((run) => run.text).join('')).toBe(text);
    expect(result.notFound).toEqual([{ relationId: 'y', evidenceIndex: 1, quote: 'not in the text' }]);
  });
});
