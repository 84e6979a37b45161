/** The one place Cytoscape extensions are registered, so each is registered exactly once. */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';

let registered = false;

export function registerCytoscapeExtensions(): typeof cytoscape {
  if (!registered) {
    cytoscape.use(fcose);
    cytoscape.use(svg);
    registered = true;
  }
  return cytoscape;
}
