/**
 * The alignment analysis of what a view shows: its signed graph, the two blocs with the least
 * frustration, and every pair's alignment. One module, so the app can load it only when the user
 * asks for blocs or the alignment panel (a dynamic import of this file).
 */
import type { DatasetIndex } from '../model/dataset-index';
import { actorName } from '../model/dataset-index';
import { alignmentByYear, type AlignmentStep } from './alignment-over-time';
import { alignment, type PairAlignment } from './alignment';
import { analyzeBlocs, blocMembership, type BlocAnalysis } from './blocs';
import { pairAlignments, type PairAlignments } from './pair-alignments';
import { defaultSignedGraphOptions, visibleSignedGraph, type SignedGraph } from './signed-graph';
import type { AlignmentPair, ViewState } from './view-state';
import type { Visibility } from './visibility';

export interface ViewAlignment {
  readonly graph: SignedGraph;
  readonly blocs: BlocAnalysis;
  /** Bloc of each actor in the signed graph: 0 (the first) or 1. */
  readonly blocOf: ReadonlyMap<string, 0 | 1>;
  /** The actors of the signed graph, the first bloc then the second, each by name. */
  readonly order: readonly string[];
  /** Every pair's alignment, by `pairKey`, computed when first asked for. */
  readonly pairs: PairAlignments;
}

export function viewAlignment(index: DatasetIndex, visibility: Pick<Visibility, 'visibleRelations'>): ViewAlignment {
  const graph = visibleSignedGraph(index, visibility, defaultSignedGraphOptions);
  const blocs = analyzeBlocs(graph);
  const blocOf = blocMembership(blocs);
  const byName = (x: string, y: string) => actorName(index, x).localeCompare(actorName(index, y));
  const order = [...[...blocs.blocs[0]].sort(byName), ...[...blocs.blocs[1]].sort(byName)];
  return { graph, blocs, blocOf, order, pairs: pairAlignments(graph) };
}

/** The alignment of a pair in that order (the first actor's stances first in its terms). */
export function pairAlignment(analysis: ViewAlignment, a: string, b: string): PairAlignment {
  return alignment(analysis.graph, a, b);
}

/** The pair's alignment as of each year of the data, under the view's other filters. */
export function pairAlignmentByYear(index: DatasetIndex, view: ViewState, pair: AlignmentPair): AlignmentStep[] {
  return alignmentByYear(index, view, pair.a, pair.b, defaultSignedGraphOptions);
}

export type { AlignmentStep, BlocAnalysis, PairAlignment };
