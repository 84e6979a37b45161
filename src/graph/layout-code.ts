/**
 * The code that computes a layout (fcose with layout-base and cose-base, and the seeded layout's
 * own passes), loaded on first need rather than in the first load: the bundled dataset is drawn
 * from shipped positions (preset-positions.ts), so only another dataset or a re-layout needs it.
 */
import type * as Layout from './layout';
import type * as WorkerRelayout from './worker-relayout';
import { registerFcose } from './register-extensions';

/** The layout passes, and the worker re-layout of a large graph (worker-relayout.ts). */
export type LayoutCode = typeof Layout & typeof WorkerRelayout;

let loaded: LayoutCode | undefined;
let loading: Promise<LayoutCode> | undefined;

/** The layout code once it has loaded; undefined before. */
export function layoutCode(): LayoutCode | undefined {
  return loaded;
}

export function loadLayoutCode(): Promise<LayoutCode> {
  loading ??= Promise.all([import('./layout'), import('./worker-relayout'), registerFcose()]).then(([layout, workerRelayout]) => (loaded = { ...layout, ...workerRelayout }));
  return loading;
}
