/**
 * Reading a snapshot file as far as it can be checked on its own: its format, and the dataset it
 * carries (valid, unchanged since it was saved, and holding every id the view and positions name).
 * A snapshot without a dataset names one by id and hash; which dataset that is, is up to the app.
 * Pure, so that a Web Worker can do it all while the page keeps answering.
 */
import { unknownViewIds } from '../analysis/view-ids';
import type { ViewState } from '../analysis/view-state';
import { datasetHash } from '../model/dataset-hash';
import type { ParseStage } from '../model/parse-dataset';
import { formatJsonPath, type Problem } from '../model/problem';
import { quoteInput } from '../model/quote-input';
import type { Dataset } from '../model/schema';
import { validateDataset } from '../model/validate';
import { parseSnapshot, type Snapshot, type Viewport } from './snapshot';

/** A snapshot without the dataset it may carry: what it restores, and which dataset it was saved from. */
export type SnapshotHead = Omit<Snapshot, 'dataset'> & { readonly dataset: Omit<Snapshot['dataset'], 'content'> };

export type SnapshotReading =
  /** `embedded` is the dataset the snapshot carries, checked; undefined when it names one instead. */
  | { readonly ok: true; readonly snapshot: SnapshotHead; readonly embedded: Dataset | undefined }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** A snapshot names exactly its own dataset's ids; any other id means the file was changed after it was saved. */
export function unknownSnapshotIds(dataset: Dataset, view: ViewState, viewport: Viewport): Problem[] {
  const known = { actors: new Set(dataset.actors.map((actor) => actor.id)), relations: new Set(dataset.relations.map((relation) => relation.id)) };
  const problems: Problem[] = unknownViewIds(view, known).map((issue) => ({ path: formatJsonPath(['view', ...issue.path]), message: issue.message }));
  for (const id of Object.keys(viewport.positions)) {
    if (!known.actors.has(id)) problems.push({ path: formatJsonPath(['viewport', 'positions', id]), message: `${quoteInput(id)} is not an actor in this dataset` });
  }
  return problems;
}

/** Reads a snapshot and checks the dataset it carries, saying when it reaches each step. */
export function readSnapshotText(text: string, onStage: (stage: ParseStage) => void = () => undefined): SnapshotReading {
  const parsed = parseSnapshot(text, onStage);
  if (!parsed.ok) return parsed;
  const { dataset: saved, ...rest } = parsed.snapshot;
  const { content, ...named } = saved;
  const snapshot: SnapshotHead = { ...rest, dataset: named };
  if (content === undefined) return { ok: true, snapshot, embedded: undefined };
  const result = validateDataset(content);
  if (!result.ok) return { ok: false, problems: result.problems.map((p) => ({ ...p, path: `dataset.content.${p.path}`.replace('.(root)', '') })) };
  if (datasetHash(result.dataset) !== saved.hash) {
    return { ok: false, problems: [{ path: 'dataset', message: 'the embedded dataset does not match its recorded hash; the file was changed after it was saved' }] };
  }
  const unknown = unknownSnapshotIds(result.dataset, snapshot.view, snapshot.viewport);
  return unknown.length > 0 ? { ok: false, problems: unknown } : { ok: true, snapshot, embedded: result.dataset };
}
