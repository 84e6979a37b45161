/**
 * A re-layout of a large graph already on the page, in a Web Worker: the page measures each actor
 * with its label, the worker returns positions. Part of the layout code (layout-code.ts), which
 * loads on demand; the controller keeps the state, this is the procedure.
 */
import type { CollectionReturnValue, Core, NodeCollection } from 'cytoscape';
import { LayoutCancelled, layoutOffMainThread, type RunningLayout } from './layout-worker-client';
import { placeNearNeighbours } from './layout';
import { layoutSeed } from './layout-thresholds';
import type { LayoutRequest } from './offscreen-layout';

/** What a worker re-layout needs of the controller that owns `cy`. */
export interface WorkerRelayoutHost {
  readonly cy: Core;
  /** Takes every element out of the graph (hidden) until the layout has placed them. */
  readonly park: () => void;
  /** The job is the controller's running layout now. */
  readonly started: (job: RunningLayout, actors: number) => void;
  /** Whether the job is still the running layout of this same graph. */
  readonly isCurrent: (job: RunningLayout) => boolean;
  /** The running layout is over: parked elements go back in. */
  readonly ended: () => void;
  readonly fitTo: (elements: CollectionReturnValue) => void;
  readonly placeInGrid: (nodes: NodeCollection) => void;
}

/**
 * Lays `laidOut` out in a worker. A new dataset (`scope` all) stays out of sight until then (its
 * actors all sit on one spot).
 */
export function layOutOffThread(host: WorkerRelayoutHost, laidOut: CollectionReturnValue, scope: 'all' | 'visible'): void {
  const { cy } = host;
  const nodes = laidOut.nodes();
  const indexOf = new Map(nodes.map((node, i) => [node.id(), i] as const));
  const edges: (readonly [number, number])[] = [];
  laidOut.edges().forEach((edge) => {
    const s = indexOf.get(edge.source().id());
    const t = indexOf.get(edge.target().id());
    if (s !== undefined && t !== undefined && s !== t) edges.push([s, t]);
  });
  const request: LayoutRequest = {
    nodes: nodes.map((node) => {
      const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
      const position = node.position();
      return { width: box.w, height: box.h, offsetX: (box.x1 + box.x2) / 2 - position.x, offsetY: (box.y1 + box.y2) / 2 - position.y };
    }),
    edges,
    aspect: cy.width() / cy.height(),
    seed: layoutSeed,
  };
  // Drawing thousands of elements piled on one spot costs frames of several hundred ms: they
  // wait outside the graph until they have their places.
  if (scope === 'all') host.park();
  const job = layoutOffMainThread(request);
  host.started(job, nodes.length);
  job.done.then(
    (positions) => {
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
      host.fitTo(scope === 'all' ? cy.elements().not('.hidden') : laidOut);
    },
    (error: unknown) => {
      if (error instanceof LayoutCancelled || !host.isCurrent(job)) return;
      // Without a worker (a browser that refuses it), a quick grid still shows every actor.
      host.ended();
      host.placeInGrid(nodes);
    },
  );
}
