/**
 * The blocs view's placement (bloc-placement.ts, with the geometry of bloc-separation.ts), loaded
 * when the blocs view is first turned on rather than in the first load: most visits never use it.
 */
import type * as BlocPlacement from './bloc-placement';

export type BlocPlacementCode = typeof BlocPlacement;

let loaded: BlocPlacementCode | undefined;
let loading: Promise<BlocPlacementCode> | undefined;

/** The bloc placement code once it has loaded; undefined before. */
export function blocPlacementCode(): BlocPlacementCode | undefined {
  return loaded;
}

export function loadBlocPlacementCode(): Promise<BlocPlacementCode> {
  loading ??= import('./bloc-placement').then((code) => (loaded = code));
  return loading;
}
