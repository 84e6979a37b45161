/**
 * The work of opening a file, as the parsing worker does it (and the page, where no worker can
 * start): a dataset is read and validated; a snapshot is read, and the dataset it carries is
 * validated, hashed and written out as the text the app keeps for the next visit.
 */
import { datasetToJson } from '../export/dataset-json';
import { readSnapshotText, type SnapshotHead } from '../export/snapshot-reading';
import { parseDatasetText, type ParseStage } from '../model/parse-dataset';
import type { Problem } from '../model/problem';
import type { Dataset } from '../model/schema';
import type { ValidationResult } from '../model/validate';

/** What a file is parsed as. */
export type ParseKind = 'dataset' | 'snapshot';

export interface ParseRequest {
  readonly kind: ParseKind;
  readonly text: string;
}

/** A dataset a snapshot carries, checked, with the text to keep of it. */
export interface EmbeddedDataset {
  readonly dataset: Dataset;
  readonly text: string;
}

export type SnapshotParse =
  | { readonly ok: true; readonly snapshot: SnapshotHead; readonly embedded: EmbeddedDataset | undefined }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export type ParsedFile = { readonly kind: 'dataset'; readonly result: ValidationResult } | { readonly kind: 'snapshot'; readonly result: SnapshotParse };

export function parseFile(request: ParseRequest, onStage: (stage: ParseStage) => void = () => undefined): ParsedFile {
  if (request.kind === 'dataset') return { kind: 'dataset', result: parseDatasetText(request.text, onStage) };
  const reading = readSnapshotText(request.text, onStage);
  if (!reading.ok) return { kind: 'snapshot', result: reading };
  const { snapshot, embedded } = reading;
  return { kind: 'snapshot', result: { ok: true, snapshot, embedded: embedded && { dataset: embedded, text: datasetToJson(embedded) } } };
}
