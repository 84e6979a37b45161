/**
 * Positions shipped with a dataset (the bundled one's seeded layout, computed ahead in
 * graph-data/*.positions.json), so that its first picture needs no layout code and no layout
 * time. Kept per dataset object: only the very object they were registered for gets them, so a
 * user's dataset, even an edited copy of the bundled one, is laid out as usual.
 */
import type { Dataset } from '../model/schema';

/** The seeded layout for one canvas shape: [actor id, x, y] for every actor. */
export interface PresetLayout {
  readonly width: number;
  readonly height: number;
  readonly positions: readonly (readonly [string, number, number])[];
}

export interface PresetFile {
  /** sha256 of what the layout depends on (bundled-positions-inputs.ts), to notice a stale file. */
  readonly inputs: string;
  readonly layouts: readonly PresetLayout[];
}

/** A positions file as JSON gives it (tuples come as plain arrays), its rows checked one by one. */
export interface PresetFileJson {
  readonly layouts: readonly { readonly width: number; readonly height: number; readonly positions: readonly (readonly (string | number)[])[] }[];
}

export function presetLayouts(json: PresetFileJson): PresetLayout[] {
  return json.layouts.map(({ width, height, positions }) => ({
    width,
    height,
    positions: positions.flatMap(([id, x, y]) => (typeof id === 'string' && typeof x === 'number' && typeof y === 'number' ? [[id, x, y] as const] : [])),
  }));
}

const presets = new WeakMap<Dataset, readonly PresetLayout[]>();

export function registerPresetPositions(dataset: Dataset, layouts: readonly PresetLayout[]): void {
  presets.set(dataset, layouts);
}

/**
 * The registered layout whose shape is nearest the canvas's (the seeded layout stretches the
 * picture towards the viewport's shape), or undefined when there is none or it misses an actor.
 */
export function presetPositions(dataset: Dataset, width: number, height: number): Map<string, { x: number; y: number }> | undefined {
  const layouts = presets.get(dataset);
  if (!layouts || !(width > 0 && height > 0)) return undefined;
  const mismatch = (layout: PresetLayout) => Math.abs(Math.log(layout.width / layout.height / (width / height)));
  const nearest = [...layouts].sort((a, b) => mismatch(a) - mismatch(b))[0];
  if (!nearest) return undefined;
  const positions = new Map(nearest.positions.map(([id, x, y]) => [id, { x, y }] as const));
  return dataset.actors.every((actor) => positions.has(actor.id)) ? positions : undefined;
}
