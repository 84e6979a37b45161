import { describe, expect, it } from 'vitest';
import { datasetHash } from './dataset-hash';
import { breakableDataset, minimalDataset } from './testing/minimal-dataset';

describe('datasetHash', () => {
  it('is SHA-256 of the content, whatever the key order or $schema', () => {
    const dataset = minimalDataset();
    const reordered = Object.fromEntries(Object.entries(dataset).reverse()) as typeof dataset;
    expect(datasetHash(dataset)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(datasetHash(reordered)).toBe(datasetHash(dataset));
    expect(datasetHash({ ...dataset, $schema: './schema.json' })).toBe(datasetHash(dataset));
  });

  it('changes when any content changes', () => {
    const changed = breakableDataset();
    changed.relations[0]!.evidence[0]!.quote += '.';
    expect(datasetHash(changed)).not.toBe(datasetHash(minimalDataset()));
  });
});
