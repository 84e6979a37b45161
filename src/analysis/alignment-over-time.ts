/**
 * Two actors' alignment year by year: at each year of the data, the view "as of" that year (the
 * time filter the app's slider sets: everything begun by its end), all other filters kept.
 */
import type { DatasetIndex } from '../model/dataset-index';
import type { Relation } from '../model/schema';
import { alignment, type PairAlignment } from './alignment';
import { passesTimeFilter, relationDays, yearRange } from './relation-time';
import { signedGraph, type SignedGraphOptions } from './signed-graph';
import type { TimeFilter, ViewState } from './view-state';
import { computeVisibility } from './visibility';

export interface AlignmentStep {
  readonly year: number;
  readonly alignment: PairAlignment;
}

export function alignmentByYear(index: DatasetIndex, view: ViewState, a: string, b: string, options: SignedGraphOptions): AlignmentStep[] {
  const range = yearRange(index.dataset.relations);
  if (range === undefined) return [];
  // A pair's alignment reads only the stances of its two actors: the signed graph of each year
  // needs only the relations that touch them.
  const touchesPair = (r: Relation) => r.source === a || r.target === a || r.source === b || r.target === b;
  const visibleTouching = (time: TimeFilter | null) => {
    const { visibleRelations } = computeVisibility(index, { ...view, time });
    return index.dataset.relations.filter((r) => touchesPair(r) && visibleRelations.has(r.id));
  };
  // Without a focus, whether a relation shows does not depend on the others: apply every filter
  // but time once, then only the time filter year by year (else the whole view is computed each year).
  const untimed = view.focus === null ? visibleTouching(null) : undefined;
  const steps: AlignmentStep[] = [];
  for (let year = range.first; year <= range.last; year++) {
    const asOf: TimeFilter = { mode: 'as-of', date: String(year).padStart(4, '0') };
    const relations = untimed
      ? untimed.filter((r) => {
          const days = relationDays(r);
          return days === undefined || passesTimeFilter(days, asOf);
        })
      : visibleTouching(asOf);
    steps.push({ year, alignment: alignment(signedGraph(relations, options), a, b) });
  }
  return steps;
}
