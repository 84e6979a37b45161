// Writes graph-data/schema.json from the Zod source of truth (src/model/schema.ts).
import { writeFileSync } from 'node:fs';
import { datasetJsonSchemaText } from '../src/model/json-schema.ts';

writeFileSync(new URL('../graph-data/schema.json', import.meta.url), datasetJsonSchemaText());
console.log('wrote graph-data/schema.json');
