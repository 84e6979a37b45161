import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/schema';
import { minimalDataset } from '../model/testing/minimal-dataset';
import { validateDataset } from '../model/validate';
import { splitAliases } from './alias-list';
import { actorFields, relationEvidenceFields, relationFields, type Draft, type RecordField } from './record-fields';
import { datasetToGraphml, graphmlNamespace } from './graphml';
import { arbitraryDataset } from './testing/arbitrary-dataset';
import { expectedActorValues, expectedRelationValues } from './testing/expected-attributes';
import { bundledDataset } from './testing/bundled-dataset';
import { attributeOf, childElements, onlyChild, parseXmlStrictly } from './testing/xml-document';
import { readableQuote } from './readable-quotes';
import { stripXmlForbidden } from './xml-escape';

interface ReadEdge {
  readonly source: string | undefined;
  readonly target: string | undefined;
  readonly directed: string | undefined;
  readonly data: Record<string, string>;
}

/** What a GraphML reader sees: declared keys, and each node's and edge's data by attr.name. */
function readGraphml(text: string) {
  const document = parseXmlStrictly(text);
  const root = document.documentElement!;
  expect(root.namespaceURI).toBe(graphmlNamespace);
  const keys = new Map(
    childElements(root, 'key').map((key) => [
      attributeOf(key, 'id')!,
      { for: attributeOf(key, 'for'), name: attributeOf(key, 'attr.name')!, type: attributeOf(key, 'attr.type') },
    ]),
  );
  const graph = onlyChild(root, 'graph');
  const dataOf = (element: Parameters<typeof childElements>[0], owner: string) => {
    const data: Record<string, string> = {};
    for (const item of childElements(element, 'data')) {
      const key = keys.get(attributeOf(item, 'key')!);
      expect(key?.for).toBe(owner);
      data[key!.name] = item.textContent ?? '';
    }
    return data;
  };
  const nodes = new Map(childElements(graph, 'node').map((node) => [attributeOf(node, 'id')!, dataOf(node, 'node')]));
  const edges = new Map<string, ReadEdge>(
    childElements(graph, 'edge').map((edge) => [
      attributeOf(edge, 'id')!,
      {
        source: attributeOf(edge, 'source'),
        target: attributeOf(edge, 'target'),
        directed: attributeOf(edge, 'directed'),
        data: dataOf(edge, 'edge'),
      },
    ]),
  );
  return { keys, graph, nodes, edges };
}

function expectSameGraph(text: string, dataset: Dataset): void {
  const { graph, nodes, edges } = readGraphml(text);
  expect(attributeOf(graph, 'id')).toBe(dataset.id);
  expect(attributeOf(graph, 'edgedefault')).toBe('directed');
  expect([...nodes.keys()]).toEqual(dataset.actors.map((actor) => actor.id));
  for (const actor of dataset.actors) expect(nodes.get(actor.id)).toStrictEqual({ label: stripXmlForbidden(actor.name), ...expectedActorValues(actor) });
  expect([...edges.keys()]).toEqual(dataset.relations.map((relation) => relation.id));
  for (const relation of dataset.relations) {
    const { evidence, ...data } = edges.get(relation.id)!.data;
    // No per-edge direction (networkx refuses directed="false" in a directed graph): a column says it.
    expect(edges.get(relation.id)).toMatchObject({ source: relation.source, target: relation.target, directed: undefined });
    expect(data).toStrictEqual({ label: relation.type, interaction: relation.type, ...expectedRelationValues(relation) });
    // The evidence column loses nothing, not even characters XML cannot hold.
    expect(JSON.parse(evidence!)).toStrictEqual(relation.evidence);
  }
}

/** The pair-mode edge of each ordered source→target pair, read from the dataset's relations directly. */
function expectPairEdges(text: string, dataset: Dataset): void {
  const { nodes, edges } = readGraphml(text);
  expect([...nodes.keys()]).toEqual(dataset.actors.map((actor) => actor.id));
  const pairs = [...new Set(dataset.relations.map((relation) => JSON.stringify([relation.source, relation.target])))].map(
    (pair) => JSON.parse(pair) as [string, string],
  );
  expect([...edges.values()].map((edge) => [edge.source, edge.target])).toEqual(pairs);
  for (const edge of edges.values()) {
    const relations = dataset.relations.filter((relation) => relation.source === edge.source && relation.target === edge.target);
    const { relations: json, summary, quotes, ...data } = edge.data;
    // The relations whole, not even characters XML cannot hold lost.
    expect(JSON.parse(json!)).toStrictEqual(relations);
    expect(edge.directed).toBeUndefined();
    const expected = relations.map(expectedRelationValues);
    const types = relations.map((relation) => relation.type).join('; ');
    const listed: Record<string, string> = {};
    for (const name of new Set(expected.flatMap((values) => Object.keys(values)))) {
      if (['id', 'source', 'target', 'summary', 'quotes'].includes(name)) continue;
      listed[name] = expected.map((values) => values[name] ?? '').join('; ');
    }
    expect(data).toStrictEqual({
      label: types,
      interaction: types,
      id: `${edge.source!}--${edge.target!}`,
      source: edge.source,
      target: edge.target,
      relation_count: String(relations.length),
      relation_ids: relations.map((relation) => relation.id).join('; '),
      ...listed,
    });
    expect(summary).toBe(relations.map((relation) => `${relation.id}: ${stripXmlForbidden(relation.summary)}`).join('\n'));
    expect(quotes).toBe(relations.flatMap((relation) => relation.evidence.map((item) => `${relation.id}: ${stripXmlForbidden(readableQuote(item))}`)).join('\n'));
  }
}

