/**
 * What Gephi's GEXF importer keeps of a file, by its rules (gephi/gephi, ImporterGEXF and
 * ImportContainerImpl.addEdge, with the default merge strategy SUM):
 * - an edge whose `type` differs from the graph's `defaultedgetype` is dropped ("Edge type doesn't
 *   fit with default set");
 * - edges with the same kind (edge type label) and the same source and target (either order when
 *   undirected) are merged into one edge, which keeps the first edge's id and columns.
 * Returns the ids of the edges that reach Gephi's graph as edges of their own.
 */
import { attributeOf, childElements, onlyChild, parseXmlStrictly } from './xml-document';

export function edgesGephiKeeps(gexf: string): string[] {
  const root = parseXmlStrictly(gexf).documentElement;
  if (root === null) throw new Error('not an XML document');
  const graph = onlyChild(root, 'graph');
  const defaultType = attributeOf(graph, 'defaultedgetype') ?? 'undirected';
  const kept = new Map<string, string>();
  for (const edge of childElements(onlyChild(graph, 'edges'), 'edge')) {
    const type = attributeOf(edge, 'type') ?? defaultType;
    if (defaultType !== 'mixed' && type !== defaultType) continue;
    const source = attributeOf(edge, 'source') ?? '';
    const target = attributeOf(edge, 'target') ?? '';
    const ends = type === 'undirected' ? [source, target].sort() : [source, target];
    const key = JSON.stringify([attributeOf(edge, 'kind') ?? null, ...ends]);
    if (!kept.has(key)) kept.set(key, attributeOf(edge, 'id') ?? '');
  }
  return [...kept.values()];
}
