/**
 * A dataset as the JSON file it was read from: the format of `graph-data/*.json`, so an export
 * (of the whole dataset or of what a filter leaves visible) opens again in Entente, passes
 * `entente validate`, and diffs cleanly against the original.
 */
import type { Dataset } from '../model/schema';

/** Pretty JSON (2-space indent, trailing newline) with `$schema` first, as editors expect. */
export function datasetToJson(dataset: Dataset): string {
  const { $schema, ...rest } = dataset;
  const ordered = $schema === undefined ? rest : { $schema, ...rest };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
