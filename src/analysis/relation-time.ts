/**
 * When relations hold, as day ranges, and which of them a time filter keeps. Day strings
 * (YYYY-MM-DD) compare correctly as text, so no Date objects are needed.
 */
import { daySpan } from '../model/dates';
import type { Relation } from '../model/schema';
import type { TimeFilter } from './view-state';

export interface DayRange {
  readonly first: string;
  /** Undefined for an open-ended period: it still holds. */
  readonly last: string | undefined;
}

/** The days a relation covers, or undefined when the text gives no time. */
export function relationDays(relation: Pick<Relation, 'date' | 'period'>): DayRange | undefined {
  if (relation.date !== undefined) return daySpan(relation.date);
  if (relation.period !== undefined) {
    const { start, end } = relation.period;
    return { first: daySpan(start).first, last: end === undefined ? undefined : daySpan(end).last };
  }
  return undefined;
}

/**
 * Whether a dated relation passes: "as of" keeps everything begun by the end of the date;
 * a window keeps what overlaps it. Dates may be partial ("2003" means all of 2003).
 */
export function passesTimeFilter(days: DayRange, filter: TimeFilter): boolean {
  if (filter.mode === 'as-of') return days.first <= daySpan(filter.date).last;
  const from = daySpan(filter.from).first;
  const to = daySpan(filter.to).last;
  return days.first <= to && (days.last === undefined || days.last >= from);
}

/** The first and last year any relation mentions, for the time slider's ends. */
export function yearRange(relations: readonly Relation[]): { readonly first: number; readonly last: number } | undefined {
  // A running minimum and maximum: spreading every year into Math.min overflows the call stack
  // past about a hundred thousand relations.
  let first = Infinity;
  let last = -Infinity;
  for (const relation of relations) {
    const days = relationDays(relation);
    if (!days) continue;
    for (const day of [days.first, days.last]) {
      if (day === undefined) continue;
      const year = Number(day.slice(0, 4));
      first = Math.min(first, year);
      last = Math.max(last, year);
    }
  }
  return first === Infinity ? undefined : { first, last };
}
