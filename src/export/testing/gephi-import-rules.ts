/**
 * Which edges of a GEXF or GraphML file become edges of their own in Gephi, by Gephi's code
 * (gephi/gephi master of 2025-08, 0.10.x; graph store from gephi/graphstore), for a file opened
 * into a new workspace with the Import report's proposed graph type and the chosen edges merge
 * strategy (default Sum, ImportContainerParameters.edgesMergeStrategy).
 *
 * 1. The importer turns each edge into a draft with a direction (or none) and a type (its "kind"):
 *    - GEXF (ImporterGEXF.readGraph, readEdge): `defaultedgetype` "directed" or "undirected" sets
 *      the container's default; anything else, or none, leaves the container's own default, MIXED
 *      (ImportContainerImpl.edgeDefault). An edge's `type` "directed"/"undirected" sets its
 *      direction, anything else none. A non-empty `kind` is its type.
 *    - GraphML (ImporterGraphML.readGraph, readEdge): the container is always MIXED; `edgedefault`
 *      "undirected" makes undirected the edges' default, anything else directed. `directed`
 *      "true"/"false" overrides it. The only type is the `<edge>` element's own `label` attribute
 *      (EDGE_TYPE = "label"), which the GraphML schema does not allow; `<data>` with attr.name
 *      "label" sets the edge's display label (EdgeProperties.LABEL), not its type.
 *    Attribute names are compared by local name, ignoring case, as Gephi's StAX readers do.
 * 2. ImportContainerImpl.addEdge drops an edge whose id is taken, and one whose direction
 *    contradicts a DIRECTED or UNDIRECTED default ("Edge type doesn't fit with default set").
 *    Self-loops and parallel edges are allowed by default.
 * 3. DefaultProcessor.process adds the edges in order. An edge is directed when the default is
 *    DIRECTED, undirected when it is UNDIRECTED, and unless it says undirected when MIXED. It looks
 *    up `graph.getEdge(source, target, type)` (graphstore EdgeStore.get, modelled below); when an
 *    edge is found, every strategy but Don't merge merges the new edge into it: the found edge
 *    keeps its id, and AbstractProcessor.flushToEdge overwrites its label and columns with the new
 *    edge's non-empty values, so the merged relation is lost as an edge of its own. Don't merge
 *    creates the edge anyway, unless findIncompatibleEdge finds one of the other directedness, in
 *    which case the new edge is skipped.
 *
 * Not modelled, because neither export writes them: edges to undeclared nodes (Gephi creates the
 * node), node sizes (Gephi sorts nodes by size, which only matters for mixed graphs' look-ups), and
 * a graph type changed in the Import report (ImportContainerImpl.closeLoader then merges mutual
 * edges).
 */
import type { Element } from '@xmldom/xmldom';
import { parseXmlStrictly } from './xml-document';

type Direction = 'directed' | 'undirected';
type ContainerDefault = Direction | 'mixed';

interface EdgeDraft {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly direction: Direction | undefined;
  readonly type: string | null;
}

interface ImportedFile {
  readonly containerDefault: ContainerDefault;
  readonly nodeIds: readonly string[];
  readonly edges: readonly EdgeDraft[];
}

export type GephiFileFormat = 'gexf' | 'graphml';
export type GephiEdgesMergeStrategy = 'sum' | 'dont-merge';

/** Elements with the local name (ignoring case) anywhere below `root`, in document order. */
function elementsNamed(root: Element, localName: string): Element[] {
  const found: Element[] = [];
  const visit = (element: Element): void => {
    for (const child of Array.from(element.childNodes)) {
      if (child.nodeType !== child.ELEMENT_NODE) continue;
      const childElement = child as Element;
      if (childElement.localName?.toLowerCase() === localName) found.push(childElement);
      visit(childElement);
    }
  };
  visit(root);
  return found;
}

/** The value of the element's attribute with that local name (ignoring case), as Gephi finds it. */
function gephiAttribute(element: Element, localName: string): string | undefined {
  let value: string | undefined;
  for (const attribute of Array.from(element.attributes)) {
    const name = attribute.localName ?? attribute.name;
    if (name.toLowerCase() === localName) value = attribute.value;
  }
  return value;
}

/** GEXF's "directed"/"undirected", compared as ImporterGEXF does (ignoring case, not trimmed). */
function directionNamed(value: string | undefined): Direction | undefined {
  const lower = value?.toLowerCase();
  return lower === 'directed' || lower === 'undirected' ? lower : undefined;
}

function readGexf(root: Element): ImportedFile {
  const graph = elementsNamed(root, 'graph')[0];
  if (graph === undefined) throw new Error('no <graph>');
  return {
    containerDefault: directionNamed(gephiAttribute(graph, 'defaultedgetype')) ?? 'mixed',
    nodeIds: elementsNamed(graph, 'node').map((node) => gephiAttribute(node, 'id') ?? ''),
    edges: elementsNamed(graph, 'edge').map((edge) => {
      const kind = gephiAttribute(edge, 'kind') ?? '';
      return {
        id: gephiAttribute(edge, 'id') ?? '',
        source: gephiAttribute(edge, 'source') ?? '',
        target: gephiAttribute(edge, 'target') ?? '',
        direction: directionNamed(gephiAttribute(edge, 'type')),
        type: kind === '' ? null : kind,
      };
    }),
  };
}

