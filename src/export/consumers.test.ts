/**
 * Each export opened by the software people open it with: networkx and igraph (Debian's
 * python3-networkx and python3-igraph, see scripts/ensure-python-graphs.mjs), Gephi's import
 * rules and cytoscape.js. What must arrive is read from the dataset and the field table,
 * never written out by hand: every actor, every relation with its id, type, direction, dates and
 * quotes.
 *
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import cytoscape from 'cytoscape';
import Graph from 'graphology';
import type { default as ParsedGraph } from 'graphology-types';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blocColumn, blocColumnName } from '../analysis/bloc-column';
import { blocLetters } from '../analysis/bloc-letters';
import { viewAlignment } from '../analysis/view-alignment';
import { defaultViewState } from '../analysis/view-state';
import { computeVisibility } from '../analysis/visibility';
import { indexDataset } from '../model/dataset-index';
import type { Dataset } from '../model/schema';
import { parseCsv } from './csv';
import { datasetToGexf } from './gexf';
import { datasetToGraphml } from './graphml';
import { dataFormats } from './formats';
import { actorFields, relationEvidenceFields, relationFields, type FlatValue, type RecordField } from './record-fields';
import { bundledDataset } from './testing/bundled-dataset';
import { edgesGephiKeeps } from './testing/gephi-import-rules';

interface LoadedGraph {
  readonly library: string;
  readonly directed: boolean;
  readonly nodes: Record<string, Record<string, unknown>>;
  readonly edges: readonly { readonly source: string; readonly target: string; readonly data: Record<string, unknown> }[];
}

/**
 * The first Python that imports the library at a version that reads our files: networkx 3 reads
 * GEXF 1.3 (Debian 12's networkx 2.8 does not; the machine's own python3 has 3.x), igraph comes from
 * Debian's python3-igraph. ENTENTE_PYTHON, when set, is tried first.
 */
