/**
 * Relations grouped by their ordered source→target pair, and the flat values of one edge per pair:
 * GraphML's pair mode (graphml.ts). Gephi's GraphML importer reads no edge type from a valid file, so
 * under its default merge strategy (Sum) it keeps one edge per source and target; with one edge per
 * pair there is nothing left to merge, and each edge carries every relation of its pair.
 *
 * The columns follow the relation field table (record-fields.ts), so a field added there is carried
 * here too:
 * - the pair's own `id` (`source--target`), `source` and `target`, and `relation_count`;
 * - each relation field as the list of its relations' values, in dataset order, joined with "; "
 *   (`type`: "support; opposition"; "" for a relation without the value), the relation ids as
 *   `relation_ids`;
 * - free text one line per relation or quote, led by the relation id (`summary`, `quotes`);
 * - `relations`: the pair's relations whole as JSON, which reads back to the exact records (the
 *   lists above are for reading in a table, and a summary may hold "; ").
 */
import type { Relation } from '../model/schema';
import { readableQuote } from './readable-quotes';
import { relationEvidenceFields, relationFields, type RecordField } from './record-fields';
import { jsonForXml } from './xml-escape';

export interface RelationPair {
  /** `source--target`: ids are slugs, which never hold `--`, so no two pairs share it. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** The pair's relations, in dataset order. */
  readonly relations: readonly Relation[];
}

export const pairListSeparator = '; ';

export function pairId(source: string, target: string): string {
  return `${source}--${target}`;
}

/** The relations' pairs, in the order of each pair's first relation. */
export function relationPairs(relations: readonly Relation[]): RelationPair[] {
  const byPair = new Map<string, { id: string; source: string; target: string; relations: Relation[] }>();
  for (const relation of relations) {
    const id = pairId(relation.source, relation.target);
    const pair = byPair.get(id);
    if (pair === undefined) byPair.set(id, { id, source: relation.source, target: relation.target, relations: [relation] });
    else pair.relations.push(relation);
  }
  return [...byPair.values()];
}

function identity(name: string, write: (pair: RelationPair) => string): RecordField<RelationPair> {
  return { name, identity: true, type: 'string', presence: 'required', write, read: (text, into) => (into[name] = text) };
}

/** A relation field as the list of the pair's values; absent when no relation of the pair has one. */
function listed(field: RecordField<Relation>, name: string): RecordField<RelationPair> {
  return {
    name,
    type: 'string',
    presence: field.presence === 'required' ? 'required' : 'optional',
    write: (pair) => {
      const values = pair.relations.map((relation) => field.write(relation));
      if (values.every((value) => value === undefined)) return undefined;
      return values.map((value) => (value === undefined ? '' : String(value))).join(pairListSeparator);
    },
    read: undefined,
  };
}

/** Lines led by the relation id (`russia-backs-bid: …`), for free text. */
function lines(name: string, linesOf: (relation: Relation) => readonly string[]): RecordField<RelationPair> {
  return {
    name,
    type: 'string',
    presence: 'required',
    write: (pair) => pair.relations.flatMap((relation) => linesOf(relation).map((line) => `${relation.id}: ${line}`)).join('\n'),
    read: undefined,
  };
}

/** How one relation field becomes pair columns (none for the ends, which are the pair's own). */
function pairColumns(field: RecordField<Relation>): RecordField<RelationPair>[] {
  switch (field.name) {
    case 'source':
    case 'target':
      return [];
    case 'id':
      return [listed(field, 'relation_ids')];
    case 'summary':
      return [lines('summary', (relation) => [relation.summary])];
    case 'quotes':
      return [lines('quotes', (relation) => relation.evidence.map(readableQuote))];
    case 'evidence':
      // Kept whole, with every other field, in `relations`.
      return [];
    default:
      return [listed(field, field.name)];
  }
}

export const relationPairFields: readonly RecordField<RelationPair>[] = [
  identity('id', (pair) => pair.id),
  identity('source', (pair) => pair.source),
  identity('target', (pair) => pair.target),
  { name: 'relation_count', type: 'integer', presence: 'required', write: (pair) => pair.relations.length, read: undefined },
  ...[...relationFields, ...relationEvidenceFields].flatMap(pairColumns),
  {
    name: 'relations',
    type: 'string',
    presence: 'required',
    // Escaped so XML can hold any character (xml-escape.ts); parses back to the exact relations.
    write: (pair) => jsonForXml(pair.relations),
    read: (text, into) => (into['relations'] = JSON.parse(text) as unknown),
  },
];
