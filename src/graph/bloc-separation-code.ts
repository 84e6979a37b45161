/**
 * The geometry that places the blocs apart (bloc-separation.ts, with its overlap removal), loaded
 * when the blocs view is first turned on rather than in the first load: most visits never use it.
 */
import type * as BlocSeparation from './bloc-separation';

export type BlocSeparationCode = typeof BlocSeparation;

let loaded: BlocSeparationCode | undefined;
let loading: Promise<BlocSeparationCode> | undefined;

/** The bloc separation code once it has loaded; undefined before. */
export function blocSeparationCode(): BlocSeparationCode | undefined {
  return loaded;
}

export function loadBlocSeparationCode(): Promise<BlocSeparationCode> {
  loading ??= import('./bloc-separation').then((code) => (loaded = code));
  return loading;
}
