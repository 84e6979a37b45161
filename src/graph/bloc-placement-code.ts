/**
 * The blocs view's placement (bloc-placement.ts, with the geometry of bloc-separation.ts), loaded
 * when the blocs view is first turned on rather than in the first load: most visits never use it.
 */
import type * as BlocPlacement from './bloc-placement';
import { codeOnDemand } from './code-on-demand';

export type BlocPlacementCode = typeof BlocPlacement;

const code = codeOnDemand<BlocPlacementCode>(() => import('./bloc-placement'));

/** The code once it has loaded; undefined before. */
export const blocPlacementCode = code.loaded;
export const loadBlocPlacementCode = code.load;
