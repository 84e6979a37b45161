/**
 * How much the canvas draws for a graph of this size at this zoom. Small graphs are drawn in full
 * at every zoom; large ones, zoomed out, get straight edges without arrows and labels only for
 * their most connected actors, and a cached picture while the view moves (measured in issue 11:
 * zoom went from 21 to 50 frames per second at 1,000 actors). Pure.
 */

/** From this many actors, a graph is drawn with less detail. */
export const largeGraphActors = 300;
/** Below this zoom a large graph is an overview: simple edges, few labels. */
export const overviewZoom = 0.75;
/** How many actors keep a label in an overview (the most connected). */
export const overviewLabelCount = 60;

export interface LevelOfDetail {
  /** Cytoscape draws a cached texture and no edges while the view is panned or zoomed. */
  readonly cachedWhileMoving: boolean;
  /** Straight haystack edges without arrows or labels. */
  readonly simpleEdges: boolean;
  /** How many actors may show a label, the most connected first. */
  readonly labelBudget: number;
}

export function levelOfDetail(actorCount: number, zoom: number): LevelOfDetail {
  const large = actorCount >= largeGraphActors;
  const overview = large && zoom < overviewZoom;
  return { cachedWhileMoving: large, simpleEdges: overview, labelBudget: overview ? overviewLabelCount : Number.POSITIVE_INFINITY };
}
