import { z } from './zod';
import { datasetSchema } from './schema';

/** The JSON Schema published as graph-data/schema.json, derived from the Zod source of truth. */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    ...schema,
    $id: 'https://entente.invalid/graph-data/schema.json',
  };
}

export function datasetJsonSchemaText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}
