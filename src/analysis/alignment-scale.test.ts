import { describe, expect, it } from 'vitest';
import { alignment } from './alignment';
import { alignmentGrade, signedScore } from './alignment-scale';
import { orientedAlignment } from './oriented-alignment';
import { signedGraph } from './signed-graph';
import type { Relation } from '../model/schema';

const evidence = [{ source: 's', quote: 'q', locator: { paragraph: 1 } }];
const relation = (id: string, source: string, target: string, type: Relation['type']): Relation => ({
  id,
  source,
  target,
  type,
  directed: true,
  summary: id,
  certainty: 'stated',
  evidence,
});

describe('the alignment scale', () => {
  it('gives each score a symbol and words, with no evidence apart from a mixed score', () => {
    const symbolOf = (score: number) => alignmentGrade({ score, basis: 'direct' }).symbol;
    expect([1, 0.5, 0.49, 0.1, 0.09, 0, -0.09, -0.1, -0.49, -0.5, -1].map(symbolOf)).toEqual(['++', '++', '+', '+', '0', '0', '0', '−', '−', '−−', '−−']);
    expect(alignmentGrade({ score: 0, basis: 'none' })).toMatchObject({ symbol: '', words: 'no evidence' });
  });

  it('writes scores signed, with a real minus sign and no signed zero', () => {
    expect([0.3125, -0.5, 0, -0.001, 1].map(signedScore)).toEqual(['+0.31', '−0.50', '0.00', '0.00', '+1.00']);
  });

  it('tells a pair from the side of the actor named first, the score unchanged', () => {
    // b backs c, a opposes c: from b's side its own stance comes first.
    const graph = signedGraph([relation('bc', 'b', 'c', 'support'), relation('ac', 'a', 'c', 'opposition')]);
    const pair = alignment(graph, 'a', 'b');
    const fromB = orientedAlignment(pair, 'b');
    expect(fromB.actors).toEqual(['b', 'a']);
    expect(fromB.score).toBe(pair.score);
    expect(fromB.terms).toEqual([{ kind: 'shared', thirdParty: 'c', value: -1, stances: [1, -1], relationIds: ['ac', 'bc'] }]);
    expect(orientedAlignment(pair, 'a')).toBe(pair);
  });
});
