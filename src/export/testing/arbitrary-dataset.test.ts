import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../model/validate';
import { arbitraryDataset, loneSurrogate } from './arbitrary-dataset';

describe('arbitraryDataset', () => {
  it('generates only datasets the validator accepts', () => {
    fc.assert(
      fc.property(arbitraryDataset(), (dataset) => {
        const result = validateDataset(dataset);
        expect(result.ok ? [] : result.problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('covers the cases the round-trip tests rely on', () => {
    const datasets = fc.sample(arbitraryDataset(), { numRuns: 300, seed: 42 });
    const relations = datasets.flatMap((d) => d.relations);
    const evidence = relations.flatMap((r) => r.evidence);
    const strings = datasets.flatMap((d) => [...d.actors.map((a) => a.name), ...relations.map((r) => r.summary)]);
    const runningText = [...datasets.flatMap((d) => d.actors.map((a) => a.description)), ...evidence.map((e) => e.quote)];
    expect(relations.length).toBeGreaterThan(100);
    expect(evidence.some((e) => e.prefix === '')).toBe(true);
    expect(evidence.some((e) => e.prefix === undefined)).toBe(true);
    expect(relations.some((r) => r.period !== undefined && r.period.end === undefined)).toBe(true);
    expect(relations.some((r) => r.date === undefined && r.period === undefined)).toBe(true);
    expect(datasets.some((d) => d.actors.some((a) => a.affiliation !== undefined))).toBe(true);
    // Terminal controls are refused in datasets; XML's other forbidden characters are not.
    for (const needle of ['"', ',', '<', '&', ']]>', '|', '\uFFFE', loneSurrogate]) {
      expect(strings.some((s) => s.includes(needle)), JSON.stringify(needle)).toBe(true);
    }
    // Line breaks, CRLF included, where a dataset may hold lines of text.
    expect(runningText.some((s) => s.includes('\r\n'))).toBe(true);
  });

  it('can leave out unpaired surrogates, for byte-level tests', () => {
    const datasets = fc.sample(arbitraryDataset({ loneSurrogates: false }), { numRuns: 200, seed: 7 });
    expect(datasets.every((d) => !JSON.stringify(d).includes('\\ud800'))).toBe(true);
  });
});
