/**
 * The code that computes a layout (fcose with layout-base and cose-base, and the seeded layout's
 * own passes), loaded on first need rather than in the first load: the bundled dataset is drawn
 * from shipped positions (preset-positions.ts), so only another dataset or a re-layout needs it.
 */
import type * as Layout from './layout';
import type * as WorkerRelayout from './worker-relayout';
import { registerFcose } from './register-extensions';
import { codeOnDemand } from './code-on-demand';

/** The layout passes, and the worker re-layout of a large graph (worker-relayout.ts). */
export type LayoutCode = typeof Layout & typeof WorkerRelayout;

const code = codeOnDemand<LayoutCode>(async () => {
  const [layout, workerRelayout] = await Promise.all([import('./layout'), import('./worker-relayout'), registerFcose()]);
  return { ...layout, ...workerRelayout };
});

/** The code once it has loaded; undefined before. */
export const layoutCode = code.loaded;
export const loadLayoutCode = code.load;
