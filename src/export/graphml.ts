/**
 * A dataset as GraphML (http://graphml.graphdrawing.org/), for Gephi, yEd, Cytoscape desktop,
 * networkx and igraph.
 *
 * Plain GraphML only: typed `<key>` declarations (string, boolean, int), nodes, edges and `<data>`.
 * Choices made for those readers:
 * - Mixed direction: the graph is directed and no edge says otherwise; an undirected relation is
 *   an edge from its source to its target whose `directed` column is false. networkx refuses a
 *   per-edge `directed="false"` in a directed graph, and Gephi and Cytoscape desktop ignore it or
 *   drop the edge, so a column is the one form every reader keeps.
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
import { escapeXmlAttribute, escapeXmlText } from './xml-escape';

export const graphmlNamespace = 'http://graphml.graphdrawing.org/xmlns';

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

/** Every key an export with these actor fields declares, nodes first, in the order values are written. */
function keysFor(nodeFields: readonly RecordField<Actor>[]): readonly KeyDeclaration[] {
  return [
    key('node', 'label'),
    ...nodeFields.map((field) => key('node', field.name, field.type)),
    key('edge', 'label'),
    key('edge', 'interaction'),
    ...[...relationFields, ...relationEvidenceFields].map((field) => key('edge', field.name, field.type)),
  ];
}

/** Every key the export declares without extra actor columns. */
export const graphmlKeys: readonly KeyDeclaration[] = keysFor(actorFields);

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

/** The dataset as GraphML; `actorColumns` (e.g. the bloc) become node keys after the field table's. */
export function datasetToGraphml(dataset: Dataset, actorColumns: readonly ActorColumn[] = []): string {
  const attribute = escapeXmlAttribute;
  const nodeFields = actorFieldsWith(actorColumns);
  const graphmlKeys = keysFor(nodeFields);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${graphmlNamespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`,
    `    xsi:schemaLocation="${graphmlNamespace} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    ...graphmlKeys.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`),
    `  <graph id="${attribute(dataset.id)}" edgedefault="directed">`,
  ];
  for (const actor of dataset.actors) {
    lines.push(`    <node id="${attribute(actor.id)}">`, ...dataLines(graphmlKeys, 'node', actorValues(nodeFields, actor)), '    </node>');
  }
  for (const relation of dataset.relations) {
    const ends = `source="${attribute(relation.source)}" target="${attribute(relation.target)}"`;
    lines.push(`    <edge id="${attribute(relation.id)}" ${ends}>`, ...dataLines(graphmlKeys, 'edge', relationValues(relation)), '    </edge>');
  }
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
