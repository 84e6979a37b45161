/**
 * The one place the page's Cytoscape extensions are registered, so each is registered exactly
 * once: cytoscape-svg, not in the first load (issue 11), comes with the first SVG export.
 * Registering it extends instances that already exist. (fcose runs in the layout worker's own
 * Cytoscape, offscreen-layout.ts.)
 */
import cytoscape from 'cytoscape';

let svgRegistered: Promise<void> | undefined;

/** Cytoscape itself, with whichever extensions have been registered so far. */
export function cytoscapeCore(): typeof cytoscape {
  return cytoscape;
}

export function registerSvg(): Promise<void> {
  svgRegistered ??= import('cytoscape-svg').then(({ default: svg }) => {
    cytoscape.use(svg);
  });
  return svgRegistered;
}
