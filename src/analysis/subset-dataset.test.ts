import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../model/dataset-index';
import { minimalDataset } from '../model/testing/minimal-dataset';
import { validateDataset } from '../model/validate';
import { subsetDataset } from './subset-dataset';
import { defaultViewState } from './view-state';
import { computeVisibility } from './visibility';

describe('subsetDataset', () => {
  it('keeps the visible actors and whole relations, and stays a valid dataset', () => {
    const dataset = minimalDataset();
    const subset = subsetDataset(dataset, { visibleActors: new Set(['russia', 'kazakhstan']), visibleRelations: new Set(['r-support']) });
    expect(subset.actors.map((a) => a.id)).toEqual(['kazakhstan', 'russia']);
    expect(subset.relations).toEqual([dataset.relations[0]]);
    expect(validateDataset(subset).ok).toBe(true);
  });

  it('drops an affiliation to an actor that is not kept, so the subset stays valid', () => {
    const kept = subsetDataset(minimalDataset(), { visibleActors: new Set(['lavrov', 'russia']), visibleRelations: new Set(['r-role']) });
    expect(kept.actors.find((a) => a.id === 'lavrov')?.affiliation).toBe('russia');
    const dropped = subsetDataset(minimalDataset(), { visibleActors: new Set(['lavrov', 'kazakhstan']), visibleRelations: new Set() });
    expect(dropped.actors.find((a) => a.id === 'lavrov')).not.toHaveProperty('affiliation');
    expect(validateDataset(dropped).ok).toBe(true);
  });

  it('keeps the bundled dataset valid with states hidden', () => {
    const result = validateDataset(JSON.parse(readFileSync(new URL('../../graph-data/zagorski-2009.json', import.meta.url), 'utf8')));
    if (!result.ok) throw new Error('bundled dataset invalid');
    const index = indexDataset(result.dataset);
    const subset = subsetDataset(result.dataset, computeVisibility(index, { ...defaultViewState, hiddenKinds: ['state'] }));
    expect(subset.actors.some((a) => a.kind === 'state')).toBe(false);
    expect(validateDataset(subset)).toMatchObject({ ok: true });
  });
});
