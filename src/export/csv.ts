/**
 * A dataset as two spreadsheets, `actors.csv` and `relations.csv` (RFC 4180, see csv-text.ts), and
 * back: `datasetFromCsv` rebuilds exactly the dataset that was written, which is what proves no
 * column loses anything.
 *
 * - Encoding: the text starts with a UTF-8 byte order mark by default, because Excel reads a CSV
 *   without one in the machine's legacy code page and garbles every non-ASCII letter; the reader
 *   drops it. Pass `{ byteOrderMark: false }` for tools that would keep it in the first header.
 * - Evidence: one group of columns per evidence item (`evidence_1_quote`, `evidence_2_quote`...),
 *   as many groups as the relation with the most evidence; `evidence_count` says how many a row
 *   uses. The reader takes every group that holds something and ignores `evidence_count`, so a row
 *   edited in a spreadsheet does not have to keep it up to date.
 * - Empty versus absent: an empty cell means the field is absent. The exceptions are the fields
 *   whose value may be the empty string: `description` (required, may be "") and evidence `prefix`
 *   and `suffix` (optional, "" when a quote starts or ends its paragraph). For those, "" is written
 *   as a quoted empty field `""` and absence as a bare empty field, and the reader tells them apart
 *   (csv-text.ts). A spreadsheet that saves the file again without the quotes turns an empty prefix
 *   into an absent one; nothing else changes.
 * - Aliases share one cell, joined by " | " (alias-list.ts); cells that a spreadsheet would run as a
 *   formula get a leading apostrophe (formula-guard.ts). Both are undone on reading.
 */
import type { Problem } from '../model/problem';
import type { Actor, Dataset, Evidence, Relation } from '../model/schema';
import { validateDataset, type ValidationResult } from '../model/validate';
import { joinAliases, splitAliases } from './alias-list';
import { byteOrderMark, CsvSyntaxError, formatCsv, parseCsvFields, type CsvField } from './csv-text';
import { guardCell, unguardCell } from './formula-guard';

export { parseCsv } from './csv-text';

export interface CsvOptions {
  /** Start the text with U+FEFF so Excel reads it as UTF-8 (default true). */
  readonly byteOrderMark?: boolean;
}

/** What the CSV files do not hold: everything but the actors and relations. */
export type DatasetMeta = Omit<Dataset, 'actors' | 'relations'>;

export const actorColumns = ['id', 'name', 'kind', 'aliases', 'description', 'affiliation'] as const;
export const relationColumns = [
  'id',
  'source',
  'target',
  'type',
  'directed',
  'date',
  'period_start',
  'period_end',
  'summary',
  'certainty',
  'evidence_count',
] as const;
export const evidenceFields = ['source', 'quote', 'section', 'paragraph', 'footnote', 'page', 'prefix', 'suffix'] as const;
type EvidenceField = (typeof evidenceFields)[number];

/** `evidence_2_quote`: the column of one field of the relation's second evidence item. */
export function evidenceColumn(position: number, field: EvidenceField): string {
  return `evidence_${position}_${field}`;
}

const textCell = (value: string): string => guardCell(value);
const optionalTextCell = (value: string | undefined): CsvField => (value === undefined ? undefined : guardCell(value));
const optionalNumberCell = (value: number | undefined): CsvField => (value === undefined ? undefined : String(value));

function withBom(text: string, options: CsvOptions): string {
  return options.byteOrderMark === false ? text : `${byteOrderMark}${text}`;
}

function actorRow(actor: Actor): CsvField[] {
  return [
    textCell(actor.id),
    textCell(actor.name),
    textCell(actor.kind),
    textCell(joinAliases(actor.aliases)),
    textCell(actor.description),
    optionalTextCell(actor.affiliation),
  ];
}

/** `actors.csv`: one row per actor. */
export function actorsToCsv(dataset: Dataset, options: CsvOptions = {}): string {
  return withBom(formatCsv([[...actorColumns], ...dataset.actors.map(actorRow)]), options);
}

function evidenceCells(evidence: Evidence | undefined): CsvField[] {
  if (evidence === undefined) return evidenceFields.map(() => undefined);
  const { locator } = evidence;
  return [
    textCell(evidence.source),
    textCell(evidence.quote),
    optionalTextCell(locator.section),
    optionalNumberCell(locator.paragraph),
    optionalNumberCell(locator.footnote),
    optionalTextCell(locator.page),
    optionalTextCell(evidence.prefix),
    optionalTextCell(evidence.suffix),
  ];
}

function relationRow(relation: Relation, evidenceGroups: number): CsvField[] {
  const cells: CsvField[] = [
    textCell(relation.id),
    textCell(relation.source),
    textCell(relation.target),
    textCell(relation.type),
    String(relation.directed),
    optionalTextCell(relation.date),
    optionalTextCell(relation.period?.start),
    optionalTextCell(relation.period?.end),
    textCell(relation.summary),
    textCell(relation.certainty),
    String(relation.evidence.length),
  ];
  for (let index = 0; index < evidenceGroups; index++) cells.push(...evidenceCells(relation.evidence[index]));
  return cells;
}

/** `relations.csv`: one row per relation, its evidence flattened into numbered column groups. */
export function relationsToCsv(dataset: Dataset, options: CsvOptions = {}): string {
  const evidenceGroups = Math.max(0, ...dataset.relations.map((relation) => relation.evidence.length));
  const header: string[] = [...relationColumns];
  for (let position = 1; position <= evidenceGroups; position++) {
    header.push(...evidenceFields.map((field) => evidenceColumn(position, field)));
  }
  return withBom(formatCsv([header, ...dataset.relations.map((relation) => relationRow(relation, evidenceGroups))]), options);
}