function pythonWith(module: string, minimumMajor: number): string | undefined {
  // pyenv's python3 too, for a CI whose PATH leaves out pyenv's shims.
  const candidates = [process.env['ENTENTE_PYTHON'], 'python3', join(homedir(), '.pyenv/shims/python3'), '/usr/bin/python3'].filter(
    (path): path is string => path !== undefined && path !== '',
  );
  for (const candidate of candidates) {
    try {
      const version = execFileSync(candidate, ['-c', `import ${module}; print(${module}.__version__)`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      if (Number.parseInt(version, 10) >= minimumMajor) return candidate;
    } catch {
      // Not this one: the module is missing here.
    }
  }
  return undefined;
}

const pythons = { networkx: pythonWith('networkx', 3), igraph: pythonWith('igraph', 0) } as const;
const loader = new URL('./testing/load-graph.py', import.meta.url).pathname;
const directory = mkdtempSync(join(tmpdir(), 'entente-consumers-'));

/** The graph as the Python library loads it, or undefined when the library cannot read the format (exit 3). */
function loadInPython(kind: 'networkx-graphml' | 'networkx-gexf' | 'igraph-graphml', fileName: string, text: string): LoadedGraph | undefined {
  const python = kind.startsWith('networkx') ? pythons.networkx : pythons.igraph;
  if (python === undefined) return undefined;
  const path = join(directory, fileName);
  writeFileSync(path, text, 'utf8');
  try {
    return JSON.parse(execFileSync(python, [loader, kind, path], { encoding: 'utf8', maxBuffer: 64 << 20 })) as LoadedGraph;
  } catch (error) {
    if (error instanceof Error && 'status' in error && error.status === 3) return undefined;
    throw error;
  }
}

/** A value as the text a table cell shows; absent, null and igraph's "" for a missing string alike. */
function asText(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Every field of the table that the format carries must arrive with the value the table writes. */
function expectFields<R>(fields: readonly RecordField<R>[], record: R, arrived: Record<string, unknown>, where: string): void {
  for (const field of fields) {
    const written: FlatValue | undefined = field.write(record);
    if (field.name === 'evidence') {
      expect(JSON.parse(String(arrived[field.name])), `${where}.evidence`).toStrictEqual(JSON.parse(String(written)));
    } else {
      expect(asText(arrived[field.name]), `${where}.${field.name}`).toBe(asText(written));
    }
  }
}

function expectWholeGraph(graph: LoadedGraph, dataset: Dataset, carriesIdentity: boolean): void {
  const withoutIdentity = <R>(fields: readonly RecordField<R>[]) => fields.filter((field) => carriesIdentity || field.identity !== true);
  expect(graph.directed).toBe(true);
  expect(Object.keys(graph.nodes).sort()).toEqual(dataset.actors.map((actor) => actor.id).sort());
  for (const actor of dataset.actors) expectFields(withoutIdentity(actorFields), actor, graph.nodes[actor.id] ?? {}, actor.id);
  expect(graph.edges.map((edge) => String(edge.data['id'])).sort()).toEqual(dataset.relations.map((relation) => relation.id).sort());
  const edges = new Map(graph.edges.map((edge) => [String(edge.data['id']), edge]));
  for (const relation of dataset.relations) {
    const edge = edges.get(relation.id)!;
    // Undirected relations too run from their source to their target; `directed` says which they are.
    expect([edge.source, edge.target], relation.id).toEqual([relation.source, relation.target]);
    expectFields([...withoutIdentity(relationFields), ...relationEvidenceFields], relation, edge.data, relation.id);
  }
}

/**
 * GraphML's pair mode: one edge per ordered source→target pair, its relations inside it, every
 * relation of the dataset in exactly one edge.
 */
function expectPairGraph(graph: LoadedGraph, dataset: Dataset): void {
  expect(graph.directed).toBe(true);
  expect(Object.keys(graph.nodes).sort()).toEqual(dataset.actors.map((actor) => actor.id).sort());
  for (const actor of dataset.actors) expectFields(actorFields, actor, graph.nodes[actor.id] ?? {}, actor.id);
  const inside = graph.edges.flatMap((edge) => String(edge.data['relation_ids']).split('; '));
  expect(inside.sort()).toEqual(dataset.relations.map((relation) => relation.id).sort());
  for (const edge of graph.edges) {
    const where = `${edge.source}→${edge.target}`;
    const relations = dataset.relations.filter((relation) => relation.source === edge.source && relation.target === edge.target);
    expect(Number(edge.data['relation_count']), where).toBe(relations.length);
    expect(edge.data['relation_ids'], where).toBe(relations.map((relation) => relation.id).join('; '));
    expect(edge.data['type'], where).toBe(relations.map((relation) => relation.type).join('; '));
    expect(JSON.parse(String(edge.data['relations'])), where).toStrictEqual(relations);
  }
}

/** The graph as graphology (the JavaScript graph library, Sigma.js and Gephi Lite's base) parses it. */
function fromGraphology(graph: ParsedGraph): LoadedGraph {
  const nodes: Record<string, Record<string, unknown>> = {};
  graph.forEachNode((key, attributes) => (nodes[key] = attributes));
  const edges: LoadedGraph['edges'][number][] = [];
  // The relation id is the edge's key; a format that also carries it as a column keeps that.
  graph.forEachEdge((key, attributes, source, target) => edges.push({ source, target, data: { id: key, ...attributes } }));
  return { library: 'graphology', directed: graph.type === 'directed', nodes, edges };
}

const dataset = bundledDataset();

describe('exports opened in the tools people use', () => {
  it('networkx reads the GraphML with every actor and relation and all their columns', () => {
    const graph = loadInPython('networkx-graphml', 'export.graphml', datasetToGraphml(dataset));
    expect(graph, 'networkx 3 is missing from every python3 here: run npm run ensure-python-graphs').toBeDefined();
    expectWholeGraph(graph!, dataset, true);
  });

  it('igraph reads the GraphML with every actor and relation, ids as a plain `id` attribute', () => {
    const graph = loadInPython('igraph-graphml', 'export.graphml', datasetToGraphml(dataset));
    expect(graph, 'igraph is missing: run npm run ensure-python-graphs').toBeDefined();
    expectWholeGraph(graph!, dataset, true);
  });

  it('networkx reads the pair-mode GraphML: one edge per source and target, every relation inside one', () => {
    const graph = loadInPython('networkx-graphml', 'pairs.graphml', datasetToGraphml(dataset, { edges: 'pair' }));
    expect(graph, 'networkx 3 is missing from every python3 here: run npm run ensure-python-graphs').toBeDefined();
    expectPairGraph(graph!, dataset);
  });

  it('igraph reads the pair-mode GraphML: one edge per source and target, every relation inside one', () => {
    const graph = loadInPython('igraph-graphml', 'pairs.graphml', datasetToGraphml(dataset, { edges: 'pair' }));
    expect(graph, 'igraph is missing: run npm run ensure-python-graphs').toBeDefined();
    expectPairGraph(graph!, dataset);
  });

  it('graphology reads the pair-mode GraphML: one edge per source and target, every relation inside one', () => {
    expectPairGraph(fromGraphology(parseGraphml(Graph, datasetToGraphml(dataset, { edges: 'pair' }))), dataset);
  });

  it('networkx reads the GEXF with every actor and relation and all their columns', () => {
    const graph = loadInPython('networkx-gexf', 'export.gexf', datasetToGexf(dataset));
    expect(graph, 'networkx 3 (which reads GEXF 1.3) is missing from every python3 here; set ENTENTE_PYTHON to one that has it').toBeDefined();
    expectWholeGraph(graph!, dataset, false);
  });

  it('graphology reads the GraphML with every actor and relation and all their columns', () => {
    expectWholeGraph(fromGraphology(parseGraphml(Graph, datasetToGraphml(dataset))), dataset, true);
  });

  it('graphology reads the GEXF with every actor and relation and all their columns', () => {
    expectWholeGraph(fromGraphology(parseGexf(Graph, datasetToGexf(dataset))), dataset, false);
  });

  it('Ajv (JSON Schema 2020-12) accepts the exported dataset JSON against graph-data/schema.json', () => {
    const schema = JSON.parse(readFileSync(new URL('../../graph-data/schema.json', import.meta.url), 'utf8')) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const json = dataFormats.find((format) => format.id === 'json')!.serialize(dataset, {});
    const exported = JSON.parse(json[0]!.text) as unknown;
    expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);
    // And a broken one is refused, so the check can fail.
    expect(validate({ ...(exported as object), relations: [{ id: 'x' }] })).toBe(false);
  });

  it("loses no relation to Gephi's GEXF import rules (default edge type; merge strategy Sum, the default, or Don't merge)", () => {
    const ids = dataset.relations.map((relation) => relation.id);
    expect(edgesGephiKeeps(datasetToGexf(dataset), 'gexf', 'sum')).toEqual(ids);
    expect(edgesGephiKeeps(datasetToGexf(dataset), 'gexf', 'dont-merge')).toEqual(ids);
  });

  it("loses no relation to Gephi's GraphML import rules with the edges merge strategy Don't merge", () => {
    expect(edgesGephiKeeps(datasetToGraphml(dataset), 'graphml', 'dont-merge')).toEqual(dataset.relations.map((relation) => relation.id));
  });

  it("keeps only the first relation per source and target from GraphML under Gephi's default Sum, as the README warns", () => {
    // GraphML can carry no edge type Gephi reads (see gephi-import-rules.ts), so Sum merges on the ends alone.
    const firstPerPair = new Map<string, string>();
    for (const relation of dataset.relations) {
      const pair = JSON.stringify([relation.source, relation.target]);
      if (!firstPerPair.has(pair)) firstPerPair.set(pair, relation.id);
    }
    expect(edgesGephiKeeps(datasetToGraphml(dataset), 'graphml')).toEqual([...firstPerPair.values()]);
  });

  it("loses no relation to Gephi's GraphML import rules with one edge per pair (merge strategy Sum, the default, or Don't merge)", () => {
    const text = datasetToGraphml(dataset, { edges: 'pair' });
    const relationIds = new Map<string, string>();
    parseGraphml(Graph, text).forEachEdge((key, attributes) => relationIds.set(key, String(attributes['relation_ids'])));
    for (const strategy of ['sum', 'dont-merge'] as const) {
      const kept = edgesGephiKeeps(text, 'graphml', strategy);
      expect(kept, strategy).toEqual([...relationIds.keys()]);
      const arrived = kept.flatMap((edge) => (relationIds.get(edge) ?? '').split('; '));
      expect(arrived.sort(), strategy).toEqual(dataset.relations.map((relation) => relation.id).sort());
    }
  });

  it('cytoscape.js loads the Cytoscape JSON with every element and its columns', () => {
    const cyjs = dataFormats.find((format) => format.id === 'cyjs')!.serialize(dataset, {});
    const document = JSON.parse(cyjs[0]!.text) as { elements: cytoscape.ElementsDefinition };
    const cy = cytoscape({ headless: true, elements: document.elements });
    expect(cy.nodes().map((node) => node.id()).sort()).toEqual(dataset.actors.map((actor) => actor.id).sort());
    for (const relation of dataset.relations) {
      const edge = cy.getElementById(relation.id);
      expect([edge.source().id(), edge.target().id()]).toEqual([relation.source, relation.target]);
      expectFields(relationFields, relation, edge.data() as Record<string, unknown>, relation.id);
      expect(JSON.parse(String(edge.data('evidence_json')))).toStrictEqual(relation.evidence);
      expect(edge.data('name')).toBe(`${relation.source} (${relation.type}) ${relation.target}`);
    }
    cy.destroy();
  });
});

describe('the bloc column of the blocs view, in the same tools', () => {
  // What the app's blocs view shows for the whole dataset, computed by the analysis itself.
  const index = indexDataset(dataset);
  const { blocOf } = viewAlignment(index, computeVisibility(index, defaultViewState));
  const columns = [blocColumn(blocOf)];
  const serialize = (id: string): string => dataFormats.find((format) => format.id === id)!.serialize(dataset, { actorColumns: columns })[0]!.text;
  const expectedBloc = (actor: string): string | undefined => {
    const bloc = blocOf.get(actor);
    return bloc === undefined ? undefined : blocLetters[bloc];
  };

  function expectBlocs(nodes: Record<string, Record<string, unknown>>): void {
    for (const actor of dataset.actors) expect(asText(nodes[actor.id]?.[blocColumnName]), actor.id).toBe(expectedBloc(actor.id));
  }

  it('splits the bundled dataset into two blocs and leaves some actors out, so the checks below can fail', () => {
    const letters = dataset.actors.map((actor) => expectedBloc(actor.id));
    expect(new Set(letters)).toEqual(new Set([...blocLetters, undefined]));
  });

  it('networkx and igraph read each actor\'s bloc from the GraphML, beside every other column', () => {
    for (const kind of ['networkx-graphml', 'igraph-graphml'] as const) {
      const graph = loadInPython(kind, `blocs-${kind}.graphml`, serialize('graphml'));
      expect(graph, `${kind}: run npm run ensure-python-graphs`).toBeDefined();
      expectWholeGraph(graph!, dataset, true);
      expectBlocs(graph!.nodes);
    }
  });

  it('networkx and graphology read each actor\'s bloc from the GEXF', () => {
    const graph = loadInPython('networkx-gexf', 'blocs.gexf', serialize('gexf'));
    expect(graph, 'networkx 3 (which reads GEXF 1.3) is missing').toBeDefined();
    expectBlocs(graph!.nodes);
    const parsed = fromGraphology(parseGexf(Graph, serialize('gexf')));
    expectWholeGraph(parsed, dataset, false);
    expectBlocs(parsed.nodes);
  });

  it('cytoscape.js reads each actor\'s bloc as node data from the Cytoscape JSON', () => {
    const document = JSON.parse(serialize('cyjs')) as { elements: cytoscape.ElementsDefinition };
    const cy = cytoscape({ headless: true, elements: document.elements });
    expectBlocs(Object.fromEntries(cy.nodes().map((node) => [node.id(), node.data() as Record<string, unknown>])));
    cy.destroy();
  });

  it('actors.csv has a bloc column, empty for actors outside the stance relations', () => {
    const [header = [], ...rows] = parseCsv(serialize('csv'));
    const column = header.indexOf(blocColumnName);
    expect(column).toBe(header.length - 1);
    const id = header.indexOf('id');
    expectBlocs(Object.fromEntries(rows.map((row) => [row[id] ?? '', { [blocColumnName]: row[column] }])));
  });

  it('exports made outside the blocs view have no bloc column', () => {
    const graph = fromGraphology(parseGraphml(Graph, datasetToGraphml(dataset)));
    expect(Object.values(graph.nodes).some((node) => blocColumnName in node)).toBe(false);
    expect(parseCsv(dataFormats.find((format) => format.id === 'csv')!.serialize(dataset, {})[0]!.text)[0]).not.toContain(blocColumnName);
  });
});
