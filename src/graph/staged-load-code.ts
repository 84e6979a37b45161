/**
 * The staged load of large datasets (staged-load.ts, with its label measuring, time slicing and
 * grid fallback), loaded when a dataset above maxActorsForProof actors first arrives rather than
 * in the first load: the bundled dataset is small.
 */
import type * as StagedLoad from './staged-load';

export type StagedLoadCode = typeof StagedLoad;

let loaded: StagedLoadCode | undefined;
let loading: Promise<StagedLoadCode> | undefined;

/** The staged load code once it has loaded; undefined before. */
export function stagedLoadCode(): StagedLoadCode | undefined {
  return loaded;
}

export function loadStagedLoadCode(): Promise<StagedLoadCode> {
  loading ??= import('./staged-load').then((code) => (loaded = code));
  return loading;
}
