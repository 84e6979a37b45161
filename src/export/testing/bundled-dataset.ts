/** The bundled Zagorski (2009) dataset, read and validated as the app reads it (Node tests only). */
import { readFileSync } from 'node:fs';
import { parseDatasetText } from '../../model/parse-dataset';
import type { Dataset } from '../../model/schema';

export const bundledDatasetUrl = new URL('../../../graph-data/zagorski-2009.json', import.meta.url);

export function bundledDatasetText(): string {
  return readFileSync(bundledDatasetUrl, 'utf8');
}

export function bundledDataset(): Dataset {
  const result = parseDatasetText(bundledDatasetText());
  if (!result.ok) throw new Error(`the bundled dataset does not validate: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}
