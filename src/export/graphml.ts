/**
 * A dataset as GraphML (http://graphml.graphdrawing.org/), for Gephi, yEd and Cytoscape desktop.
 *
 * Plain GraphML only: typed `<key>` declarations (string, boolean, int), nodes, edges and `<data>`.
 * Choices made for those readers:
 * - Node and edge ids are the dataset's ids; every edge also says `directed="true|false"`, since
 *   a relation may be either (the graph's default is directed).
 * - Key ids double as Gephi's column ids, so they are prefixed (`node_name`, `edge_type`) and avoid
 *   the names Gephi reads as properties; attr.name is the column title the user sees. A `label` key
 *   (the actor's name, the relation's type) is what Gephi shows as labels.
 * - No graph-level keys: Gephi reports them as errors on import.
 * - A field the dataset leaves out has no `<data>`; aliases are one " | " joined string
 *   (alias-list.ts); the evidence is kept whole as a JSON string (`evidence`), beside a readable
 *   one-quote-a-line `quotes` string.
 * - Characters XML 1.0 forbids are dropped from text (xml-escape.ts); the evidence JSON escapes them
 *   instead, so it always parses back to the exact evidence.
 */
import type { Actor, Dataset, Relation } from '../model/schema';
import { actorAttributes, relationAttributes, type AttributeValues } from './flat-attributes';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape';

export const graphmlNamespace = 'http://graphml.graphdrawing.org/xmlns';

type GraphmlType = 'string' | 'boolean' | 'int';

interface KeyDeclaration {
  readonly id: string;
  readonly for: 'node' | 'edge';
  readonly name: string;
  readonly type: GraphmlType;
}

const key = (owner: 'node' | 'edge', name: string, type: GraphmlType = 'string'): KeyDeclaration => ({
  id: `${owner}_${name}`,
  for: owner,
  name,
  type,
});

/** Every key the export declares, nodes first, in the order values are written. */
export const graphmlKeys: readonly KeyDeclaration[] = [
  key('node', 'label'),
  key('node', 'name'),
  key('node', 'kind'),
  key('node', 'aliases'),
  key('node', 'description'),
  key('node', 'affiliation'),
  key('edge', 'label'),
  key('edge', 'type'),
  key('edge', 'directed', 'boolean'),
  key('edge', 'date'),
  key('edge', 'period_start'),
  key('edge', 'period_end'),
  key('edge', 'summary'),
  key('edge', 'certainty'),
  key('edge', 'evidence_count', 'int'),
  key('edge', 'evidence'),
  key('edge', 'quotes'),
];

type Values = AttributeValues;

function dataLines(owner: 'node' | 'edge', values: Values): string[] {
  return graphmlKeys.flatMap((declaration) => {
    if (declaration.for !== owner) return [];
    const value = values[declaration.name];
    if (value === undefined) return [];
    return [`      <data key="${declaration.id}">${escapeXmlText(String(value))}</data>`];
  });
}

function actorValues(actor: Actor): Values {
  // `label` is the column Gephi and yEd show as the node's name.
  return { label: actor.name, ...actorAttributes(actor) };
}

function relationValues(relation: Relation): Values {
  return { label: relation.type, ...relationAttributes(relation) };
}

export function datasetToGraphml(dataset: Dataset): string {
  const attribute = escapeXmlAttribute;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${graphmlNamespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`,
    `    xsi:schemaLocation="${graphmlNamespace} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    ...graphmlKeys.map(
      (k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`,
    ),
    `  <graph id="${attribute(dataset.id)}" edgedefault="directed">`,
  ];
  for (const actor of dataset.actors) {
    lines.push(`    <node id="${attribute(actor.id)}">`, ...dataLines('node', actorValues(actor)), '    </node>');
  }
  for (const relation of dataset.relations) {
    const ends = `source="${attribute(relation.source)}" target="${attribute(relation.target)}"`;
    lines.push(
      `    <edge id="${attribute(relation.id)}" ${ends} directed="${String(relation.directed)}">`,
      ...dataLines('edge', relationValues(relation)),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
