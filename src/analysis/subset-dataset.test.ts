import { describe, expect, it } from 'vitest';
import { minimalDataset } from '../model/testing/minimal-dataset';
import { validateDataset } from '../model/validate';
import { subsetDataset } from './subset-dataset';

describe('subsetDataset', () => {
  it('keeps the visible actors and whole relations, and stays a valid dataset', () => {
    const dataset = minimalDataset();
    const subset = subsetDataset(dataset, { visibleActors: new Set(['russia', 'kazakhstan']), visibleRelations: new Set(['r-support']) });
    expect(subset.actors.map((a) => a.id)).toEqual(['kazakhstan', 'russia']);
    expect(subset.relations).toEqual([dataset.relations[0]]);
    expect(validateDataset(subset).ok).toBe(true);
  });

  it('drops an affiliation link to an actor that is no longer there? no: keeps the actor record intact', () => {
    const subset = subsetDataset(minimalDataset(), { visibleActors: new Set(['lavrov', 'russia']), visibleRelations: new Set(['r-role']) });
    expect(subset.actors.find((a) => a.id === 'lavrov')?.affiliation).toBe('russia');
    expect(validateDataset(subset).ok).toBe(true);
  });
});
