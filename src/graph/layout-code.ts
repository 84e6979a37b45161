/**
 * The page's side of the layout (measuring actors, handing them to the layout worker, setting the
 * positions it returns), loaded on first need rather than in the first load: the bundled dataset
 * is drawn from shipped positions (preset-positions.ts), so only another dataset or a re-layout
 * needs it. fcose itself runs in the worker, and comes to the page only where no worker can run.
 */
import type * as WorkerRelayout from './worker-relayout';
import { codeOnDemand } from './code-on-demand';

export type LayoutCode = typeof WorkerRelayout;

const code = codeOnDemand<LayoutCode>(() => import('./worker-relayout'));

/** The code once it has loaded; undefined before. */
export const layoutCode = code.loaded;
export const loadLayoutCode = code.load;
