/**
 * The fields of actors and relations as flat values, once: CSV columns, GraphML keys, GEXF
 * attributes and Cytoscape JSON's table columns are all these names, written and read by these
 * functions. A field added to the schema is added here, and every export carries it.
 *
 * - `write` gives the flat value, or undefined when the record leaves the field out.
 * - `read` puts a value, as the text every format carries it in, back on the record being rebuilt.
 *   Text that does not decode (a `directed` of "yes") is put as it is, for the validator to report
 *   with its path.
 * - `presence`: `required` fields are always read (an empty cell is the empty value); `optional`
 *   ones are absent when empty; `emptyable` ones (evidence prefix/suffix) are optional but may hold
 *   "", so only a format that tells "" from absent (CSV's `""` versus nothing) keeps them apart.
 * Evidence is several items per relation: it has its own table (CSV writes it as numbered column
 * groups) and travels whole as JSON in `evidence` (relationEvidenceFields) where a format has one
 * value per field.
 */
import type { Actor, Evidence, Relation } from '../model/schema';
import { joinAliases, splitAliases } from './alias-list';
import { readableQuotes } from './readable-quotes';
import { jsonForXml } from './xml-escape';

export type FlatValue = string | number | boolean;
export type FieldType = 'string' | 'boolean' | 'integer';
export type Presence = 'required' | 'optional' | 'emptyable';

/** A record being rebuilt from flat values, before validation. */
export type Draft = Record<string, unknown>;

export interface RecordField<R> {
  readonly name: string;
  /** The element's own id or ends (id, source, target), which XML formats also carry as attributes. */
  readonly identity?: true;
  readonly type: FieldType;
  readonly presence: Presence;
  readonly write: (record: R) => FlatValue | undefined;
  /** Undefined for a derived field that is not read back (e.g. `evidence_count`). */
  readonly read: ((text: string, into: Draft) => void) | undefined;
}

/** `true`/`false` as booleans; anything else as text, for the validator. */
export function decodeBoolean(text: string): unknown {
  if (text === 'true') return true;
  if (text === 'false') return false;
  return text;
}

/** Whole non-negative numbers as numbers; anything else as text, for the validator. */
export function decodeInteger(text: string): unknown {
  return /^\d+$/.test(text) ? Number(text) : text;
}

const decoders: Record<FieldType, (text: string) => unknown> = {
  string: (text) => text,
  boolean: decodeBoolean,
  integer: decodeInteger,
};

/** The object at `into[key]`, made when missing (a period, a locator). */
function nested(into: Draft, key: string): Draft {
  const value = into[key];
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Draft;
  const made: Draft = {};
  into[key] = made;
  return made;
}

/** A field stored under the same name on the record. */
function plain<R>(name: string, type: FieldType, presence: Presence, write: (record: R) => FlatValue | undefined): RecordField<R> {
  return { name, type, presence, write, read: (text, into) => (into[name] = decoders[type](text)) };
}

/** A field stored at `into[parent][key]` (period.start, locator.paragraph). */
function inside<R>(name: string, parent: string, key: string, type: FieldType, write: (record: R) => FlatValue | undefined): RecordField<R> {
  return { name, type, presence: 'optional', write, read: (text, into) => (nested(into, parent)[key] = decoders[type](text)) };
}

/** An identity field: the element's id or one of its ends. */
function identity<R>(name: string, write: (record: R) => string): RecordField<R> {
  return { ...plain(name, 'string', 'required', write), identity: true };
}

export const actorFields: readonly RecordField<Actor>[] = [
  identity('id', (actor) => actor.id),
  plain('name', 'string', 'required', (actor) => actor.name),
  plain('shortName', 'string', 'optional', (actor) => actor.shortName),
  plain('kind', 'string', 'required', (actor) => actor.kind),
  {
    name: 'aliases',
    type: 'string',
    presence: 'required',
    write: (actor) => joinAliases(actor.aliases),
    read: (text, into) => (into['aliases'] = splitAliases(text)),
  },
  plain('description', 'string', 'required', (actor) => actor.description),
  plain('affiliation', 'string', 'optional', (actor) => actor.affiliation),
];

