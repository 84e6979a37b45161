// cytoscape-svg ships no types. The method it adds to the core is declared in svg-export-types.ts.
declare module 'cytoscape-svg' {
  const extension: (cytoscape: unknown) => void;
  export default extension;
}
