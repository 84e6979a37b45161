/**
 * The model of Gephi's import rules, on small files whose fate in Gephi follows from its code
 * (see gephi-import-rules.ts for the methods each case exercises).
 */
import { describe, expect, it } from 'vitest';
import { edgesGephiKeeps } from './gephi-import-rules';

const nodes = ['a', 'b', 'c'].map((id) => `<node id="${id}"/>`).join('');

function gexf(graphAttributes: string, edges: string): string {
  return `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph ${graphAttributes}><nodes>${nodes}</nodes><edges>${edges}</edges></graph></gexf>`;
}

function graphml(edges: string, keys = ''): string {
  return `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">${keys}<graph edgedefault="directed">${nodes}${edges}</graph></graphml>`;
}

describe("Gephi's GEXF import rules", () => {
  it('drops an edge whose type contradicts defaultedgetype, and keeps one without a type', () => {
    const edges = '<edge id="1" source="a" target="b" type="undirected"/><edge id="2" source="b" target="c"/><edge id="3" source="a" target="c" type="Directed"/>';
    expect(edgesGephiKeeps(gexf('defaultedgetype="directed"', edges), 'gexf')).toEqual(['2', '3']);
    expect(edgesGephiKeeps(gexf('defaultedgetype="undirected"', edges), 'gexf')).toEqual(['1', '2']);
  });

  it('keeps both directions when defaultedgetype is missing or unknown (the container stays mixed)', () => {
    const edges = '<edge id="1" source="a" target="b" type="undirected"/><edge id="2" source="b" target="c" type="directed"/>';
    expect(edgesGephiKeeps(gexf('', edges), 'gexf')).toEqual(['1', '2']);
    expect(edgesGephiKeeps(gexf('defaultedgetype="mutual"', edges), 'gexf')).toEqual(['1', '2']);
  });

  it('merges edges of one kind on the same source and target, keeping the first', () => {
    const edges = [
      '<edge id="1" source="a" target="b" kind="support"/>',
      '<edge id="2" source="a" target="b" kind="support"/>',
      '<edge id="3" source="a" target="b" kind="support 2"/>',
      '<edge id="4" source="b" target="a" kind="support"/>',
      '<edge id="5" source="a" target="b"/>',
      '<edge id="6" source="a" target="b" kind=""/>',
    ].join('');
    expect(edgesGephiKeeps(gexf('defaultedgetype="directed"', edges), 'gexf')).toEqual(['1', '3', '4', '5']);
    expect(edgesGephiKeeps(gexf('defaultedgetype="directed"', edges), 'gexf', 'dont-merge')).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('merges undirected edges of one kind in either order', () => {
    const edges = '<edge id="1" source="a" target="b" kind="k"/><edge id="2" source="b" target="a" kind="k"/>';
    expect(edgesGephiKeeps(gexf('defaultedgetype="undirected"', edges), 'gexf')).toEqual(['1']);
  });

  it('merges an undirected edge into a directed one of the same kind and ends, or skips it without merging', () => {
    const edges = '<edge id="1" source="a" target="b" type="directed"/><edge id="2" source="a" target="b" type="undirected"/>';
    expect(edgesGephiKeeps(gexf('', edges), 'gexf')).toEqual(['1']);
    expect(edgesGephiKeeps(gexf('', edges), 'gexf', 'dont-merge')).toEqual(['1']);
  });

  it('ignores an edge whose id is taken', () => {
    expect(edgesGephiKeeps(gexf('', '<edge id="1" source="a" target="b" kind="x"/><edge id="1" source="b" target="c" kind="y"/>'), 'gexf')).toEqual(['1']);
  });
});

describe("Gephi's GraphML import rules", () => {
  it("reads an edge type only from the <edge> element's label attribute, not from a label data key", () => {
    const withAttribute = '<edge id="1" source="a" target="b" label="support"/><edge id="2" source="a" target="b" label="support 2"/>';
    expect(edgesGephiKeeps(graphml(withAttribute), 'graphml')).toEqual(['1', '2']);
    const key = '<key id="l" for="edge" attr.name="label" attr.type="string"/>';
    const withData = '<edge id="1" source="a" target="b"><data key="l">support</data></edge><edge id="2" source="a" target="b"><data key="l">support 2</data></edge>';
    expect(edgesGephiKeeps(graphml(withData, key), 'graphml')).toEqual(['1']);
    expect(edgesGephiKeeps(graphml(withData, key), 'graphml', 'dont-merge')).toEqual(['1', '2']);
  });

  it('keeps per-edge direction (the container is mixed)', () => {
    const edges = '<edge id="1" source="a" target="b" directed="false"/><edge id="2" source="b" target="c"/>';
    expect(edgesGephiKeeps(graphml(edges), 'graphml')).toEqual(['1', '2']);
  });
});
