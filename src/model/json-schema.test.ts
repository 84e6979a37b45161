import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchemaText } from './json-schema';

function schemaValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(datasetJsonSchemaText()) as object);
}

const bundled = (): Record<string, unknown> & { relations: Record<string, unknown>[] } =>
  JSON.parse(readFileSync(new URL('../../graph-data/zagorski-2009.json', import.meta.url), 'utf8')) as Record<string, unknown> & {
    relations: Record<string, unknown>[];
  };

describe('graph-data/schema.json', () => {
  it('is what the Zod schema generates (run `npm run schema` after changing src/model/schema.ts)', () => {
    const committed = readFileSync(new URL('../../graph-data/schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(datasetJsonSchemaText());
  });

  it('accepts the bundled dataset, and refuses it without any field the data model requires', () => {
    const validate = schemaValidator();
    expect(validate(bundled()), JSON.stringify(validate.errors)).toBe(true);
    for (const field of ['schemaVersion', 'id', 'title', 'sources', 'actors', 'relations']) {
      const broken = Object.fromEntries(Object.entries(bundled()).filter(([key]) => key !== field));
      expect(validate(broken), `dataset without ${field}`).toBe(false);
    }
    for (const field of ['id', 'source', 'target', 'type', 'directed', 'summary', 'certainty', 'evidence']) {
      const broken = bundled();
      broken.relations[0] = Object.fromEntries(Object.entries(broken.relations[0]!).filter(([key]) => key !== field));
      expect(validate(broken), `relation without ${field}`).toBe(false);
    }
  });
});
