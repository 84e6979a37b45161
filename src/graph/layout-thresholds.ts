/**
 * The layout's seed and size thresholds, apart from the layout code itself so that the graph can
 * choose how to load a dataset before that code (which comes on demand) has arrived.
 */
export const layoutSeed = 20100101;

/** Up to this many actors, a layout gets fcose's best quality and the pass that steps actors off lines. */
export const maxActorsForProof = 150;
/** Up to this many actors, fcose's default quality; above it, its draft (spectral only), which is linear enough for thousands. */
export const maxActorsForDefault = 400;
