/**
 * Partial ISO 8601 dates (YYYY, YYYY-MM, YYYY-MM-DD) as the text gives them. Comparisons use the
 * first and last day a partial date can mean, so "2007" spans 2007-01-01..2007-12-31.
 */
import { isoDatePattern } from './vocabulary';

export interface DaySpan {
  readonly first: string;
  readonly last: string;
}

function daysInMonth(year: number, month: number): number {
  // setUTCFullYear, because Date.UTC reads years 0-99 as 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/** True when the string is a partial ISO date that exists in the calendar (no 2007-02-30, no year 0000). */
export function isCalendarDate(value: string): boolean {
  if (!isoDatePattern.test(value) || value.startsWith('0000')) return false;
  const [year, month, day] = value.split('-').map(Number);
  if (day === undefined || month === undefined || year === undefined) return true;
  return day <= daysInMonth(year, month);
}

/** The first and last calendar day a partial date covers, as YYYY-MM-DD strings (sortable). */
export function daySpan(value: string): DaySpan {
  const [yearText, monthText, dayText] = value.split('-');
  const year = Number(yearText);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (dayText !== undefined) return { first: value, last: value };
  if (monthText !== undefined) {
    const month = Number(monthText);
    return { first: `${value}-01`, last: `${value}-${pad(daysInMonth(year, month))}` };
  }
  return { first: `${yearText}-01-01`, last: `${yearText}-12-31` };
}

/**
 * Month names, made once when the module loads (before any dataset is drawn): a date format made
 * for every call, as toLocaleString does, costs about a millisecond each over a dataset's relations.
 */
const monthNames: readonly string[] = (() => {
  const format = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, index) => format.format(Date.UTC(2000, index, 1)));
})();

/** "November" for 11. */
function monthName(month: number): string {
  return monthNames[month - 1] ?? new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
}

/** Human-readable form of a partial date: "2007", "November 2007", "2 July 2008". */
export function formatPartialDate(value: string): string {
  const [yearText, monthText, dayText] = value.split('-');
  if (monthText === undefined) return yearText ?? value;
  const month = monthName(Number(monthText));
  return dayText === undefined ? `${month} ${yearText}` : `${Number(dayText)} ${month} ${yearText}`;
}

/** When a relation held, in words: "November 2007", "from 2005", "2005 to 2009", or "undated". */
export function formatWhen(when: { readonly date?: string; readonly period?: { start: string; end?: string } }): string {
  if (when.date !== undefined) return formatPartialDate(when.date);
  if (when.period !== undefined) {
    const { start, end } = when.period;
    return end === undefined ? `from ${formatPartialDate(start)}` : `${formatPartialDate(start)} to ${formatPartialDate(end)}`;
  }
  return 'undated';
}
