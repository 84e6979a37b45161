/**
 * Reads `actors.csv` and `relations.csv` back into a dataset, by column name through the field
 * table (record-fields.ts), and validates it like any other input. Only tests use it: a CSV export
 * that reads back to the dataset it was written from has lost nothing.
 *
 * - Evidence: every numbered column group that holds something is an evidence item;
 *   `evidence_count` is ignored, so a row edited in a spreadsheet need not keep it up to date.
 * - Cells are un-guarded (formula-guard.ts); a bare empty cell is absence, a quoted empty one
 *   (`""`) the empty string for the fields that may hold it (csv-text.ts).
 * CSV syntax and column problems are reported by file name (with line and column for syntax);
 * everything else by JSON path, as for a dataset file.
 */
import type { Problem } from '../../model/problem';
import type { Dataset } from '../../model/schema';
import { validateDataset, type ValidationResult } from '../../model/validate';
import { CsvSyntaxError, parseCsvFields, type CsvDelimiter, type CsvField } from '../csv-text';
import { evidenceColumn } from '../csv';
import { unguardCell } from '../formula-guard';
import { actorFields, evidenceFields, relationFields, type Draft, type RecordField } from '../record-fields';

/** What the CSV files do not hold: everything but the actors and relations. */
export type DatasetMeta = Omit<Dataset, 'actors' | 'relations'>;

export interface CsvReadOptions {
  readonly delimiter?: CsvDelimiter;
  /** Whether the files were written with the formula guard (default true). */
  readonly formulaGuard?: boolean;
}

type Cell = (column: string) => CsvField;

interface Table {
  readonly rows: readonly Cell[];
  readonly columns: readonly string[];
}

const isBlank = (field: CsvField): boolean => field === undefined || field === '';

function readTable(text: string, fileName: string, required: readonly string[], problems: Problem[], delimiter: CsvDelimiter): Table {
  let records: CsvField[][];
  try {
    records = parseCsvFields(text, delimiter);
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
  const rows: Cell[] = [];
  body.forEach((record, index) => {
    if (record.every(isBlank)) return; // blank lines a spreadsheet may leave at the end
    if (record.length !== columns.length) {
      problems.push({ path: '(root)', message: `${fileName}: record ${index + 2} has ${record.length} fields but the header has ${columns.length}` });
    }
    rows.push((column) => {
      const position = positions.get(column);
      return position === undefined ? undefined : record[position];
    });
  });
  return { rows, columns };
}

/** Applies each field's reader to its cell, as `presence` says empty cells mean. */
function readFields<R>(fields: readonly RecordField<R>[], cell: (name: string) => CsvField, into: Draft, guarded: boolean): Draft {
  for (const field of fields) {
    if (field.read === undefined) continue;
    const value = cell(field.name);
    const empty = value === undefined || (value === '' && field.presence !== 'emptyable');
    if (empty && field.presence !== 'required') continue;
    const text = value ?? '';
    field.read(guarded ? unguardCell(text) : text, into);
  }
  return into;
}

function evidenceGroupCount(columns: readonly string[]): number {
  const positions = columns.flatMap((column) => {
    const match = /^evidence_(\d+)_/.exec(column);
    return match?.[1] === undefined ? [] : [Number(match[1])];
  });
  return Math.max(0, ...positions);
}

function relationFromRow(cell: Cell, evidenceGroups: number, guarded: boolean): Draft {
  const relation = readFields(relationFields, cell, {}, guarded);
  const evidence: Draft[] = [];
  for (let position = 1; position <= evidenceGroups; position++) {
    const field = (name: string) => cell(evidenceColumn(position, name));
    if (evidenceFields.every(({ name }) => isBlank(field(name)))) continue;
    evidence.push(readFields(evidenceFields, field, { locator: {} }, guarded));
  }
  relation['evidence'] = evidence;
  return relation;
}

export function datasetFromCsv(actorsCsv: string, relationsCsv: string, meta: DatasetMeta, options: CsvReadOptions = {}): ValidationResult {
  const delimiter = options.delimiter ?? ',';
  const guarded = options.formulaGuard !== false;
  const problems: Problem[] = [];
  const required = (fields: readonly RecordField<never>[]) => fields.filter((field) => field.presence === 'required' && field.read !== undefined).map((field) => field.name);
  const actors = readTable(actorsCsv, 'actors.csv', required(actorFields), problems, delimiter);
  const relations = readTable(relationsCsv, 'relations.csv', required(relationFields), problems, delimiter);
  if (problems.length > 0) return { ok: false, problems };
  const evidenceGroups = evidenceGroupCount(relations.columns);
  return validateDataset({
    ...meta,
    actors: actors.rows.map((cell) => readFields(actorFields, cell, {}, guarded)),
    relations: relations.rows.map((cell) => relationFromRow(cell, evidenceGroups, guarded)),
  });
}
