/**
 * The app's seeded layout run without a screen (Node, the CLI): the same elements, stylesheet,
 * fcose options and seed as the graph canvas, in a headless Cytoscape instance. Without a canvas
 * to measure labels and a viewport to shape the picture to, the positions are the same layout but
 * not pixel for pixel the browser's.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Dataset } from '../model/schema';
import { toElements } from './elements';
import { runSeededLayout } from './layout';
import { graphStylesheet } from './stylesheet';

// Not register-extensions.ts: it also loads cytoscape-svg, which needs a browser window. This
// module is for Node only (the app never imports it), so fcose is registered here, once.
let fcoseRegistered = false;

export interface LaidOutPosition {
  readonly x: number;
  readonly y: number;
}

export function headlessPositions(dataset: Dataset): Map<string, LaidOutPosition> {
  if (!fcoseRegistered) {
    cytoscape.use(fcose);
    fcoseRegistered = true;
  }
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(dataset), style: graphStylesheet() });
  try {
    runSeededLayout(cy);
    return new Map(cy.nodes().map((node) => [node.id(), { x: node.position('x'), y: node.position('y') }]));
  } finally {
    cy.destroy();
  }
}
