/**
 * View snapshots: one JSON file that restores exactly the same picture. It holds the dataset
 * (or, for the bundled one, its id and content hash), the view state, every node position, and
 * the zoom and pan. Reading one never throws: problems come back located by JSON path.
 */
import { z } from '../model/zod';
import { viewportLimits } from './viewport-limits';
import { viewStateSchema, type ViewState } from '../analysis/view-state';
import { readJsonDocument } from '../model/json-document';
import type { ParseStage } from '../model/parse-dataset';
import { formatJsonPath, type Problem } from '../model/problem';
import type { Dataset } from '../model/schema';

export const snapshotFormat = 'entente-snapshot';
export const snapshotVersion = 1;

export { viewportLimits } from './viewport-limits';

const coordinate = z
  .number()
  .refine((value) => Math.abs(value) <= viewportLimits.maxCoordinate, { error: `must be between -${viewportLimits.maxCoordinate} and ${viewportLimits.maxCoordinate}` });
const point = z.strictObject({ x: coordinate, y: coordinate }).readonly();

/** True when a node drawn at this place (in screen pixels) lands on, or within one screen of, the largest screen a browser draws. */
function nearScreen(rendered: number): boolean {
  return rendered >= -viewportLimits.largestScreen && rendered <= 2 * viewportLimits.largestScreen;
}

function isShownZoom(zoom: number): boolean {
  return zoom >= viewportLimits.minZoom && zoom <= viewportLimits.maxZoom;
}

const viewportSchema = z
  .strictObject({
    positions: z.record(z.string(), point).readonly(),
    zoom: z.number().refine(isShownZoom, {
      error: `must be between ${viewportLimits.minZoom} and ${viewportLimits.maxZoom}, the zoom the graph can show`,
    }),
    pan: z.strictObject({ x: z.number(), y: z.number() }).readonly(),
  })
  .superRefine(({ positions, zoom, pan }, context) => {
    const places = Object.values(positions);
    // Only a zoom the graph can show says where things land; a bad one is refused on its own.
    if (places.length === 0 || !isShownZoom(zoom)) return;
    const onScreen = places.some(({ x, y }) => nearScreen(x * zoom + pan.x) && nearScreen(y * zoom + pan.y));
    if (!onScreen) context.addIssue({ code: 'custom', path: ['pan'], message: 'puts every actor off the screen' });
  })
  .readonly();

/** Every node's position and the zoom and pan: what a snapshot restores besides the view. */
export type Viewport = z.infer<typeof viewportSchema>;

const snapshotSchema = z.strictObject({
  format: z.literal(snapshotFormat),
  // A later app's snapshot may mean things this one cannot restore: say so rather than "expected 1".
  version: z.literal(snapshotVersion, {
    error: (issue) =>
      issue.input === undefined
        ? `is required (this app reads snapshots of version ${snapshotVersion})`
        : `${JSON.stringify(issue.input)} is not a snapshot version this app reads (only ${snapshotVersion})`,
  }),
  savedAt: z.string(),
  dataset: z.strictObject({
    id: z.string(),
    title: z.string(),
    hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
    /** The dataset itself, unless it is the bundled one (which the app already has). */
    content: z.unknown().optional(),
  }),
  view: viewStateSchema,
  viewport: viewportSchema,
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
    view: structuredClone(view),
    viewport: structuredClone(viewport),
  };
}

export function snapshotToJson(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}

export type SnapshotResult = { readonly ok: true; readonly snapshot: Snapshot } | { readonly ok: false; readonly problems: readonly Problem[] };

/** Reads a snapshot; every problem is located by line and column as well as by JSON path. */
export function parseSnapshot(text: string, onStage: (stage: ParseStage) => void = () => undefined): SnapshotResult {
  onStage('reading');
  const read = readJsonDocument(text);
  if (!read.ok) return read;
  onStage('checking');
  const result = snapshotSchema.safeParse(read.document.value);
  if (result.success) return { ok: true, snapshot: result.data };
  return {
    ok: false,
    problems: read.document.locateProblems(
      result.error.issues.map((issue) => ({
        path: formatJsonPath(issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))),
        message: issue.message,
      })),
    ),
  };
}
