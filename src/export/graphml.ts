/**
 * A dataset as GraphML (http://graphml.graphdrawing.org/), for Gephi, yEd, Cytoscape desktop,
 * networkx and igraph.
 *
 * Plain GraphML only: typed `<key>` declarations (string, boolean, int), nodes, edges and `<data>`.
 * Choices made for those readers:
 * - Mixed direction: the graph is directed and no edge says otherwise; an undirected relation is
 *   an edge from its source to its target whose `directed` column is false. networkx refuses a
 *   per-edge `directed="false"` in a directed graph and Cytoscape desktop ignores it (Gephi would
 *   keep it from GraphML, though not from GEXF), so a column is the one form every reader keeps.
 * - No edge type for Gephi: Gephi's GraphML importer takes an edge's type only from a `label`
 *   attribute on `<edge>`, which the GraphML 1.0 schema does not allow (no `<data>` key sets it),
 *   so Gephi's default merge joins relations on the same source and target. Hence two edge modes:
 *   `relation` (the default) writes one edge per relation, for every other reader and for Gephi
 *   with "Don't merge"; `pair` writes one edge per ordered source→target pair carrying all its
 *   relations (relation-pairs.ts), which Gephi's default merge leaves whole.
 * - Columns are the field table's (record-fields.ts), the ids too (`id`, `source`, `target`):
 *   igraph keeps a data key where it may lose the `<edge id>`.
 * - Key ids double as Gephi's column ids, so they are prefixed (`node_name`, `edge_type`) and avoid
 *   the names Gephi reads as properties; attr.name is the column title the user sees. A `label` key
 *   (the actor's name, the relation's type) is what Gephi shows as labels; `interaction` (the
 *   relation type) is Cytoscape desktop's edge type column.
 * - No graph-level keys: Gephi reports them as errors on import.
 * - A field the dataset leaves out has no `<data>`; the evidence is kept whole as a JSON string
 *   (`evidence`), beside a readable one-quote-a-line `quotes` string.
 * - Characters XML 1.0 forbids are dropped from text (xml-escape.ts); the evidence JSON escapes them
 *   instead, so it always parses back to the exact evidence.
 */
import type { Actor, Dataset, Relation } from '../model/schema';
import { actorFields, actorFieldsWith, flatValues, relationEvidenceFields, relationFields, type ActorColumn, type FieldType, type FlatValue, type RecordField } from './record-fields';
import { pairListSeparator, relationPairFields, relationPairs, type RelationPair } from './relation-pairs';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape';

export const graphmlNamespace = 'http://graphml.graphdrawing.org/xmlns';

/** What an edge stands for: one relation, or every relation of one ordered source→target pair. */
export type GraphmlEdges = 'relation' | 'pair';
export const graphmlEdgeModes: readonly GraphmlEdges[] = ['relation', 'pair'];

export interface GraphmlOptions {
  /** Default `relation`. */
  readonly edges?: GraphmlEdges;
}

type GraphmlType = 'string' | 'boolean' | 'int';
const graphmlTypes: Record<FieldType, GraphmlType> = { string: 'string', boolean: 'boolean', integer: 'int' };

interface KeyDeclaration {
  readonly id: string;
  readonly for: 'node' | 'edge';
  readonly name: string;
  readonly type: GraphmlType;
}

const key = (owner: 'node' | 'edge', name: string, type: FieldType = 'string'): KeyDeclaration => ({
  id: `${owner}_${name}`,
  for: owner,
  name,
  type: graphmlTypes[type],
});

const edgeFields = {
  relation: [...relationFields, ...relationEvidenceFields],
  pair: relationPairFields,
} as const;

/** Every key an export declares, nodes first (with any extra actor columns), in the order values are written. */
export function graphmlKeys(edges: GraphmlEdges = 'relation', nodeFields: readonly RecordField<Actor>[] = actorFields): KeyDeclaration[] {
  return [
    key('node', 'label'),
    ...nodeFields.map((field) => key('node', field.name, field.type)),
    key('edge', 'label'),
    key('edge', 'interaction'),
    ...edgeFields[edges].map((field) => key('edge', field.name, field.type)),
  ];
}

function dataLines(keys: readonly KeyDeclaration[], owner: 'node' | 'edge', values: ReadonlyMap<string, FlatValue>): string[] {
  return keys.flatMap((declaration) => {
    if (declaration.for !== owner) return [];
    const value = values.get(declaration.name);
    if (value === undefined) return [];
    return [`      <data key="${declaration.id}">${escapeXmlText(String(value))}</data>`];
  });
}

function actorValues(nodeFields: readonly RecordField<Actor>[], actor: Actor): Map<string, FlatValue> {
  // `label` is the column Gephi and yEd show as the node's name.
  return new Map([['label', actor.name], ...flatValues(nodeFields, actor)]);
}

function relationValues(relation: Relation): Map<string, FlatValue> {
  return new Map([
    ['label', relation.type],
    ['interaction', relation.type],
    ...flatValues(relationFields, relation),
    ...flatValues(relationEvidenceFields, relation),
  ]);
}

function pairValues(pair: RelationPair): Map<string, FlatValue> {
  const types = pair.relations.map((relation) => relation.type).join(pairListSeparator);
  return new Map([['label', types], ['interaction', types], ...flatValues(relationPairFields, pair)]);
}

/** The dataset as GraphML; `actorColumns` (e.g. the bloc) become node keys after the field table's. */
export function datasetToGraphml(dataset: Dataset, options: GraphmlOptions = {}, actorColumns: readonly ActorColumn[] = []): string {
  const attribute = escapeXmlAttribute;
  const edges = options.edges ?? 'relation';
  const nodeFields = actorFieldsWith(actorColumns);
  const keys = graphmlKeys(edges, nodeFields);
  const edgeLine = (id: string, source: string, target: string) =>
    `    <edge id="${attribute(id)}" source="${attribute(source)}" target="${attribute(target)}">`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${graphmlNamespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`,
    `    xsi:schemaLocation="${graphmlNamespace} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    ...keys.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`),
    `  <graph id="${attribute(dataset.id)}" edgedefault="directed">`,
  ];
  for (const actor of dataset.actors) {
    lines.push(`    <node id="${attribute(actor.id)}">`, ...dataLines(keys, 'node', actorValues(nodeFields, actor)), '    </node>');
  }
  if (edges === 'pair') {
    for (const pair of relationPairs(dataset.relations)) {
      lines.push(edgeLine(pair.id, pair.source, pair.target), ...dataLines(keys, 'edge', pairValues(pair)), '    </edge>');
    }
  } else {
    for (const relation of dataset.relations) {
      lines.push(edgeLine(relation.id, relation.source, relation.target), ...dataLines(keys, 'edge', relationValues(relation)), '    </edge>');
    }
  }
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
