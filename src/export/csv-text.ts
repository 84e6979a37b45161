/**
 * RFC 4180 CSV text: fields separated by commas (or, for spreadsheets set to another list
 * separator, a semicolon or a tab), records ended by CRLF, a field quoted when it holds
 * `"`, `,`, CR or LF, with `"` doubled inside quotes.
 *
 * Two conventions on top of the RFC, both invisible to spreadsheets:
 * - A missing value (`undefined`) is written as an empty unquoted field and the empty string as
 *   `""`, and the reader tells them apart (PostgreSQL's COPY ... CSV does the same). That is how an
 *   absent optional field and an empty one both survive a round trip.
 * - A field starting with U+FEFF is quoted too, so it cannot be mistaken for a byte order mark.
 */

/** One field: a string, or `undefined` for a missing value. */
export type CsvField = string | undefined;

export class CsvSyntaxError extends Error {
  constructor(
    /** What is wrong, without the position. */
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${reason}`);
    this.name = 'CsvSyntaxError';
  }
}

export const byteOrderMark = '\uFEFF';

/** What separates fields: RFC 4180's comma, or what a spreadsheet expects where the comma is a decimal mark. */
export type CsvDelimiter = ',' | ';' | '\t';

function formatField(field: CsvField, delimiter: CsvDelimiter): string {
  if (field === undefined) return '';
  if (field === '' || /["\r\n]/.test(field) || field.includes(delimiter) || field.startsWith(byteOrderMark)) {
    return `"${field.replaceAll('"', '""')}"`;
  }
  return field;
}

/** CSV text of the rows, every record (the last too) ended by CRLF. */
export function formatCsv(rows: readonly (readonly CsvField[])[], delimiter: CsvDelimiter = ','): string {
  return rows.map((row) => `${row.map((field) => formatField(field, delimiter)).join(delimiter)}\r\n`).join('');
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * Reads CSV text into records of fields, `undefined` for an empty unquoted field. Accepts CRLF,
 * LF or CR between records and a leading byte order mark; throws `CsvSyntaxError` on a quote
 * inside an unquoted field, text after a closing quote, or an unclosed quote.
 */
export function parseCsvFields(input: string, delimiter: CsvDelimiter = ','): CsvField[][] {
  const text = input.startsWith(byteOrderMark) ? input.slice(1) : input;
  const offsetShift = text === input ? 0 : 1;
  const fail = (message: string, offset: number): never => {
    const { line, column } = positionOf(input, offset + offsetShift);
    throw new CsvSyntaxError(message, line, column);
  };
  const records: CsvField[][] = [];
  let record: CsvField[] = [];
  let i = 0;
  while (i < text.length) {
    let field: CsvField;
    if (text[i] === '"') {
      const opening = i;
      let value = '';
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close === -1) return fail('a quoted field is never closed', opening);
        value += text.slice(i, close);
        if (text[close + 1] === '"') {
          value += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      field = value;
    } else {
      const start = i;
      while (i < text.length && !`${delimiter}\r\n`.includes(text.charAt(i))) {
        if (text[i] === '"') fail('a quote inside an unquoted field (quote the field and double the quote)', i);
        i++;
      }
      field = i === start ? undefined : text.slice(start, i);
    }
    record.push(field);
    const next = text.charAt(i);
    if (next === delimiter) {
      i++;
      // A comma at the very end still opens one more (missing) field.
      if (i === text.length) record.push(undefined);
      continue;
    }
    if (next !== '' && next !== '\r' && next !== '\n') {
      fail('text after a closing quote (a field is either all quoted or not at all)', i);
    }
    if (next === '\r' && text[i + 1] === '\n') i += 2;
    else if (next !== '') i += 1;
    records.push(record);
    record = [];
  }
  if (record.length > 0) records.push(record);
  return records;
}

/** Reads CSV text into records of strings (an empty field, quoted or not, is ""). */
export function parseCsv(text: string, delimiter: CsvDelimiter = ','): string[][] {
  return parseCsvFields(text, delimiter).map((record) => record.map((field) => field ?? ''));
}
