/** A snapshot's view of the graph: every actor's position with the zoom and pan, taken and put back. */
import type { Core } from 'cytoscape';
import type { Viewport } from './viewport';

export function takeViewport(cy: Core): Viewport {
  return {
    positions: Object.fromEntries(cy.nodes().map((node) => [node.id(), { ...node.position() }])),
    zoom: cy.zoom(),
    pan: { ...cy.pan() },
  };
}

/** Puts every actor the snapshot has where it had it (zoom and pan are the caller's, as they count as its own moves). */
export function placeAsInViewport(cy: Core, viewport: Viewport): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      // An own key only: a node named `constructor` must not find Object's constructor.
      const position = Object.hasOwn(viewport.positions, node.id()) ? viewport.positions[node.id()] : undefined;
      if (position) node.position({ x: position.x, y: position.y });
    });
  });
}
