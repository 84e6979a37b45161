import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultViewState, type ViewState } from '../analysis/view-state';
import { actorKinds, relationTypes } from '../model/schema';
import { decodeViewState, encodeViewState } from './url-hash';

const id = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const year = fc.integer({ min: 1900, max: 2100 }).map(String);
const viewState: fc.Arbitrary<ViewState> = fc.record({
  hiddenTypes: fc.uniqueArray(fc.constantFrom(...relationTypes)),
  hiddenKinds: fc.uniqueArray(fc.constantFrom(...actorKinds)),
  hideIsolated: fc.boolean(),
  statedOnly: fc.boolean(),
  time: fc.option(
    fc.oneof(
      year.map((date) => ({ mode: 'as-of' as const, date })),
      fc.tuple(year, year).map(([from, to]) => ({ mode: 'window' as const, from, to })),
    ),
  ),
  showUndated: fc.boolean(),
  focus: fc.option(fc.record({ actorId: id, depth: fc.constantFrom(1 as const, 2 as const, 3 as const), outside: fc.constantFrom('dim' as const, 'hide' as const) })),
  path: fc.option(fc.record({ from: id, to: id })),
  compare: fc.option(fc.record({ from: year, to: year })),
  selection: fc.option(fc.record({ kind: fc.constantFrom('actor' as const, 'relation' as const), id })),
});

describe('view state in the URL hash', () => {
  it('round-trips every view state exactly', () => {
    fc.assert(
      fc.property(viewState, (view) => {
        expect(decodeViewState(`#${encodeViewState(view)}`)).toEqual({ view, problems: [] });
      }),
    );
  });

  it('is empty for the default view', () => {
    expect(encodeViewState(defaultViewState)).toBe('');
  });

  it('reads a hand-written hash', () => {
    const { view } = decodeViewState('#types=-opposition&time=as-of:2003&sel=relation:lavrov-defends-kazakhstan-2007');
    expect(view).toEqual({ ...defaultViewState, hiddenTypes: ['opposition'], time: { mode: 'as-of', date: '2003' }, selection: { kind: 'relation', id: 'lavrov-defends-kazakhstan-2007' } });
  });

  it('skips what it cannot read, names it, and keeps the rest', () => {
    const { view, problems } = decodeViewState('#types=-opposition,-hugs&time=as-of:20x3&focus=russia:9:dim&bogus=1&isolated=hide');
    expect(view).toEqual({ ...defaultViewState, hiddenTypes: ['opposition'], hideIsolated: true });
    expect(problems).toEqual(['"-hugs" is not a relation type to hide', 'cannot read time=as-of:20x3', 'cannot read focus=russia:9:dim', 'unknown setting "bogus"']);
  });

  it('never throws on garbage', () => {
    fc.assert(fc.property(fc.string(), (hash) => void decodeViewState(hash)));
  });
});
