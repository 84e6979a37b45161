import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalDataset } from '../model/testing/minimal-dataset';
import { validateDataset } from '../model/validate';
import { datasetToJson } from './dataset-json';
import { arbitraryDataset } from './testing/arbitrary-dataset';
import { bundledDataset, bundledDatasetText } from './testing/bundled-dataset';

describe('datasetToJson', () => {
  it('round-trips any valid dataset exactly through the validator', () => {
    fc.assert(
      fc.property(arbitraryDataset(), (dataset) => {
        const result = validateDataset(JSON.parse(datasetToJson(dataset)));
        expect(result.ok ? result.dataset : result.problems).toStrictEqual(dataset);
      }),
      { numRuns: 200 },
    );
  });

  it('writes the bundled dataset byte for byte as it is stored', () => {
    expect(datasetToJson(bundledDataset())).toBe(bundledDatasetText());
  });

  it('puts $schema first, indents by two spaces and ends with a newline', () => {
    const { $schema: _, ...withoutSchema } = minimalDataset();
    const text = datasetToJson({ ...withoutSchema, $schema: './schema.json' });
    expect(text.startsWith('{\n  "$schema": "./schema.json",\n  "schemaVersion": 1,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('writes no $schema when the dataset has none', () => {
    expect(Object.keys(JSON.parse(datasetToJson(minimalDataset())) as object)).not.toContain('$schema');
  });

  it('leaves out a relative $schema in a portable export, and keeps an absolute one', () => {
    const { $schema: _, ...withoutSchema } = minimalDataset();
    const keys = (schema: string) => Object.keys(JSON.parse(datasetToJson({ ...withoutSchema, $schema: schema }, { portable: true })) as object);
    expect(keys('./schema.json')).not.toContain('$schema');
    expect(keys('https://example.org/entente/schema.json')).toContain('$schema');
  });
});
