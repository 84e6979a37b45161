/**
 * A dataset as the JSON file it was read from: the format of `graph-data/*.json`, so an export
 * (of the whole dataset or of what a filter leaves visible) opens again in Entente, passes
 * `entente validate`, and diffs cleanly against the original.
 */
import type { Dataset } from '../model/schema';

/** Whether a `$schema` names its schema by a relative path, which only holds beside the original file. */
function isRelative(schema: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(schema);
}

export interface DatasetJsonOptions {
  /**
   * For a file that leaves the repository (an export): leave out a relative `$schema` such as
   * "./schema.json", which would name a file that is not beside it. An absolute one is kept.
   */
  readonly portable?: boolean;
}

/** Pretty JSON (2-space indent, trailing newline) with `$schema` first, as editors expect. */
export function datasetToJson(dataset: Dataset, options: DatasetJsonOptions = {}): string {
  const { $schema, ...rest } = dataset;
  const keep = $schema !== undefined && !(options.portable === true && isRelative($schema));
  const ordered = keep ? { $schema, ...rest } : rest;
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
