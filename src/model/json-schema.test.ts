import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchemaText } from './json-schema';

describe('graph-data/schema.json', () => {
  it('is what the Zod schema generates (run `npm run schema` after changing src/model/schema.ts)', () => {
    const committed = readFileSync(new URL('../../graph-data/schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(datasetJsonSchemaText());
  });

  it('requires the fields the data model names', () => {
    const schema = JSON.parse(datasetJsonSchemaText()) as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'title', 'sources', 'actors', 'relations']));
    const relation = JSON.stringify(schema.properties['relations']);
    for (const field of ['source', 'target', 'type', 'directed', 'summary', 'certainty', 'evidence']) expect(relation).toContain(`"${field}"`);
  });
});
