import { describe, expect, it } from 'vitest';
import { indexDataset } from '../model/dataset-index';
import type { Dataset, Relation, RelationType, Strength } from '../model/schema';
import { alignment, allAlignments } from './alignment';
import { alignmentByYear } from './alignment-over-time';
import { analyzeBlocs } from './blocs';
import { signedGraph, visibleSignedGraph, type SignedGraphOptions } from './signed-graph';
import { defaultViewState } from './view-state';
import { computeVisibility } from './visibility';

const evidence = [{ source: 's', quote: 'q', locator: { paragraph: 1 } }];
const unweighted: SignedGraphOptions = { weighted: false, includeTies: false };
const weighted: SignedGraphOptions = { weighted: true, includeTies: false };

function relation(id: string, source: string, target: string, type: RelationType, extra: Partial<Relation> = {}): Relation {
  return { id, source, target, type, directed: true, summary: id, certainty: 'stated', evidence, ...extra };
}

function dataset(relations: Relation[]): Dataset {
  const ids = [...new Set(relations.flatMap((r) => [r.source, r.target]))];
  return {
    schemaVersion: 1,
    id: 'test',
    title: 'Test',
    description: '',
    sources: [{ id: 's', title: 'S', authors: ['X'], published: '2009' }],
    actors: ids.map((id) => ({ id, name: id.toUpperCase(), kind: 'state' as const, aliases: [], description: '' })),
    relations,
  };
}

const strengthOf = (strength: Strength): Partial<Relation> => ({ strength });

describe('the signed graph of the view', () => {
  it('reads support and deals as positive, opposition as negative, and leaves ties out unless asked', () => {
    const relations = [
      relation('s', 'a', 'b', 'support'),
      relation('d', 'b', 'c', 'deal'),
      relation('o', 'c', 'a', 'opposition'),
      relation('m', 'a', 'org', 'membership'),
    ];
    const graph = signedGraph(relations, unweighted);
    expect(graph.actors).toEqual(['a', 'b', 'c']);
    expect(graph.ties.map((tie) => [tie.actors, tie.sign])).toEqual([
      [['a', 'b'], 1],
      [['a', 'c'], -1],
      [['b', 'c'], 1],
    ]);
    const withTies = signedGraph(relations, { weighted: false, includeTies: true });
    expect(withTies.ties.find((tie) => tie.actors[1] === 'org')?.sign).toBe(1);
  });

  it('combines the relations of a pair by the sign of their (weighted) sum; a pair that cancels out is ambivalent', () => {
    const relations = [
      relation('ab1', 'a', 'b', 'support'),
      relation('ab2', 'b', 'a', 'support'),
      relation('ab3', 'a', 'b', 'opposition'),
      relation('cd1', 'c', 'd', 'support'),
      relation('cd2', 'd', 'c', 'opposition'),
      relation('ef1', 'e', 'f', 'support', strengthOf('weak')),
      relation('ef2', 'e', 'f', 'support', strengthOf('weak')),
      relation('ef3', 'f', 'e', 'opposition'),
      relation('gh1', 'g', 'h', 'support'),
      relation('gh2', 'g', 'h', 'opposition', strengthOf('strong')),
    ];
    const plain = signedGraph(relations, unweighted);
    expect(plain.ties.find((tie) => tie.actors[0] === 'a')).toMatchObject({ sign: 1, weight: 1, net: 1, total: 3, agreeingRelationIds: ['ab1', 'ab2'] });
    expect(plain.ambivalent.map((pair) => pair.actors)).toEqual([['c', 'd'], ['g', 'h']]);
    expect(plain.ties.find((tie) => tie.actors[0] === 'e')?.sign).toBe(1);

    const strong = signedGraph(relations, weighted);
    // weak + weak = 0.5 + 0.5 against a clear 1: cancels out; clear 1 against strong 2: opposition of weight 1.
    expect(strong.ambivalent.map((pair) => pair.actors)).toEqual([['c', 'd'], ['e', 'f']]);
    expect(strong.ties.find((tie) => tie.actors[0] === 'g')).toMatchObject({ sign: -1, weight: 1, agreeingRelationIds: ['gh2'] });
  });

  it('follows the view: hidden types and the time filter change the graph', () => {
    const data = dataset([relation('early', 'a', 'b', 'support', { date: '2003' }), relation('late', 'a', 'b', 'opposition', { date: '2007' })]);
    const index = indexDataset(data);
    const asOf2005 = computeVisibility(index, { ...defaultViewState, time: { mode: 'as-of', date: '2005' } });
    expect(visibleSignedGraph(index, asOf2005, unweighted).ties.map((tie) => tie.sign)).toEqual([1]);
    const noSupport = computeVisibility(index, { ...defaultViewState, hiddenTypes: ['support'] });
    expect(visibleSignedGraph(index, noSupport, unweighted).ties.map((tie) => tie.sign)).toEqual([-1]);
  });

  it('works with any id the schema accepts', () => {
    const graph = signedGraph([relation('r', 'constructor', '__proto__', 'opposition')], unweighted);
    expect(graph.actors).toEqual(['__proto__', 'constructor']);
    expect(analyzeBlocs(graph).blocs).toEqual([['__proto__'], ['constructor']]);
  });
});

