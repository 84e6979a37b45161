/**
 * The app's layout, for a graph of any size, as a pure computation on numbers, so that it runs in
 * a Web Worker (layout.worker.ts) in a headless Cytoscape: the page measures each actor (its body,
 * and its box with its label) and sends boxes and index pairs; this runs fcose with the effort the
 * graph's size gets, polishes the result (layout-polish.ts) and returns positions. Ids never leave
 * the page, so an id such as `constructor` cannot trip fcose's plain-object lookups here.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { fcoseOptions, layoutEffort, seededRandom } from './layout';
import { polishLayout, type LayoutNode } from './layout-polish';

export type { LayoutNode } from './layout-polish';

export interface LayoutRequest {
  readonly nodes: readonly LayoutNode[];
  /** Relations as pairs of indices into `nodes`. */
  readonly edges: readonly (readonly [number, number])[];
  /** The viewport's width over its height, which the picture is stretched towards (0: none). */
  readonly aspect: number;
  readonly seed: number;
}

/** x and y of each node in turn. */
export type LayoutPositions = Float64Array;

let fcoseRegistered = false;

export function offscreenLayout(request: LayoutRequest): LayoutPositions {
  if (!fcoseRegistered) {
    // Its own registration: in the worker this is the only Cytoscape; on the page (where no worker
    // could start) registering fcose again only replaces it with itself.
    cytoscape.use(fcose);
    fcoseRegistered = true;
  }
  const { nodes } = request;
  const positions = new Float64Array(nodes.length * 2);
  if (nodes.length === 0) return positions;
  const edges = request.edges.filter(([s, t]) => s >= 0 && t >= 0 && s < nodes.length && t < nodes.length && s !== t);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { shape: 'rectangle', width: 'data(width)', height: 'data(height)', 'border-width': 0 } }],
    elements: [
      ...nodes.map((node, i) => ({ group: 'nodes' as const, data: { id: `n${i}`, width: node.width, height: node.height } })),
      ...edges.map(([s, t], i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: `n${s}`, target: `n${t}` } })),
    ],
  });
  try {
    const effort = layoutEffort(nodes.length);
    const options = { ...fcoseOptions, quality: effort.quality, numIter: effort.numIter };
    const original = Math.random;
    Math.random = seededRandom(request.seed);
    try {
      cy.layout(options).run();
    } finally {
      Math.random = original;
    }
    // As fcose does with `nodeDimensionsIncludeLabels` on a live graph: the labelled box's size,
    // centred on the actor (the polish then uses the boxes where they really are). Measured on
    // the bundled dataset, this leaves fewer lines over actors than centring the real boxes.
    const points = cy.nodes().map((node) => ({ x: node.position('x'), y: node.position('y') }));
    polishLayout(points, nodes, edges, request.aspect, effort);
    points.forEach((p, i) => {
      positions[2 * i] = p.x;
      positions[2 * i + 1] = p.y;
    });
    return positions;
  } finally {
    cy.destroy();
  }
}
