import { describe, expect, it } from 'vitest';
import bundled from '../graph-data/zagorski-2009.json';
import { validateDataset } from '../src/model/validate';
import { generateDataset, profileOf } from './generate-dataset';
import type { Dataset } from '../src/model/schema';

const real = validateDataset(bundled);
if (!real.ok) throw new Error('the bundled dataset must be valid');
const profile = profileOf(real.dataset);

function degrees(dataset: Dataset): number[] {
  const degree = new Map<string, number>();
  for (const r of dataset.relations) {
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  return dataset.actors.map((a) => degree.get(a.id) ?? 0).sort((a, b) => b - a);
}

describe('generateDataset', () => {
  for (const size of [{ actors: 100, relations: 270 }, { actors: 300, relations: 800 }]) {
    it(`gives a dataset the project's validator accepts, at ${size.actors}/${size.relations}`, () => {
      const dataset = generateDataset({ size, profile });
      const result = validateDataset(JSON.parse(JSON.stringify(dataset)));
      expect(result.ok ? [] : result.problems).toEqual([]);
      expect(dataset.actors).toHaveLength(size.actors);
      expect(dataset.relations).toHaveLength(size.relations);
    });
  }

  it('is the same for the same seed and differs for another', () => {
    const size = { actors: 100, relations: 270 };
    expect(generateDataset({ size, profile, seed: 7 })).toEqual(generateDataset({ size, profile, seed: 7 }));
    expect(generateDataset({ size, profile, seed: 8 })).not.toEqual(generateDataset({ size, profile, seed: 7 }));
  });

  it('keeps the bundled mix of kinds and types, with dates, evidence and a few hubs', () => {
    const dataset = generateDataset({ size: { actors: 300, relations: 800 }, profile });
    expect(new Set(dataset.actors.map((a) => a.kind))).toEqual(new Set(real.dataset.actors.map((a) => a.kind)));
    expect(new Set(dataset.relations.map((r) => r.type))).toEqual(new Set(real.dataset.relations.map((r) => r.type)));
    expect(dataset.relations.some((r) => r.date !== undefined)).toBe(true);
    expect(dataset.relations.some((r) => r.period !== undefined)).toBe(true);
    expect(dataset.relations.some((r) => r.date === undefined && r.period === undefined)).toBe(true);
    expect(dataset.relations.some((r) => r.evidence.length > 1)).toBe(true);
    expect(new Set(dataset.relations.map((r) => r.certainty))).toEqual(new Set(['stated', 'inferred']));
    const sorted = degrees(dataset);
    const mean = (2 * dataset.relations.length) / dataset.actors.length;
    // Hubs: the best-connected actors have many times the mean degree, unlike uniform noise.
    expect(sorted[0]!).toBeGreaterThan(5 * mean);
    // The slider's last year has relations, so a one-year step changes what is visible.
    const lastYear = Math.max(...dataset.relations.map((r) => Number((r.date ?? r.period?.start ?? '0').slice(0, 4))));
    expect(dataset.relations.filter((r) => (r.date ?? r.period?.start ?? '').startsWith(String(lastYear))).length).toBeGreaterThan(5);
  });
});
