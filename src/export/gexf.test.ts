import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/schema';
import { minimalDataset } from '../model/testing/minimal-dataset';
import { datasetToGexf, gexfNamespace, relationSpell } from './gexf';
import { arbitraryDataset } from './testing/arbitrary-dataset';
import { expectedActorValues, expectedRelationValues } from './testing/expected-attributes';
import { bundledDataset } from './testing/bundled-dataset';
import { attributeOf, childElements, onlyChild, parseXmlStrictly } from './testing/xml-document';
import { stripXmlForbidden } from './xml-escape';

type Element = ReturnType<typeof onlyChild>;

function attributesOf(element: Element, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.flatMap((name) => (element.hasAttribute(name) ? [[name, element.getAttribute(name) ?? '']] : [])));
}

/** What Gephi reads: declarations, and per node and edge its XML attributes, attvalues and spells. */
function readGexf(text: string) {
  const root = parseXmlStrictly(text).documentElement!;
  expect(root.namespaceURI).toBe(gexfNamespace);
  expect(attributeOf(root, 'version')).toBe('1.3');
  const graph = onlyChild(root, 'graph');
  const declarations = Object.fromEntries(
    childElements(graph, 'attributes').map((block) => [
      attributeOf(block, 'class')!,
      childElements(block, 'attribute').map((a) => attributesOf(a, ['id', 'title', 'type'])),
    ]),
  );
  const valuesOf = (element: Element, owner: string) => {
    const known = new Set((declarations[owner] ?? []).map((d) => d['id']));
    const values: Record<string, string> = {};
    for (const block of childElements(element, 'attvalues')) {
      for (const value of childElements(block, 'attvalue')) {
        const id = attributeOf(value, 'for')!;
        expect(known.has(id), `undeclared ${owner} attribute ${id}`).toBe(true);
        values[id] = attributeOf(value, 'value')!;
      }
    }
    return values;
  };
  const spellsOf = (element: Element) =>
    childElements(element, 'spells').flatMap((block) => childElements(block, 'spell').map((s) => attributesOf(s, ['start', 'end'])));
  const nodes = new Map(
    childElements(onlyChild(graph, 'nodes'), 'node').map((node) => [
      attributeOf(node, 'id')!,
      { label: attributeOf(node, 'label'), values: valuesOf(node, 'node'), spells: spellsOf(node) },
    ]),
  );
  const edges = new Map(
    childElements(onlyChild(graph, 'edges'), 'edge').map((edge) => [
      attributeOf(edge, 'id')!,
      {
        attributes: attributesOf(edge, ['source', 'target', 'type', 'label', 'kind']),
        values: valuesOf(edge, 'edge'),
        spells: spellsOf(edge),
      },
    ]),
  );
  return { graph, declarations, nodes, edges };
}

