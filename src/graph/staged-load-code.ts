/**
 * The staged load of large datasets (staged-load.ts, with its label measuring, time slicing and
 * grid fallback), loaded when a dataset above maxActorsForProof actors first arrives rather than
 * in the first load: the bundled dataset is small.
 */
import type * as StagedLoad from './staged-load';
import { codeOnDemand } from './code-on-demand';

export type StagedLoadCode = typeof StagedLoad;

const code = codeOnDemand<StagedLoadCode>(() => import('./staged-load'));

/** The code once it has loaded; undefined before. */
export const stagedLoadCode = code.loaded;
export const loadStagedLoadCode = code.load;