// Reading back. Cells are decoded as far as they can be; anything that does not fit (a `directed`
// of "yes", a paragraph of "4a") is passed on as text, for the validator to report with its path.

type Row = (column: string) => CsvField;

const requiredText = (field: CsvField): string => unguardCell(field ?? '');
const optionalText = (field: CsvField): string | undefined => (field === undefined || field === '' ? undefined : unguardCell(field));
const emptyableText = (field: CsvField): string | undefined => (field === undefined ? undefined : unguardCell(field));

function booleanValue(field: CsvField): unknown {
  if (field === 'true') return true;
  if (field === 'false') return false;
  return optionalText(field);
}

function integerValue(field: CsvField): unknown {
  return field !== undefined && /^\d+$/.test(field) ? Number(field) : optionalText(field);
}

/** The object without its undefined properties: absent fields stay absent. */
function present(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

function isBlank(field: CsvField): boolean {
  return field === undefined || field === '';
}

interface Table {
  readonly rows: readonly Row[];
  readonly columns: readonly string[];
}

function readTable(text: string, fileName: string, required: readonly string[], problems: Problem[]): Table {
  let records: CsvField[][];
  try {
    records = parseCsvFields(text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    problems.push({ path: '(root)', message: `${fileName}: ${error.reason}`, line: error.line, column: error.column });
    return { rows: [], columns: [] };
  }
  const [header, ...body] = records;
  const columns = (header ?? []).map((name) => name ?? '');
  const positions = new Map<string, number>();
  columns.forEach((name, position) => {
    if (!positions.has(name)) positions.set(name, position);
  });
  for (const column of required) {
    if (!positions.has(column)) problems.push({ path: '(root)', message: `${fileName}: no "${column}" column` });
  }
  const rows: Row[] = [];
  body.forEach((record, index) => {
    if (record.every(isBlank)) return; // blank lines a spreadsheet may leave at the end
    if (record.length !== columns.length) {
      problems.push({
        path: '(root)',
        message: `${fileName}: record ${index + 2} has ${record.length} fields but the header has ${columns.length}`,
      });
    }
    rows.push((column) => {
      const position = positions.get(column);
      return position === undefined ? undefined : record[position];
    });
  });
  return { rows, columns };
}

function actorFromRow(cell: Row): Record<string, unknown> {
  return present({
    id: requiredText(cell('id')),
    name: requiredText(cell('name')),
    kind: requiredText(cell('kind')),
    aliases: splitAliases(requiredText(cell('aliases'))),
    description: requiredText(cell('description')),
    affiliation: optionalText(cell('affiliation')),
  });
}

function evidenceFromRow(cell: Row, position: number): Record<string, unknown> | undefined {
  const field = (name: EvidenceField) => cell(evidenceColumn(position, name));
  if (evidenceFields.every((name) => isBlank(field(name)))) return undefined;
  return present({
    source: requiredText(field('source')),
    quote: requiredText(field('quote')),
    locator: present({
      section: optionalText(field('section')),
      paragraph: integerValue(field('paragraph')),
      footnote: integerValue(field('footnote')),
      page: optionalText(field('page')),
    }),
    prefix: emptyableText(field('prefix')),
    suffix: emptyableText(field('suffix')),
  });
}

function relationFromRow(cell: Row, evidenceGroups: number): Record<string, unknown> {
  const start = optionalText(cell('period_start'));
  const end = optionalText(cell('period_end'));
  const evidence: Record<string, unknown>[] = [];
  for (let position = 1; position <= evidenceGroups; position++) {
    const item = evidenceFromRow(cell, position);
    if (item) evidence.push(item);
  }
  return present({
    id: requiredText(cell('id')),
    source: requiredText(cell('source')),
    target: requiredText(cell('target')),
    type: requiredText(cell('type')),
    directed: booleanValue(cell('directed')),
    date: optionalText(cell('date')),
    period: start === undefined && end === undefined ? undefined : present({ start, end }),
    summary: requiredText(cell('summary')),
    certainty: requiredText(cell('certainty')),
    evidence,
  });
}

function evidenceGroupCount(columns: readonly string[]): number {
  const positions = columns.flatMap((column) => {
    const match = /^evidence_(\d+)_/.exec(column);
    return match?.[1] === undefined ? [] : [Number(match[1])];
  });
  return Math.max(0, ...positions);
}

/**
 * Rebuilds a dataset from `actors.csv`, `relations.csv` and the rest of the dataset, and validates
 * it like any other input. CSV syntax and column problems are reported by file name (with line and
 * column for syntax); everything else by JSON path, as for a dataset file.
 */
export function datasetFromCsv(actorsCsv: string, relationsCsv: string, meta: DatasetMeta): ValidationResult {
  const problems: Problem[] = [];
  const actors = readTable(actorsCsv, 'actors.csv', actorColumns, problems);
  const relations = readTable(relationsCsv, 'relations.csv', relationColumns, problems);
  if (problems.length > 0) return { ok: false, problems };
  const evidenceGroups = evidenceGroupCount(relations.columns);
  return validateDataset({
    ...meta,
    actors: actors.rows.map(actorFromRow),
    relations: relations.rows.map((row) => relationFromRow(row, evidenceGroups)),
  });
}
