/**
 * Bloc membership as an export column: `bloc` is "A" or "B" for each actor of the signed graph
 * and absent (an empty cell) for actors outside it, the same letters the app shows.
 */
import type { ActorColumn } from '../export/record-fields';
import { blocLetters } from './bloc-letters';

export const blocColumnName = 'bloc';

export function blocColumn(blocOf: ReadonlyMap<string, 0 | 1>): ActorColumn {
  const values = new Map<string, string>();
  for (const [actor, bloc] of blocOf) values.set(actor, blocLetters[bloc]);
  return { name: blocColumnName, type: 'string', values };
}