export const relationFields: readonly RecordField<Relation>[] = [
  identity('id', (relation) => relation.id),
  identity('source', (relation) => relation.source),
  identity('target', (relation) => relation.target),
  plain('type', 'string', 'required', (relation) => relation.type),
  plain('directed', 'boolean', 'required', (relation) => relation.directed),
  plain('date', 'string', 'optional', (relation) => relation.date),
  inside('period_start', 'period', 'start', 'string', (relation) => relation.period?.start),
  inside('period_end', 'period', 'end', 'string', (relation) => relation.period?.end),
  plain('summary', 'string', 'required', (relation) => relation.summary),
  plain('certainty', 'string', 'required', (relation) => relation.certainty),
  plain('strength', 'string', 'optional', (relation) => relation.strength),
  // Derived, for tables and filters; the evidence itself is what is read back.
  { name: 'evidence_count', type: 'integer', presence: 'required', write: (relation) => relation.evidence.length, read: undefined },
];

/** The evidence of a relation as one value each, for formats with one value per field (GraphML, GEXF, Cytoscape). */
export const relationEvidenceFields: readonly RecordField<Relation>[] = [
  {
    name: 'evidence',
    type: 'string',
    presence: 'required',
    // Kept whole as JSON (escaped so XML can hold any character, see xml-escape.ts).
    write: (relation) => jsonForXml(relation.evidence),
    read: (text, into) => (into['evidence'] = JSON.parse(text) as unknown),
  },
  // One quote a line with its locator, for reading in a table; derived, not read back.
  { name: 'quotes', type: 'string', presence: 'required', write: (relation) => readableQuotes(relation.evidence), read: undefined },
];

export const evidenceFields: readonly RecordField<Evidence>[] = [
  plain('source', 'string', 'required', (evidence) => evidence.source),
  plain('quote', 'string', 'required', (evidence) => evidence.quote),
  inside('section', 'locator', 'section', 'string', (evidence) => evidence.locator.section),
  inside('paragraph', 'locator', 'paragraph', 'integer', (evidence) => evidence.locator.paragraph),
  inside('footnote', 'locator', 'footnote', 'integer', (evidence) => evidence.locator.footnote),
  inside('page', 'locator', 'page', 'string', (evidence) => evidence.locator.page),
  plain('prefix', 'string', 'emptyable', (evidence) => evidence.prefix),
  plain('suffix', 'string', 'emptyable', (evidence) => evidence.suffix),
];

/** The record's flat values by field name, without the fields it leaves out. */
export function flatValues<R>(fields: readonly RecordField<R>[], record: R): Map<string, FlatValue> {
  const values = new Map<string, FlatValue>();
  for (const field of fields) {
    const value = field.write(record);
    if (value !== undefined) values.set(field.name, value);
  }
  return values;
}

/**
 * A column computed for this export rather than stored on the actor (the bloc of the blocs
 * view): its value by actor id, absent for actors it says nothing about. Written after the
 * field table's columns, typed like them, and never read back (a reloaded dataset recomputes it).
 */
export interface ActorColumn {
  readonly name: string;
  readonly type: FieldType;
  readonly values: ReadonlyMap<string, FlatValue>;
}

/** The actor fields followed by the extra columns, as fields every serializer writes alike. */
export function actorFieldsWith(columns: readonly ActorColumn[]): readonly RecordField<Actor>[] {
  if (columns.length === 0) return actorFields;
  const taken = new Set(actorFields.map((field) => field.name));
  const extra = columns.map((column): RecordField<Actor> => {
    if (taken.has(column.name)) throw new Error(`the extra actor column "${column.name}" would hide a field of the same name`);
    taken.add(column.name);
    return { name: column.name, type: column.type, presence: 'optional', write: (actor) => column.values.get(actor.id), read: undefined };
  });
  return [...actorFields, ...extra];
}
