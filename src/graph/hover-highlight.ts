/**
 * Hover on the graph: an actor highlights its neighbourhood (the rest fades, hidden labels of the
 * neighbours show), an edge is marked; the pointer says both can be clicked.
 *
 * A large graph costs a full redraw (most of a second at 10,000 actors) for any mark, so there the
 * rest does not fade (restyling tens of thousands of elements froze it for seconds), and an actor
 * is highlighted only once the pointer rests on it: not for each actor a passing pointer crosses,
 * nor while the view moves under a still pointer. There Cytoscape hears of the pointer only once it
 * rests (pointer-rest-gate.ts), so while it moves, what it last rested on stays marked.
 */
import type { Core, EventObject, NodeCollection, NodeSingular, SingularElementArgument } from 'cytoscape';

/**
 * In a large graph, how long the pointer rests on an actor before it is highlighted: after the
 * rest Cytoscape waits for before it is told where the pointer is (pointer-rest-gate.ts).
 */
const largeGraphHoverRestMs = 50;

/** `revealLabels` sizes labels that come into view (graph-labels.ts); `isLarge` says whether the graph is drawn with less detail. */
export function bindHoverHighlight(cy: Core, container: HTMLElement, revealLabels: (nodes: NodeCollection) => void, isLarge: () => boolean): void {
  let resting: ReturnType<typeof setTimeout> | undefined;
  // The pointer is set on the container's parent, and the canvases inherit it: Cytoscape watches
  // its container's attributes and answers any change with a resize and a full redraw (most of a
  // second at 10,000 actors, on every hover).
  const showPointer = (on: boolean) => void ((container.parentElement ?? container).style.cursor = on ? 'pointer' : '');
  const highlight = (node: NodeSingular, fadeTheRest: boolean) => {
    const neighbourhood = node.closedNeighborhood();
    cy.batch(() => {
      if (fadeTheRest) cy.elements().not(neighbourhood).addClass('faded');
      neighbourhood.nodes().addClass('neighbourhood');
      node.addClass('hovered');
      revealLabels(neighbourhood.nodes());
    });
  };
  const stopResting = () => {
    clearTimeout(resting);
    resting = undefined;
  };
  cy.on('mouseover', 'node', (event: EventObject) => {
    const node = event.target as NodeSingular;
    showPointer(true);
    stopResting();
    if (!isLarge()) return highlight(node, true);
    resting = setTimeout(() => {
      resting = undefined;
      if (node.cy() === cy && !node.removed()) highlight(node, false);
    }, largeGraphHoverRestMs);
  });
  cy.on('mouseout', 'node', () => {
    stopResting();
    cy.batch(() => cy.elements('.faded, .neighbourhood, .hovered').removeClass('faded neighbourhood hovered'));
    showPointer(false);
  });
  // The view moving under a still pointer is not the user resting on an actor.
  cy.on('viewport', stopResting);
  cy.on('mouseover', 'edge', (event: EventObject) => {
    const edge = event.target as SingularElementArgument;
    showPointer(true);
    stopResting();
    if (!isLarge()) return void edge.addClass('hovered');
    // As for actors: on a large graph any mark redraws everything, so only a rest marks a relation.
    resting = setTimeout(() => {
      resting = undefined;
      if (edge.cy() === cy && !edge.removed()) edge.addClass('hovered');
    }, largeGraphHoverRestMs);
  });
  cy.on('mouseout', 'edge', (event: EventObject) => {
    stopResting();
    (event.target as SingularElementArgument).removeClass('hovered');
    showPointer(false);
  });
}