function expectSameGraph(text: string, dataset: Dataset): void {
  const { nodes, edges } = readGexf(text);
  expect([...nodes.keys()]).toEqual(dataset.actors.map((a) => a.id));
  for (const actor of dataset.actors) {
    const { id: _id, ...values } = expectedActorValues(actor);
    expect(nodes.get(actor.id)).toStrictEqual({ label: stripXmlForbidden(actor.name), values, spells: [] });
  }
  expect([...edges.keys()]).toEqual(dataset.relations.map((r) => r.id));
  // Gephi merges edges of one source, target and kind: no two relations may share all three.
  const mergeKeys = new Set([...edges.values()].map(({ attributes: a }) => JSON.stringify([a['source'], a['target'], a['kind']])));
  expect(mergeKeys.size).toBe(dataset.relations.length);
  for (const relation of dataset.relations) {
    const edge = edges.get(relation.id)!;
    const { evidence, ...values } = edge.values;
    const { kind, ...attributes } = edge.attributes;
    // Every edge is directed by the graph's default (Gephi drops edges that differ from it).
    expect(attributes).toStrictEqual({ source: relation.source, target: relation.target, label: relation.type });
    expect(kind?.startsWith(relation.type)).toBe(true);
    const { id: _id, source: _source, target: _target, ...expected } = expectedRelationValues(relation);
    expect(values).toStrictEqual(expected);
    expect(JSON.parse(evidence!)).toStrictEqual(relation.evidence);
    const dated = relation.date !== undefined || relation.period !== undefined;
    expect(edge.spells).toHaveLength(dated ? 1 : 0);
    for (const spell of edge.spells) {
      expect(spell['start']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (spell['end'] !== undefined) expect(spell['end'] >= spell['start']!).toBe(true);
      expect(spell['end'] === undefined).toBe(relation.period !== undefined && relation.period.end === undefined);
    }
  }
}

/** The bundled dataset's edges as Gephi reads them. */
const bundled = () => readGexf(datasetToGexf(bundledDataset()));

describe('GEXF export', () => {
  it('parses back, with a strict XML parser, to the same actors, relations and attributes', () => {
    fc.assert(
      fc.property(arbitraryDataset(), (dataset) => expectSameGraph(datasetToGexf(dataset), dataset)),
      { numRuns: 150 },
    );
  });

  it('holds the whole bundled dataset', () => {
    const dataset = bundledDataset();
    expectSameGraph(datasetToGexf(dataset), dataset);
  });

  it('is a dynamic GEXF 1.3 graph with dates, with typed attribute declarations', () => {
    const { graph, declarations } = bundled();
    expect(attributesOf(graph, ['defaultedgetype', 'mode', 'timeformat'])).toEqual({
      defaultedgetype: 'directed',
      mode: 'dynamic',
      timeformat: 'date',
    });
    expect(declarations['node']?.map((d) => d['id'])).toEqual(['name', 'shortName', 'kind', 'aliases', 'description', 'affiliation']);
    expect(declarations['edge']?.find((d) => d['id'] === 'evidence_count')).toEqual({ id: 'evidence_count', title: 'evidence_count', type: 'integer' });
    expect(declarations['edge']?.find((d) => d['id'] === 'directed')?.['type']).toBe('boolean');
  });

  it('spans a month-precise date over the whole month', () => {
    // Dated "2007-11" in the bundled dataset.
    expect(bundled().edges.get('russia-backs-kazakhstan-madrid-2007')?.spells).toEqual([{ start: '2007-11-01', end: '2007-11-30' }]);
  });

  it('writes periods from their first to their last day, open ones without an end, undated relations without spells', () => {
    const { edges } = bundled();
    expect(edges.get('kazakhstan-anger-at-osce-1999-2003')?.spells).toEqual([{ start: '1999-01-01', end: '2003-11-30' }]);
    expect(edges.get('russia-backs-kazakhstan-bid-2005')?.spells).toEqual([{ start: '2005-01-01' }]);
    expect(edges.get('tokaev-aligns-with-moscow-2008')?.spells).toEqual([{ start: '2008-07-02', end: '2008-07-02' }]);
    expect(edges.get('russia-kazakhstan-osce-policy-discord')?.spells).toEqual([]);
  });

  it('knows leap years and whole years', () => {
    expect(relationSpell({ date: '2008-02' })).toEqual({ start: '2008-02-01', end: '2008-02-29' });
    expect(relationSpell({ date: '2007' })).toEqual({ start: '2007-01-01', end: '2007-12-31' });
    expect(relationSpell({})).toBeUndefined();
  });

  it('writes undirected relations as edges of the directed graph with directed=false, so Gephi and networkx keep them', () => {
    const deal = bundled().edges.get('kazakhstan-us-deal-madrid-2007');
    expect(deal?.attributes).toStrictEqual({ source: 'kazakhstan', target: 'united-states', label: 'deal', kind: 'deal' });
    expect(deal?.values['directed']).toBe('false');
  });

  it('numbers the kind of a second relation of one type on the same pair, so Gephi does not merge them', () => {
    const base = minimalDataset();
    const first = base.relations[0]!;
    const dataset: Dataset = { ...base, relations: [...base.relations, { ...first, id: `${first.id}-again` }] };
    const { edges } = readGexf(datasetToGexf(dataset));
    expect(edges.get(first.id)?.attributes['kind']).toBe(first.type);
    expect(edges.get(`${first.id}-again`)?.attributes['kind']).toBe(`${first.type} 2`);
  });

  it('keeps line breaks, tabs and spaces inside attribute values', () => {
    const base = minimalDataset();
    const summary = '  two\r\nlines\tand\ttabs  ';
    const dataset: Dataset = { ...base, relations: base.relations.map((r) => ({ ...r, summary })) };
    expect(readGexf(datasetToGexf(dataset)).edges.get('r-role')?.values['summary']).toBe(summary);
  });
});
