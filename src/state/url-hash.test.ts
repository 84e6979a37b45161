import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryViewState } from '../analysis/testing/arbitrary-view-state';
import { defaultViewState } from '../analysis/view-state';
import { decodeViewState, encodeViewState } from './url-hash';

describe('view state in the URL hash', () => {
  it('round-trips every view state exactly', () => {
    fc.assert(
      fc.property(arbitraryViewState, (view) => {
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

  it('reads the blocs view and the alignment pair, and refuses a pair of one actor', () => {
    expect(decodeViewState('#blocs=on&align=russia..kazakhstan').view).toEqual({ ...defaultViewState, blocs: true, alignment: { a: 'russia', b: 'kazakhstan' } });
    expect(decodeViewState('#align=russia..russia')).toEqual({ view: defaultViewState, problems: ['align=russia..russia: an alignment needs two different actors'] });
    expect(decodeViewState('#blocs=yes').problems).toEqual(['cannot read blocs=yes']);
  });

  it('skips what it cannot read or what breaks a rule, names it, and keeps the rest', () => {
    const { view, problems } = decodeViewState('#types=-opposition,-hugs&time=as-of:20x3&focus=russia:9:dim&bogus=1&isolated=hide&path=russia..russia&undated=maybe');
    expect(view).toEqual({ ...defaultViewState, hiddenTypes: ['opposition'], hideIsolated: true });
    expect(problems).toEqual([
      'unknown setting "bogus"',
      'cannot read undated=maybe',
      'types=-opposition,-hugs: unknown relation type "hugs"; relation types are support, opposition, deal, membership, role, kinship',
      'time=as-of:20x3: "20x3" is not a date; give YYYY, YYYY-MM or YYYY-MM-DD (a day that exists)',
      'focus=russia:9:dim: the focus depth must be 1, 2 or 3',
      'path=russia..russia: a path needs two different actors',
    ]);
  });

  it('refuses a reversed window, a reversed comparison, year 0000 and a name hidden twice', () => {
    const { view, problems } = decodeViewState('#time=window:2009..2001&compare=2008..2003&types=-deal,-role,-deal&sel=actor:russia');
    expect(view).toEqual({ ...defaultViewState, hiddenTypes: ['deal', 'role'], selection: { kind: 'actor', id: 'russia' } });
    expect(problems).toEqual([
      'types=-deal,-role,-deal: names the relation type "deal" twice',
      'time=window:2009..2001: the window starts (2009) after it ends (2001)',
      "compare=2008..2003: the comparison's first date (2008) is after its second (2003)",
    ]);
    expect(decodeViewState('#time=as-of:0000').problems).toEqual(['time=as-of:0000: "0000" is not a date: there is no year 0000']);
  });

  it('quotes at most a short piece of whatever the hash holds', () => {
    const long = 'X'.repeat(100_000);
    const { problems } = decodeViewState(`#sel=actor:${long}&${long}=1&types=-${long}`);
    expect(problems).toHaveLength(3);
    for (const problem of problems) expect(problem.length).toBeLessThan(250);
  });

  it('never throws on garbage', () => {
    fc.assert(fc.property(fc.string(), (hash) => void decodeViewState(hash)));
  });
});
