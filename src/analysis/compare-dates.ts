/**
 * "Compare two dates": which relations hold at the later date but not the earlier, which stop,
 * and which pairs of actors changed sign (from support or a deal to opposition, or back).
 */
import { daySpan } from '../model/dates';
import type { Relation } from '../model/schema';
import { relationDays } from './relation-time';

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
  const days = relationDays(relation);
  if (!days) return false;
  const { first, last } = daySpan(date);
  if (days.first > last) return false;
  return relation.period?.end === undefined || (days.last !== undefined && days.last >= first);
}

function sign(relation: Relation): 1 | -1 | 0 {
  if (relation.type === 'support' || relation.type === 'deal') return 1;
  return relation.type === 'opposition' ? -1 : 0;
}

/** For each pair of actors, the stance begun most recently among those present. */
function latestStances(relations: readonly Relation[], date: string): Map<string, Relation> {
  const latest = new Map<string, Relation>();
  for (const relation of relations) {
    if (sign(relation) === 0 || !presentAsOf(relation, date)) continue;
    const key = [relation.source, relation.target].sort().join('\u0000');
    const current = latest.get(key);
    const began = relationDays(relation)?.first ?? '';
    if (!current || (relationDays(current)?.first ?? '') <= began) latest.set(key, relation);
  }
  return latest;
}

export function compareDates(relations: readonly Relation[], from: string, to: string): DateComparison {
  const appeared = relations.filter((r) => !presentAsOf(r, from) && presentAsOf(r, to));
  const disappeared = relations.filter((r) => presentAsOf(r, from) && !presentAsOf(r, to));
  const before = latestStances(relations, from);
  const after = latestStances(relations, to);
  const signChanged: SignChange[] = [];
  for (const [key, then] of before) {
    const now = after.get(key);
    if (now && sign(now) !== sign(then)) {
      const [a = '', b = ''] = key.split('\u0000');
      signChanged.push({ actors: [a, b], before: then, after: now });
    }
  }
  return { appeared, disappeared, signChanged };
}
