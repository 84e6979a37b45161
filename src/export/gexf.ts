/**
 * A dataset as GEXF 1.3 (https://gexf.net), Gephi's own format, with time: the graph is
 * `mode="dynamic"` with `timeformat="date"`, and each dated relation carries a spell, so Gephi's
 * timeline shows relations appear and end.
 *
 * - A date covers every day it can mean (daySpan): "2007" is 2007-01-01..2007-12-31, "2007-11" is
 *   2007-11-01..2007-11-30. A period runs from its start's first day to its end's last day; an open
 *   period has no `end`. An undated relation has no spell: it holds at every time. Actors have no
 *   spells either.
 * - Mixed direction: the graph is directed (`defaultedgetype="directed"`) and no edge says
 *   otherwise; an undirected relation is an edge from source to target whose `directed` column is
 *   false. Gephi drops every edge whose type differs from the default, and networkx refuses an
 *   undirected edge in a directed graph (and a directed one in a "mixed" graph), so a column is the
 *   one form all of them keep.
 * - Each edge has `label` = the relation type and a `kind` that keeps it apart from every other
 *   relation on the same source and target (gephi-edge-kinds.ts): Gephi merges edges of one kind.
 * - The columns are the field table's (record-fields.ts) as `<attvalue>`s, without the ids and
 *   ends the elements carry themselves; `name` is repeated as an attribute because a node's
 *   `label` is an XML token, which a validating reader may collapse.
 * - Characters XML 1.0 forbids are dropped, except in the evidence JSON, which escapes them
 *   (xml-escape.ts).
 */
import { daySpan } from '../model/dates';
import type { Dataset, Relation } from '../model/schema';
import { gephiEdgeKinds } from './gephi-edge-kinds';
import { actorFields, actorFieldsWith, flatValues, relationEvidenceFields, relationFields, type ActorColumn, type FieldType, type FlatValue, type RecordField } from './record-fields';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape';

export const gexfNamespace = 'http://gexf.net/1.3';

type GexfType = 'string' | 'boolean' | 'integer';

interface AttributeDeclaration {
  readonly id: string;
  readonly type: GexfType;
}

const gexfTypes: Record<FieldType, GexfType> = { string: 'string', boolean: 'boolean', integer: 'integer' };

/** The fields as attributes, without those the element carries itself (its id and ends). */
function declarations<R>(fields: readonly RecordField<R>[]): AttributeDeclaration[] {
  return fields.filter((field) => field.identity !== true).map((field) => ({ id: field.name, type: gexfTypes[field.type] }));
}

/** Declared node attributes, in the order values are written (id = title = column name). */
export const gexfNodeAttributes: readonly AttributeDeclaration[] = declarations(actorFields);

/** Declared edge attributes, in the order values are written. */
export const gexfEdgeAttributes: readonly AttributeDeclaration[] = [...declarations(relationFields), ...declarations(relationEvidenceFields)];

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

function attvalueLines(declared: readonly AttributeDeclaration[], values: ReadonlyMap<string, FlatValue>): string[] {
  const lines = declared.flatMap(({ id }) => {
    const value = values.get(id);
    if (value === undefined) return [];
    return [`          <attvalue for="${id}" value="${escapeXmlAttribute(String(value))}"/>`];
  });
  return lines.length === 0 ? [] : ['        <attvalues>', ...lines, '        </attvalues>'];
}

function declarationLines(owner: 'node' | 'edge', declared: readonly AttributeDeclaration[]): string[] {
  return [
    `    <attributes class="${owner}">`,
    ...declared.map(({ id, type }) => `      <attribute id="${id}" title="${id}" type="${type}"/>`),
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

/** The dataset as GEXF; `actorColumns` (e.g. the bloc) become node attributes after the field table's. */
export function datasetToGexf(dataset: Dataset, actorColumns: readonly ActorColumn[] = []): string {
  const a = escapeXmlAttribute;
  const nodeFields = actorFieldsWith(actorColumns);
  const nodeAttributes = declarations(nodeFields);
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
    ...declarationLines('node', nodeAttributes),
    ...declarationLines('edge', gexfEdgeAttributes),
    '    <nodes>',
  ];
  for (const actor of dataset.actors) {
    lines.push(
      `      <node id="${a(actor.id)}" label="${a(actor.name)}">`,
      ...attvalueLines(nodeAttributes, flatValues(nodeFields, actor)),
      '      </node>',
    );
  }
  lines.push('    </nodes>', '    <edges>');
  const kinds = gephiEdgeKinds(dataset.relations);
  for (const relation of dataset.relations) {
    const ends = `source="${a(relation.source)}" target="${a(relation.target)}"`;
    const kind = kinds.get(relation.id) ?? relation.type;
    const values = new Map([...flatValues(relationFields, relation), ...flatValues(relationEvidenceFields, relation)]);
    lines.push(
      `      <edge id="${a(relation.id)}" ${ends} label="${a(relation.type)}" kind="${a(kind)}">`,
      ...attvalueLines(gexfEdgeAttributes, values),
      ...spellLines(relationSpell(relation)),
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>');
  return `${lines.join('\n')}\n`;
}
