/**
 * Two actors' alignment year by year: at each year of the data, the view "as of" that year (the
 * time filter the app's slider sets: everything begun by its end), all other filters kept.
 */
import type { DatasetIndex } from '../model/dataset-index';
import { alignment, type PairAlignment } from './alignment';
import { yearRange } from './relation-time';
import { visibleSignedGraph, type SignedGraphOptions } from './signed-graph';
import type { ViewState } from './view-state';
import { computeVisibility } from './visibility';

export interface AlignmentStep {
  readonly year: number;
  readonly alignment: PairAlignment;
}

export function alignmentByYear(index: DatasetIndex, view: ViewState, a: string, b: string, options: SignedGraphOptions): AlignmentStep[] {
  const range = yearRange(index.dataset.relations);
  if (range === undefined) return [];
  const steps: AlignmentStep[] = [];
  for (let year = range.first; year <= range.last; year++) {
    const visibility = computeVisibility(index, { ...view, time: { mode: 'as-of', date: String(year).padStart(4, '0') } });
    steps.push({ year, alignment: alignment(visibleSignedGraph(index, visibility, options), a, b) });
  }
  return steps;
}
