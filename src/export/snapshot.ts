/**
 * View snapshots: one JSON file that restores exactly the same picture. It holds the dataset
 * (or, for the bundled one, its id and content hash), the view state, every node position, and
 * the zoom and pan. Reading one never throws: problems come back located by JSON path.
 */
import { z } from 'zod';
import type { ViewState } from '../analysis/view-state';
import type { Viewport } from '../graph/viewport';
import { formatJsonPath, type Problem } from '../model/problem';
import { actorKinds, relationTypes, type Dataset } from '../model/schema';
import { isCalendarDate } from '../model/dates';

export const snapshotFormat = 'entente-snapshot';
export const snapshotVersion = 1;

const point = z.strictObject({ x: z.number(), y: z.number() });
const partialDate = z.string().refine(isCalendarDate, { error: 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD' });
const id = z.string().min(1);

const viewSchema = z.strictObject({
  hiddenTypes: z.array(z.enum(relationTypes)),
  hiddenKinds: z.array(z.enum(actorKinds)),
  hideIsolated: z.boolean(),
  statedOnly: z.boolean(),
  time: z
    .discriminatedUnion('mode', [
      z.strictObject({ mode: z.literal('as-of'), date: partialDate }),
      z.strictObject({ mode: z.literal('window'), from: partialDate, to: partialDate }),
    ])
    .nullable(),
  showUndated: z.boolean(),
  focus: z.strictObject({ actorId: id, depth: z.union([z.literal(1), z.literal(2), z.literal(3)]), outside: z.enum(['dim', 'hide']) }).nullable(),
  path: z.strictObject({ from: id, to: id }).nullable(),
  compare: z.strictObject({ from: partialDate, to: partialDate }).nullable(),
  selection: z.strictObject({ kind: z.enum(['actor', 'relation']), id }).nullable(),
});

const snapshotSchema = z.strictObject({
  format: z.literal(snapshotFormat),
  version: z.literal(snapshotVersion),
  savedAt: z.string(),
  dataset: z.strictObject({
    id: z.string(),
    title: z.string(),
    hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
    /** The dataset itself, unless it is the bundled one (which the app already has). */
    content: z.unknown().optional(),
  }),
  view: viewSchema,
  viewport: z.strictObject({ positions: z.record(z.string(), point), zoom: z.number().positive(), pan: point }),
});

export type Snapshot = z.infer<typeof snapshotSchema>;

export function createSnapshot(options: {
  dataset: Dataset;
  hash: string;
  embed: boolean;
  view: ViewState;
  viewport: Viewport;
  savedAt: Date;
}): Snapshot {
  const { dataset, hash, embed, view, viewport, savedAt } = options;
  return {
    format: snapshotFormat,
    version: snapshotVersion,
    savedAt: savedAt.toISOString(),
    dataset: { id: dataset.id, title: dataset.title, hash, ...(embed ? { content: dataset } : {}) },
    view: structuredClone(view) as Snapshot['view'],
    viewport: structuredClone(viewport),
  };
}

export function snapshotToJson(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}

export type SnapshotResult = { readonly ok: true; readonly snapshot: Snapshot } | { readonly ok: false; readonly problems: readonly Problem[] };

export function parseSnapshot(text: string): SnapshotResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '(root)', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const result = snapshotSchema.safeParse(input);
  if (result.success) return { ok: true, snapshot: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: formatJsonPath(issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))),
      message: issue.message,
    })),
  };
}
