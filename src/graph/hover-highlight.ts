/**
 * Hover on the graph: an actor highlights its neighbourhood (the rest fades, hidden labels of the
 * neighbours show), an edge is marked; the pointer says both can be clicked.
 */
import type { Core, EventObject, NodeCollection, NodeSingular, SingularElementArgument } from 'cytoscape';

/** `revealLabels` sizes labels that come into view (graph-labels.ts). */
export function bindHoverHighlight(cy: Core, container: HTMLElement, revealLabels: (nodes: NodeCollection) => void): void {
  cy.on('mouseover', 'node', (event: EventObject) => {
    const node = event.target as NodeSingular;
    const neighbourhood = node.closedNeighborhood();
    cy.batch(() => {
      cy.elements().not(neighbourhood).addClass('faded');
      neighbourhood.nodes().addClass('neighbourhood');
      node.addClass('hovered');
      revealLabels(neighbourhood.nodes());
    });
    container.style.cursor = 'pointer';
  });
  cy.on('mouseout', 'node', () => {
    cy.batch(() => cy.elements().removeClass('faded neighbourhood hovered'));
    container.style.cursor = '';
  });
  cy.on('mouseover', 'edge', (event: EventObject) => {
    (event.target as SingularElementArgument).addClass('hovered');
    container.style.cursor = 'pointer';
  });
  cy.on('mouseout', 'edge', (event: EventObject) => {
    (event.target as SingularElementArgument).removeClass('hovered');
    container.style.cursor = '';
  });
}