describe('blocs', () => {
  it('finds no frustration and the two camps of a balanced graph', () => {
    const graph = signedGraph(
      [
        relation('r1', 'russia', 'kazakhstan', 'support'),
        relation('r2', 'kazakhstan', 'belarus', 'deal'),
        relation('r3', 'usa', 'eu', 'support'),
        relation('r4', 'russia', 'usa', 'opposition'),
        relation('r5', 'eu', 'belarus', 'opposition'),
      ],
      unweighted,
    );
    const result = analyzeBlocs(graph);
    expect(result).toMatchObject({ frustrationIndex: 0, lowerBound: 0, exact: true, optimalSplits: 1, frustratedRelations: [] });
    expect(result.blocs).toEqual([
      ['belarus', 'kazakhstan', 'russia'],
      ['eu', 'usa'],
    ]);
  });

  it('names the frustrated ties and counts the optimal splits of an unbalanced triangle', () => {
    // Three mutual enemies: any split leaves two of them in one bloc.
    const graph = signedGraph(
      [relation('ab', 'a', 'b', 'opposition'), relation('bc', 'b', 'c', 'opposition'), relation('ca', 'c', 'a', 'opposition'), relation('ca2', 'a', 'c', 'support')],
      unweighted,
    );
    // a-c cancels out, so only a-b and b-c remain: balanced.
    expect(analyzeBlocs(graph).frustrationIndex).toBe(0);
    const triangle = signedGraph([relation('ab', 'a', 'b', 'opposition'), relation('bc', 'b', 'c', 'opposition'), relation('ca', 'c', 'a', 'opposition')], unweighted);
    const result = analyzeBlocs(triangle);
    expect(result).toMatchObject({ frustrationIndex: 1, exact: true, optimalSplits: 3, countComplete: true });
    expect(result.frustratedRelations).toHaveLength(1);
    const [frustrated] = result.frustratedTies;
    const together = result.blocs.find((bloc) => bloc.length === 2);
    expect(frustrated?.actors).toEqual(together);
  });

  it('weighs the frustration by strength when weighted', () => {
    const relations = [relation('ab', 'a', 'b', 'opposition', strengthOf('strong')), relation('bc', 'b', 'c', 'opposition'), relation('ca', 'c', 'a', 'opposition', strengthOf('weak'))];
    const result = analyzeBlocs(signedGraph(relations, weighted));
    // The cheapest tie to frustrate is the weak one: a and c together.
    expect(result).toMatchObject({ frustrationIndex: 0.5, exact: true, frustratedRelations: ['ca'] });
  });
});

describe('alignment', () => {
  const relations = [
    relation('ab', 'a', 'b', 'support'),
    relation('ac', 'a', 'c', 'support'),
    relation('bc', 'b', 'c', 'support'),
    relation('ad', 'a', 'd', 'opposition'),
    relation('bd', 'd', 'b', 'opposition'),
    relation('ce', 'c', 'e', 'support'),
    relation('de', 'd', 'e', 'opposition'),
  ];
  const graph = signedGraph(relations, unweighted);

  it('is +1 for allies who back and oppose the same parties, with every relation listed', () => {
    const result = alignment(graph, 'a', 'b');
    expect(result).toMatchObject({ score: 1, direct: 1, shared: 1, basis: 'direct and shared' });
    expect(result.terms.map((term) => (term.kind === 'direct' ? 'direct' : term.thirdParty))).toEqual(['direct', 'c', 'd']);
    expect([...result.relationIds].sort()).toEqual(['ab', 'ac', 'ad', 'bc', 'bd']);
  });

  it('is negative for actors who take opposite stances towards the same party', () => {
    // No stance between c and d, but opposite stances towards a, b and e.
    const result = alignment(graph, 'c', 'd');
    expect(result.direct).toBeNull();
    expect(result.basis).toBe('shared');
    expect(result.score).toBe(-1);
  });

  it('mixes direct stance and shared stances, and is 0 with no evidence', () => {
    const mixed = signedGraph([relation('xy', 'x', 'y', 'opposition'), relation('xz', 'x', 'z', 'support'), relation('yz', 'y', 'z', 'support'), relation('q', 'p', 'q', 'support')], unweighted);
    expect(alignment(mixed, 'x', 'y')).toMatchObject({ direct: -1, shared: 1, score: 0 });
    expect(alignment(mixed, 'x', 'p')).toMatchObject({ score: 0, basis: 'none', relationIds: [] });
    expect(allAlignments(mixed)).toHaveLength(10); // every pair of 5 actors
  });

  it('follows a pair year by year, as of each year', () => {
    const data = dataset([
      relation('warm', 'russia', 'kazakhstan', 'support', { date: '2003' }),
      relation('cool', 'russia', 'kazakhstan', 'opposition', { date: '2007-11' }),
      relation('cooler', 'kazakhstan', 'russia', 'opposition', { date: '2008' }),
    ]);
    const steps = alignmentByYear(indexDataset(data), defaultViewState, 'russia', 'kazakhstan', unweighted);
    expect(steps.map((step) => [step.year, Number(step.alignment.score.toFixed(3))])).toEqual([
      [2003, 1],
      [2004, 1],
      [2005, 1],
      [2006, 1],
      [2007, 0],
      [2008, -0.333],
    ]);
    expect(steps.at(-1)?.alignment.relationIds).toEqual(['warm', 'cool', 'cooler']);
  });
});
