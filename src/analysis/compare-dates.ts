/**
 * "Compare two dates": which relations hold at the later date but not the earlier, which stop,
 * and which pairs of actors changed sign (from support or a deal to opposition, or back).
 */
import { daySpan, type DaySpan } from '../model/dates';
import type { Relation } from '../model/schema';
import { relationDays, type DayRange } from './relation-time';

export interface SignChange {
  readonly actors: readonly [string, string];
  readonly before: Relation;
  readonly after: Relation;
}

export interface DateComparison {
  readonly appeared: readonly Relation[];
  readonly disappeared: readonly Relation[];
  readonly signChanged: readonly SignChange[];
}

/** Begun by the end of the date and, for a period with an end, not over before it starts. */
export function presentAsOf(relation: Relation, date: string): boolean {
  return heldAsOf(relation, relationDays(relation), daySpan(date));
}

/** presentAsOf, on days already worked out (each relation's once, each date's once). */
function heldAsOf(relation: Relation, days: DayRange | undefined, { first, last }: DaySpan): boolean {
  if (!days) return false;
  if (days.first > last) return false;
  return relation.period?.end === undefined || (days.last !== undefined && days.last >= first);
}

function sign(relation: Relation): 1 | -1 | 0 {
  if (relation.type === 'support' || relation.type === 'deal') return 1;
  return relation.type === 'opposition' ? -1 : 0;
}

interface Dated {
  readonly relation: Relation;
  readonly days: DayRange | undefined;
}

/** For each pair of actors, the stance begun most recently among those present. */
function latestStances(relations: readonly Dated[], date: DaySpan): Map<string, Dated> {
  const latest = new Map<string, Dated>();
  for (const dated of relations) {
    const { relation, days } = dated;
    if (sign(relation) === 0 || !heldAsOf(relation, days, date)) continue;
    const key = relation.source <= relation.target ? `${relation.source}\u0000${relation.target}` : `${relation.target}\u0000${relation.source}`;
    const current = latest.get(key);
    if (!current || (current.days?.first ?? '') <= (days?.first ?? '')) latest.set(key, dated);
  }
  return latest;
}

export function compareDates(relations: readonly Relation[], from: string, to: string): DateComparison {
  const dated: Dated[] = relations.map((relation) => ({ relation, days: relationDays(relation) }));
  const [fromDays, toDays] = [daySpan(from), daySpan(to)];
  const then = dated.map(({ relation, days }) => heldAsOf(relation, days, fromDays));
  const now = dated.map(({ relation, days }) => heldAsOf(relation, days, toDays));
  const appeared = relations.filter((_, i) => !then[i] && now[i]);
  const disappeared = relations.filter((_, i) => then[i] && !now[i]);
  const before = latestStances(dated, fromDays);
  const after = latestStances(dated, toDays);
  const signChanged: SignChange[] = [];
  for (const [key, earlier] of before) {
    const later = after.get(key);
    if (later && sign(later.relation) !== sign(earlier.relation)) {
      const [a = '', b = ''] = key.split('\u0000');
      signChanged.push({ actors: [a, b], before: earlier.relation, after: later.relation });
    }
  }
  return { appeared, disappeared, signChanged };
}
