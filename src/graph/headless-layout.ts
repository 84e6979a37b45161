/**
 * The app's seeded layout run without a screen (Node, the CLI): the same elements as the graph
 * canvas, laid out by the same pipeline as the layout worker (offscreen-layout.ts) with the same
 * seed. Without a canvas to measure labels (their widths are estimated) and a viewport to shape
 * the picture to, the positions are the same layout but not pixel for pixel the browser's.
 */
import cytoscape from 'cytoscape';
import type { Dataset } from '../model/schema';
import { toElements } from './elements';
import { layoutRequest } from './layout-request';
import { offscreenLayout } from './offscreen-layout';

export interface LaidOutPosition {
  readonly x: number;
  readonly y: number;
}

export function headlessPositions(dataset: Dataset): Map<string, LaidOutPosition> {
  const cy = cytoscape({ headless: true, elements: toElements(dataset) });
  try {
    const nodes = cy.nodes();
    // No viewport to shape the picture to (aspect 0).
    const positions = offscreenLayout(layoutRequest(cy.elements().not('.merged'), 0));
    return new Map(nodes.map((node, i) => [node.id(), { x: positions[2 * i] ?? 0, y: positions[2 * i + 1] ?? 0 }]));
  } finally {
    cy.destroy();
  }
}
