/**
 * A dataset as GEXF 1.3 (https://gexf.net), Gephi's own format, with time: the graph is
 * `mode="dynamic"` with `timeformat="date"`, and each dated relation carries a spell, so Gephi's
 * timeline shows relations appear and end.
 *
 * - A date covers every day it can mean (daySpan): "2007" is 2007-01-01..2007-12-31, "2007-11" is
 *   2007-11-01..2007-11-30. A period runs from its start's first day to its end's last day; an open
 *   period has no `end`. An undated relation has no spell: it holds at every time. Actors have no
 *   spells either.
 * - Each edge has `type="directed|undirected"`, `label` = the relation type, and `kind` = the
 *   relation type too: GEXF 1.3 keeps parallel edges of different kinds apart, so a support and an
 *   opposition between the same two actors stay two edges in Gephi.
 * - The same columns as the GraphML export, as `<attvalue>`s; `name` is repeated as an attribute
 *   because a node's `label` is an XML token, which a validating reader may collapse.
 * - Characters XML 1.0 forbids are dropped, except in the evidence JSON, which escapes them
 *   (xml-escape.ts).
 */
import { daySpan } from '../model/dates';
import type { Dataset, Relation } from '../model/schema';
import { actorAttributes, relationAttributes, type AttributeValues } from './flat-attributes';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape';

export const gexfNamespace = 'http://gexf.net/1.3';

type GexfType = 'string' | 'boolean' | 'integer';

interface AttributeDeclaration {
  readonly id: string;
  readonly type: GexfType;
}

const attribute = (id: string, type: GexfType = 'string'): AttributeDeclaration => ({ id, type });

/** Declared node attributes, in the order values are written (id = title = column name). */
export const gexfNodeAttributes: readonly AttributeDeclaration[] = [
  attribute('name'),
  attribute('kind'),
  attribute('aliases'),
  attribute('description'),
  attribute('affiliation'),
];

/** Declared edge attributes, in the order values are written. */
export const gexfEdgeAttributes: readonly AttributeDeclaration[] = [
  attribute('type'),
  attribute('directed', 'boolean'),
  attribute('date'),
  attribute('period_start'),
  attribute('period_end'),
  attribute('summary'),
  attribute('certainty'),
  attribute('evidence_count', 'integer'),
  attribute('evidence'),
  attribute('quotes'),
];

export interface Spell {
  readonly start: string;
  readonly end?: string;
}

/** When a relation holds, as a GEXF spell of whole days; undefined when it is undated. */
export function relationSpell(relation: Pick<Relation, 'date' | 'period'>): Spell | undefined {
  if (relation.date !== undefined) {
    const { first, last } = daySpan(relation.date);
    return { start: first, end: last };
  }
  if (relation.period !== undefined) {
    const start = daySpan(relation.period.start).first;
    return relation.period.end === undefined ? { start } : { start, end: daySpan(relation.period.end).last };
  }
  return undefined;
}

type Values = AttributeValues;

function attvalueLines(declarations: readonly AttributeDeclaration[], values: Values): string[] {
  const lines = declarations.flatMap(({ id }) => {
    const value = values[id];
    if (value === undefined) return [];
    return [`          <attvalue for="${id}" value="${escapeXmlAttribute(String(value))}"/>`];
  });
  return lines.length === 0 ? [] : ['        <attvalues>', ...lines, '        </attvalues>'];
}

function declarationLines(owner: 'node' | 'edge', declarations: readonly AttributeDeclaration[]): string[] {
  return [
    `    <attributes class="${owner}">`,
    ...declarations.map(({ id, type }) => `      <attribute id="${id}" title="${id}" type="${type}"/>`),
    '    </attributes>',
  ];
}

function spellLines(spell: Spell | undefined): string[] {
  if (spell === undefined) return [];
  const end = spell.end === undefined ? '' : ` end="${spell.end}"`;
  return ['        <spells>', `          <spell start="${spell.start}"${end}/>`, '        </spells>'];
}

function metaDescription(dataset: Dataset): string {
  return dataset.description.trim() === '' ? dataset.title : `${dataset.title}\n\n${dataset.description}`;
}

export function datasetToGexf(dataset: Dataset): string {
  const a = escapeXmlAttribute;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${gexfNamespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`,
    `    xsi:schemaLocation="${gexfNamespace} http://gexf.net/1.3/gexf.xsd" version="1.3">`,
    '  <meta>',
    '    <creator>Entente</creator>',
    `    <keywords>${escapeXmlText(dataset.id)}</keywords>`,
    `    <description>${escapeXmlText(metaDescription(dataset))}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">',
    ...declarationLines('node', gexfNodeAttributes),
    ...declarationLines('edge', gexfEdgeAttributes),
    '    <nodes>',
  ];
  for (const actor of dataset.actors) {
    lines.push(
      `      <node id="${a(actor.id)}" label="${a(actor.name)}">`,
      ...attvalueLines(gexfNodeAttributes, actorAttributes(actor)),
      '      </node>',
    );
  }
  lines.push('    </nodes>', '    <edges>');
  for (const relation of dataset.relations) {
    const type = relation.directed ? 'directed' : 'undirected';
    const ends = `source="${a(relation.source)}" target="${a(relation.target)}"`;
    lines.push(
      `      <edge id="${a(relation.id)}" ${ends} type="${type}" label="${a(relation.type)}" kind="${a(relation.type)}">`,
      ...attvalueLines(gexfEdgeAttributes, relationAttributes(relation)),
      ...spellLines(relationSpell(relation)),
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>');
  return `${lines.join('\n')}\n`;
}