function readGraphml(root: Element): ImportedFile {
  const graph = elementsNamed(root, 'graph')[0];
  if (graph === undefined) throw new Error('no <graph>');
  const edgeDefault: Direction = gephiAttribute(graph, 'edgedefault')?.trim().toLowerCase() === 'undirected' ? 'undirected' : 'directed';
  return {
    containerDefault: 'mixed',
    nodeIds: elementsNamed(graph, 'node').map((node) => gephiAttribute(node, 'id') ?? ''),
    edges: elementsNamed(graph, 'edge').map((edge) => {
      const directed = gephiAttribute(edge, 'directed')?.toLowerCase();
      const label = gephiAttribute(edge, 'label')?.trim() ?? '';
      return {
        id: gephiAttribute(edge, 'id') ?? '',
        source: gephiAttribute(edge, 'source') ?? '',
        target: gephiAttribute(edge, 'target') ?? '',
        direction: directed === 'true' ? 'directed' : directed === 'false' ? 'undirected' : edgeDefault,
        type: label === '' ? null : label,
      };
    }),
  };
}

/** ImportContainerImpl.addEdge: the drafts the container keeps. */
function containerEdges(file: ImportedFile): EdgeDraft[] {
  const nodes = new Set(file.nodeIds);
  const ids = new Set<string>();
  const kept: EdgeDraft[] = [];
  for (const edge of file.edges) {
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) throw new Error(`edge ${edge.id} names an undeclared node, which this model leaves out`);
    if (edge.id === '') throw new Error('an edge without id, which this model leaves out');
    if (ids.has(edge.id)) continue;
    if (edge.direction !== undefined && file.containerDefault !== 'mixed' && edge.direction !== file.containerDefault) continue;
    ids.add(edge.id);
    kept.push(edge);
  }
  return kept;
}

interface StoredEdge {
  readonly id: string;
  readonly directed: boolean;
}

/** Gephi's graph store, as far as DefaultProcessor's look-ups see it (graphstore EdgeStore). */
class EdgeStore {
  private readonly dictionaries = new Map<string | null, Map<string, StoredEdge[]>>();
  private size = 0;
  private undirectedSize = 0;

  constructor(private readonly storeIds: ReadonlyMap<string, number>) {}

  /** The node's store id: its place among the nodes, as DefaultProcessor adds them. */
  private storeId(node: string): number {
    const id = this.storeIds.get(node);
    if (id === undefined) throw new Error(`no node ${node}`);
    return id;
  }

  /** EdgeStore.getLongId: an ordered pair when directed, else the larger store id first. */
  private longId(source: string, target: string, directed: boolean): string {
    const s = this.storeId(source);
    const t = this.storeId(target);
    return directed ? `${s}:${t}` : `${Math.max(s, t)}:${Math.min(s, t)}`;
  }

  private first(type: string | null, longId: string): StoredEdge | undefined {
    return this.dictionaries.get(type)?.get(longId)?.[0];
  }

  /** EdgeStore.get(source, target, type, undirectedDecorator = false), as GraphStore.getEdge calls it. */
  get(source: string, target: string, type: string | null): StoredEdge | undefined {
    if (this.size > 0 && this.undirectedSize === this.size) return this.first(type, this.longId(source, target, false));
    if (this.undirectedSize > 0) {
      const directed = this.first(type, this.longId(source, target, true));
      if (directed !== undefined) return directed;
      if (this.storeId(target) > this.storeId(source)) {
        const undirected = this.first(type, this.longId(source, target, false));
        if (undirected !== undefined && !undirected.directed) return undirected;
      }
      return undefined;
    }
    return this.first(type, this.longId(source, target, true));
  }

  add(edge: EdgeDraft, directed: boolean): void {
    let dictionary = this.dictionaries.get(edge.type);
    if (dictionary === undefined) {
      dictionary = new Map<string, StoredEdge[]>();
      this.dictionaries.set(edge.type, dictionary);
    }
    const longId = this.longId(edge.source, edge.target, directed);
    dictionary.set(longId, [...(dictionary.get(longId) ?? []), { id: edge.id, directed }]);
    this.size++;
    if (!directed) this.undirectedSize++;
  }

  /** DefaultProcessor.findIncompatibleEdge. */
  findIncompatibleEdge(source: string, target: string, directed: boolean, type: string | null): StoredEdge | undefined {
    const edge = this.get(source, target, type);
    if (edge === undefined) {
      const reverse = directed ? this.get(target, source, type) : undefined;
      return reverse !== undefined && !reverse.directed ? reverse : undefined;
    }
    return edge.directed === directed ? undefined : edge;
  }
}

/** The ids of the file's edges that reach Gephi's graph as edges of their own, in file order. */
export function edgesGephiKeeps(text: string, format: GephiFileFormat, strategy: GephiEdgesMergeStrategy = 'sum'): string[] {
  const root = parseXmlStrictly(text).documentElement;
  if (root === null) throw new Error('not an XML document');
  const file = format === 'gexf' ? readGexf(root) : readGraphml(root);
  const store = new EdgeStore(new Map(file.nodeIds.map((id, index) => [id, index])));
  const kept: string[] = [];
  for (const edge of containerEdges(file)) {
    const directed = file.containerDefault === 'mixed' ? edge.direction !== 'undirected' : file.containerDefault === 'directed';
    let found = store.get(edge.source, edge.target, edge.type);
    if (found !== undefined && strategy === 'dont-merge') {
      if (store.findIncompatibleEdge(edge.source, edge.target, directed, edge.type) !== undefined) continue;
      found = undefined;
    }
    if (found !== undefined) continue;
    store.add(edge, directed);
    kept.push(edge.id);
  }
  return kept;
}
