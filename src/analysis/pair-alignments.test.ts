import { describe, expect, it } from 'vitest';
import bundled from '../../graph-data/zagorski-2009.json';
import { validateDataset } from '../model/validate';
import { allAlignments } from './alignment';
import { pairAlignments } from './pair-alignments';
import { pairKey, signedGraph } from './signed-graph';

function bundledRelations() {
  const result = validateDataset(bundled);
  if (!result.ok) throw new Error('the bundled dataset is invalid');
  return result.dataset.relations;
}

describe('pairAlignments', () => {
  it('gives each pair of the graph the same alignment as computing them all', () => {
    const graph = signedGraph(bundledRelations());
    const pairs = pairAlignments(graph);
    const all = allAlignments(graph);
    expect(all.length).toBeGreaterThan(300);
    for (const expected of all) expect(pairs.get(pairKey(expected.actors[0], expected.actors[1]))).toEqual(expected);
  });

  it('knows no pair with an actor outside the graph, or an actor with itself', () => {
    const graph = signedGraph(bundledRelations());
    const pairs = pairAlignments(graph);
    expect(pairs.get(pairKey('russia', 'nobody'))).toBeUndefined();
    expect(pairs.get(pairKey('russia', 'russia'))).toBeUndefined();
    expect(pairs.get('russia')).toBeUndefined();
    expect(pairs.get(pairKey('constructor', 'russia'))).toBeUndefined();
  });
});
