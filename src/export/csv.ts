/**
 * A dataset as two spreadsheets, `actors.csv` and `relations.csv` (RFC 4180, see csv-text.ts). The
 * columns are the field table's (record-fields.ts); `testing/csv-reader.ts` reads them back by
 * name, which is what proves no column loses anything.
 *
 * - Encoding: the text starts with a UTF-8 byte order mark by default, because Excel reads a CSV
 *   without one in the machine's legacy code page and garbles every non-ASCII letter. Pass
 *   `{ byteOrderMark: false }` for tools that would keep it in the first header.
 * - Separator: a comma by default; `;` for spreadsheets whose list separator is a semicolon (where
 *   the comma is the decimal mark, e.g. German or French Excel), or a tab.
 * - Evidence: one group of columns per evidence item (`evidence_1_quote`, `evidence_2_quote`...),
 *   as many groups as the relation with the most evidence; `evidence_count` says how many a row
 *   uses.
 * - Empty versus absent: an empty cell means the field is absent, except for the fields whose
 *   value may be the empty string (`description`, evidence `prefix` and `suffix`): "" is written
 *   as a quoted empty field `""` and absence as a bare empty field (csv-text.ts).
 * - Aliases share one cell, joined by " | " (alias-list.ts). Cells a spreadsheet would run as a
 *   formula get a leading apostrophe (formula-guard.ts) unless `formulaGuard` is false: the guard
 *   protects Excel users from a hostile dataset, but the apostrophe stays visible in some tools
 *   (pandas, LibreOffice with formula detection off).
 */
import type { Dataset } from '../model/schema';
import { byteOrderMark, formatCsv, type CsvDelimiter, type CsvField } from './csv-text';
import { guardCell } from './formula-guard';
import { actorFields, actorFieldsWith, evidenceFields, relationFields, type ActorColumn, type FlatValue, type RecordField } from './record-fields';

export { parseCsv } from './csv-text';

export interface CsvOptions {
  /** Start the text with U+FEFF so Excel reads it as UTF-8 (default true). */
  readonly byteOrderMark?: boolean;
  /** Prefix formula-like cells with an apostrophe (default true). */
  readonly formulaGuard?: boolean;
  /** Field separator (default `,`). */
  readonly delimiter?: CsvDelimiter;
}

export const actorColumns: readonly string[] = actorFields.map((field) => field.name);
export const relationColumns: readonly string[] = relationFields.map((field) => field.name);

/** `evidence_2_quote`: the column of one field of the relation's second evidence item. */
export function evidenceColumn(position: number, field: string): string {
  return `evidence_${position}_${field}`;
}

function cellOf(value: FlatValue | undefined, guard: boolean): CsvField {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return String(value);
  return guard ? guardCell(value) : value;
}

function cells<R>(fields: readonly RecordField<R>[], record: R | undefined, guard: boolean): CsvField[] {
  return fields.map((field) => (record === undefined ? undefined : cellOf(field.write(record), guard)));
}

function csvText(rows: readonly (readonly CsvField[])[], options: CsvOptions): string {
  const text = formatCsv(rows, options.delimiter);
  return options.byteOrderMark === false ? text : `${byteOrderMark}${text}`;
}

/** `actors.csv`: one row per actor; `extraColumns` (e.g. the bloc) after the field table's. */
export function actorsToCsv(dataset: Dataset, options: CsvOptions = {}, extraColumns: readonly ActorColumn[] = []): string {
  const guard = options.formulaGuard !== false;
  const fields = actorFieldsWith(extraColumns);
  return csvText([fields.map((field) => field.name), ...dataset.actors.map((actor) => cells(fields, actor, guard))], options);
}

/** `relations.csv`: one row per relation, its evidence flattened into numbered column groups. */
export function relationsToCsv(dataset: Dataset, options: CsvOptions = {}): string {
  const guard = options.formulaGuard !== false;
  const evidenceGroups = Math.max(0, ...dataset.relations.map((relation) => relation.evidence.length));
  const header: string[] = [...relationColumns];
  for (let position = 1; position <= evidenceGroups; position++) {
    header.push(...evidenceFields.map((field) => evidenceColumn(position, field.name)));
  }
  const rows = dataset.relations.map((relation) => {
    const row = cells(relationFields, relation, guard);
    for (let index = 0; index < evidenceGroups; index++) row.push(...cells(evidenceFields, relation.evidence[index], guard));
    return row;
  });
  return csvText([header, ...rows], options);
}
