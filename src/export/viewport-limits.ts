/**
 * What a restored viewport may be. Cytoscape is created with this zoom range, and a saved zoom
 * outside it cannot be shown; coordinates beyond a million are no layout; and a pan that puts every
 * actor far off any screen would restore an empty picture.
 */
// Apart from the snapshot's schema, so the graph can be created without Zod.
export const viewportLimits = { minZoom: 0.2, maxZoom: 4, maxCoordinate: 1_000_000, largestScreen: 16_384 } as const;
