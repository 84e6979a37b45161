/**
 * The one place Cytoscape extensions are registered, so each is registered exactly once. Neither
 * is in the first load (issue 11): fcose comes with the first layout the app has to compute, and
 * cytoscape-svg with the first SVG export. Registering one extends instances that already exist.
 */
import cytoscape from 'cytoscape';

let fcoseRegistered: Promise<void> | undefined;
let svgRegistered: Promise<void> | undefined;

/** Cytoscape itself, with whichever extensions have been registered so far. */
export function cytoscapeCore(): typeof cytoscape {
  return cytoscape;
}

export function registerFcose(): Promise<void> {
  fcoseRegistered ??= import('cytoscape-fcose').then(({ default: fcose }) => {
    cytoscape.use(fcose);
  });
  return fcoseRegistered;
}

export function registerSvg(): Promise<void> {
  svgRegistered ??= import('cytoscape-svg').then(({ default: svg }) => {
    cytoscape.use(svg);
  });
  return svgRegistered;
}