describe('GraphML export', () => {
  it('parses back, with a strict XML parser, to the same actors, relations and attributes', () => {
    fc.assert(
      fc.property(arbitraryDataset(), (dataset) => expectSameGraph(datasetToGraphml(dataset), dataset)),
      { numRuns: 150 },
    );
  });

  it('holds the whole bundled dataset', () => {
    const dataset = bundledDataset();
    const text = datasetToGraphml(dataset);
    expectSameGraph(text, dataset);
    const { nodes, edges } = readGraphml(text);
    expect(nodes.size).toBe(dataset.actors.length);
    expect(edges.size).toBe(dataset.relations.length);
    expect(splitAliases(nodes.get('russia')!['aliases']!)).toEqual(dataset.actors.find((a) => a.id === 'russia')!.aliases);
    expect(edges.get('kazakhstan-us-deal-madrid-2007')).toMatchObject({ directed: undefined, data: { type: 'deal', directed: 'false' } });
  });

  it('reads back through the field table to the very dataset it was written from', () => {
    const dataset = bundledDataset();
    const { nodes, edges } = readGraphml(datasetToGraphml(dataset));
    const rebuild = <R>(fields: readonly RecordField<R>[], data: Record<string, string>): Draft => {
      const draft: Draft = {};
      for (const field of fields) if (field.read !== undefined && data[field.name] !== undefined) field.read(data[field.name]!, draft);
      return draft;
    };
    const { actors: _actors, relations: _relations, ...meta } = dataset;
    const result = validateDataset({
      ...meta,
      actors: [...nodes.values()].map((data) => rebuild(actorFields, data)),
      relations: [...edges.values()].map(({ data }) => rebuild([...relationFields, ...relationEvidenceFields], data)),
    });
    expect(result.ok ? result.dataset : result.problems).toStrictEqual(dataset);
  });

  it('declares every attribute with its type, for Gephi, yEd and Cytoscape', () => {
    const declared = [...readGraphml(datasetToGraphml(minimalDataset())).keys.values()];
    const byName = (owner: string) => Object.fromEntries(declared.filter((k) => k.for === owner).map((k) => [k.name, k.type]));
    expect(byName('node')).toEqual({
      label: 'string', id: 'string', name: 'string', shortName: 'string', kind: 'string', aliases: 'string', description: 'string', affiliation: 'string',
    });
    expect(byName('edge')).toEqual({
      label: 'string', interaction: 'string', id: 'string', source: 'string', target: 'string', type: 'string', directed: 'boolean',
      date: 'string', period_start: 'string', period_end: 'string', summary: 'string', certainty: 'string', strength: 'string',
      evidence_count: 'int', evidence: 'string', quotes: 'string',
    });
    expect(declared.filter((k) => k.for !== 'node' && k.for !== 'edge')).toEqual([]);
  });

  it('escapes markup and drops characters XML forbids from what it writes', () => {
    const base = minimalDataset();
    const name = 'A <b>&amp;</b> "q" \'s\' ]]> \u0001\uFFFE end';
    const dataset: Dataset = { ...base, actors: base.actors.map((a) => (a.id === 'russia' ? { ...a, name } : a)) };
    const text = datasetToGraphml(dataset);
    // Quotes stay literal in element content (see xml-escape.ts for why).
    expect(text).toContain(`<data key="node_name">A &lt;b&gt;&amp;amp;&lt;/b&gt; "q" 's' ]]&gt;  end</data>`);
    expect(readGraphml(text).nodes.get('russia')!['name']).toBe('A <b>&amp;</b> "q" \'s\' ]]>  end');
  });

  it('writes one edge per source→target pair with all its relations when asked, for arbitrary datasets', () => {
    fc.assert(
      fc.property(arbitraryDataset(), (dataset) => expectPairEdges(datasetToGraphml(dataset, { edges: 'pair' }), dataset)),
      { numRuns: 100 },
    );
  });

  it('writes the bundled dataset as one edge per pair, every relation inside one of them', () => {
    const dataset = bundledDataset();
    const text = datasetToGraphml(dataset, { edges: 'pair' });
    expectPairEdges(text, dataset);
    const { edges } = readGraphml(text);
    const ids = [...edges.values()].flatMap((edge) => (JSON.parse(edge.data['relations']!) as { id: string }[]).map((relation) => relation.id));
    expect(ids.sort()).toEqual(dataset.relations.map((relation) => relation.id).sort());
    expect(edges.size).toBeLessThan(dataset.relations.length);
  });

  it('declares the pair columns with their types in pair mode', () => {
    const declared = [...readGraphml(datasetToGraphml(minimalDataset(), { edges: 'pair' })).keys.values()];
    const edgeKeys = Object.fromEntries(declared.filter((k) => k.for === 'edge').map((k) => [k.name, k.type]));
    expect(edgeKeys).toEqual({
      label: 'string', interaction: 'string', id: 'string', source: 'string', target: 'string', relation_count: 'int',
      relation_ids: 'string', type: 'string', directed: 'string', date: 'string', period_start: 'string', period_end: 'string',
      summary: 'string', certainty: 'string', strength: 'string', evidence_count: 'string', quotes: 'string', relations: 'string',
    });
  });

  it('writes no data for an absent field', () => {
    const { nodes, edges } = readGraphml(datasetToGraphml(minimalDataset()));
    expect(Object.keys(nodes.get('russia')!)).not.toContain('affiliation');
    expect(nodes.get('lavrov')!['affiliation']).toBe('russia');
    expect(Object.keys(edges.get('r-support')!.data)).not.toContain('period_end');
    expect(Object.keys(edges.get('r-support')!.data)).not.toContain('date');
  });
});
