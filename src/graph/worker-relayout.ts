/**
 * A layout of a graph already on the page, run in a Web Worker (or, without one, on the page by
 * the same code): the page works out each actor's box, the worker returns positions, the page
 * sets them.
 * Part of the layout code (layout-code.ts), which loads on demand; the controller keeps the
 * state, this is the procedure.
 */
import type { CollectionReturnValue, Core, NodeCollection } from 'cytoscape';
import { LayoutCancelled, layoutOffMainThread, type RunningLayout } from './layout-worker-client';
import { layoutRequest } from './layout-request';
import { maxActorsForProof } from './layout-thresholds';
import { settleRenderedStyles, settleStyles, sortForDrawing } from './frame-preparation';
import { yieldToPage } from './time-slices';

// A fit after a layout predicts its zoom from the label texts, measured as the layout measures them.
export { predictNodesFitZoom } from './fit-prediction';

/** What a worker re-layout needs of the controller that owns `cy`. */
export interface WorkerRelayoutHost {
  readonly cy: Core;
  /** Keeps the graph out of sight until the layout has placed it (its actors all sit on one spot). */
  readonly hide: () => void;
  /** Takes every element out of the graph (hidden) until the layout has placed them. */
  readonly park: () => void;
  /** The job is the controller's running layout now. */
  readonly started: (job: RunningLayout, actors: number) => void;
  /** Whether the job is still the running layout of this same graph. */
  readonly isCurrent: (job: RunningLayout) => boolean;
  /** The running layout is over: parked elements go back in. */
  readonly ended: () => void;
  /** The positions are set: what remains (blocs, fitting) is the controller's. */
  readonly placed: (laidOut: CollectionReturnValue) => void;
  readonly placeInGrid: (nodes: NodeCollection) => void;
  /** Holds drawing back, the graph out of sight; gives whether that hold still stands (undefined: none taken). */
  readonly holdFirstFrame: () => (() => boolean) | undefined;
  /** Lets the held frame draw. */
  readonly drawFirstFrame: () => void;
}

/**
 * A new dataset's first frame would work out every element's rendered style and drawing order and
 * then draw them all (over 100 ms of one task at 100 actors): it is held back while a task of its
 * own does that work (frame-preparation.ts), then it only draws.
 */
async function drawWhenPrepared(host: WorkerRelayoutHost): Promise<void> {
  const { cy } = host;
  const stillHeld = host.holdFirstFrame();
  if (!stillHeld) return;
  await yieldToPage();
  if (!stillHeld()) return;
  settleRenderedStyles(cy);
  sortForDrawing(cy);
  host.drawFirstFrame();
}

/** Puts each of `nodes` next to its laid-out neighbours (or, with none, nowhere new). */
export function placeNearNeighbours(cy: Core, nodes: NodeCollection, laidOut: NodeCollection): void {
  cy.batch(() => {
    nodes.forEach((node, i) => {
      const neighbours = node.neighborhood('node').intersection(laidOut);
      if (neighbours.empty()) return;
      const box = neighbours.boundingBox({});
      const angle = (i * 2.399963) % (2 * Math.PI);
      node.position({ x: (box.x1 + box.x2) / 2 + 60 * Math.cos(angle), y: (box.y1 + box.y2) / 2 + 60 * Math.sin(angle) });
    });
  });
}

/**
 * Lays `laidOut` out off the page's thread; settles once its positions are set (or it was
 * cancelled or overtaken). A new dataset (`scope` all) stays out of sight until then.
 */
export async function layOutOffThread(host: WorkerRelayoutHost, laidOut: CollectionReturnValue, scope: 'all' | 'visible'): Promise<void> {
  const { cy } = host;
  const nodes = laidOut.nodes();
  const request = layoutRequest(laidOut, cy.width() / cy.height());
  const hiddenWhileLaidOut = scope === 'all' && nodes.length <= maxActorsForProof;
  if (scope === 'all') {
    // Drawing thousands of elements piled on one spot costs frames of several hundred ms: they
    // wait outside the graph until they have their places. A small graph only stays unseen.
    if (hiddenWhileLaidOut) host.hide();
    else host.park();
  }
  const job = layoutOffMainThread(request);
  host.started(job, nodes.length);
  try {
    if (hiddenWhileLaidOut) {
      // While the worker runs, each new element's style is worked out: Cytoscape would do it on
      // the first read, in the task that places and fits the graph.
      await yieldToPage();
      if (host.isCurrent(job)) settleStyles(cy, cy.elements());
    }
    const positions = await job.done;
    if (!host.isCurrent(job)) return;
    host.ended();
    cy.batch(() => {
      nodes.forEach((node, i) => {
        const x = positions[2 * i];
        const y = positions[2 * i + 1];
        if (x !== undefined && y !== undefined) node.position({ x, y });
      });
    });
    placeNearNeighbours(cy, cy.nodes().difference(nodes), nodes);
    host.placed(laidOut);
    // A large graph's elements were parked and come back in one go: that frame is left as it was.
    if (hiddenWhileLaidOut) await drawWhenPrepared(host);
  } catch (error: unknown) {
    if (error instanceof LayoutCancelled || !host.isCurrent(job)) return;
    // Neither the worker nor the page could lay it out: a quick grid still shows every actor.
    host.ended();
    host.placeInGrid(nodes);
  }
}
