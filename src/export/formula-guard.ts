/**
 * Keeps spreadsheets from running data as formulas (CSV injection, OWASP): a cell that begins with
 * `=`, `+`, `-`, `@`, tab or CR is a formula to Excel, LibreOffice and Google Sheets, and a dataset
 * opened from anywhere could carry `=HYPERLINK(...)` in a quote. Such a cell gets a leading `'`,
 * which spreadsheets take as "this is text".
 *
 * To stay reversible, a value that already starts with apostrophes followed by one of those
 * characters (`'=x`) gets one more; `unguardCell` removes exactly one from any cell matching
 * `'+` then a trigger. Other values, including quotes that open with `'`, are left alone.
 */

const needsGuard = /^'*[=+\-@\t\r]/;
const isGuarded = /^'+[=+\-@\t\r]/;

export function guardCell(value: string): string {
  return needsGuard.test(value) ? `'${value}` : value;
}

export function unguardCell(cell: string): string {
  return isGuarded.test(cell) ? cell.slice(1) : cell;
}
