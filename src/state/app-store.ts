/**
 * The one store of app state. Components read `state` (and the derived `visibility`), call
 * actions, and re-render on 'change' through StoreController; nothing else holds app state.
 */
import { compareDates, type DateComparison } from '../analysis/compare-dates';
import { shortestPaths, type PathResult } from '../analysis/shortest-paths';
import type { AlignmentStep, ViewAlignment } from '../analysis/view-alignment';
import { withoutUnknownIds } from '../analysis/view-ids';
import { defaultViewState } from '../analysis/default-view-state';
import type { ViewState } from '../analysis/view-state';
import { computeVisibility, type Visibility } from '../analysis/visibility';
import type { BlocLegend } from '../graph/bloc-legend';
import { graphEmphasis, type GraphEmphasis } from '../graph/graph-emphasis';
import type { Viewport } from '../graph/viewport';
import { indexDataset, type DatasetIndex } from '../model/dataset-index';
import type { Problem } from '../model/problem';
import type { Dataset } from '../model/schema';
import type { SelectionRef } from '../model/selection';
import type { SourceText } from '../model/source-text';
import type { Loading } from './loading';

export type { SourceText };

export interface AppState {
  /** The dataset on show, with its lookups; null until one loads. */
  readonly index: DatasetIndex | null;
  /** Where the dataset on show came from ("bundled", a file name). */
  readonly origin: string;
  /** Problems of the last load that failed, and the file they are in; the previous dataset stays on show. */
  readonly loadProblems: readonly Problem[];
  readonly loadProblemsFile: string;
  readonly view: ViewState;
  /** Node positions, zoom and pan a snapshot asks the graph to restore; null lets it lay itself out. */
  readonly viewport: Viewport | null;
  /** A passing message for the user (a malformed address, say); null when there is none. */
  readonly notice: string | null;
  /** What is being opened (a file or `?data=` address, named for the user) and how far it has got; null otherwise. */
  readonly loading: Loading | null;
  readonly sourceTexts: ReadonlyMap<string, SourceText>;
}

const initialState: AppState = {
  index: null,
  origin: '',
  loadProblems: [],
  loadProblemsFile: '',
  view: defaultViewState,
  viewport: null,
  notice: null,
  loading: null,
  sourceTexts: new Map(),
};

/** The alignment analysis and the legend of its blocs: code of their own, loaded when a view first asks. */
type AlignmentModule = typeof import('../analysis/view-alignment') & typeof import('../graph/bloc-legend');

/** Whether a view asks for the alignment analysis (blocs on the graph, or the alignment panel). */
const wantsAlignment = (view: ViewState): boolean => view.blocs || view.alignment !== null;

export class AppStore extends EventTarget {
  private current: AppState = initialState;
  private readonly memos = new Map<string, { deps: readonly unknown[]; value: unknown }>();
  /** The alignment analysis code, loaded the first time a view asks for it. */
  private alignmentModule: AlignmentModule | undefined;
  private alignmentLoading: Promise<void> | undefined;

  get state(): AppState {
    return this.current;
  }

  /** What the views show under the current view state, computed once per change. */
  get visibility(): Visibility | null {
    const { index, view } = this.current;
    if (!index) return null;
    // Only the filters count: selecting, a path or a comparison must not recompute what is visible.
    const { hiddenTypes, hiddenKinds, hideIsolated, statedOnly, time, showUndated, focus } = view;
    return this.memo('visibility', [index, hiddenTypes, hiddenKinds, hideIsolated, statedOnly, time, showUndated, focus], () =>
      computeVisibility(index, view),
    );
  }

  /** The shortest chains between the chosen actors over what is visible; undefined if none. */
  get pathResult(): PathResult | undefined {
    const { index, view } = this.current;
    const visibility = this.visibility;
    const path = view.path;
    if (!index || !visibility || !path) return undefined;
    return this.memo('path', [visibility, path], () => {
      const relations = index.dataset.relations.filter((r) => visibility.visibleRelations.has(r.id));
      return shortestPaths(visibility.visibleActors, relations, path.from, path.to);
    });
  }

  /** Changes between the two compared dates, under every filter but time and focus. */
  get comparison(): DateComparison | undefined {
    const { index, view } = this.current;
    const compare = view.compare;
    if (!index || !compare) return undefined;
    return this.memo('comparison', [index, view.hiddenTypes, view.hiddenKinds, view.statedOnly, view.showUndated, compare], () => {
      const { visibleRelations } = computeVisibility(index, { ...view, time: null, focus: null, hideIsolated: false });
      return compareDates(
        index.dataset.relations.filter((r) => visibleRelations.has(r.id)),
        compare.from,
        compare.to,
      );
    });
  }

  /**
   * Blocs, frustrated ties and every pair's alignment over what is visible, while the view asks
   * for them; undefined otherwise, and until the analysis code has loaded (see `alignmentReady`).
   */
  get alignment(): ViewAlignment | undefined {
    const { index, view } = this.current;
    const visibility = this.visibility;
    const module = this.alignmentModule;
    if (!index || !visibility || !module || !wantsAlignment(view)) return undefined;
    return this.memo('alignment', [index, visibility], () => module.viewAlignment(index, visibility));
  }

  /** The chosen pair's alignment as of each year, under every filter but time. */
  get alignmentOverTime(): readonly AlignmentStep[] | undefined {
    const { index, view } = this.current;
    const module = this.alignmentModule;
    const pair = view.alignment;
    if (!index || !module || !pair) return undefined;
    const { hiddenTypes, hiddenKinds, hideIsolated, statedOnly, showUndated, focus } = view;
    return this.memo('alignment-over-time', [index, hiddenTypes, hiddenKinds, hideIsolated, statedOnly, showUndated, focus, pair], () =>
      module.pairAlignmentByYear(index, view, pair),
    );
  }

  /** Settles once the alignment analysis a view asked for can be read (at once if none was asked for). */
  get alignmentReady(): Promise<void> {
    return this.alignmentLoading ?? Promise.resolve();
  }

  /** What the graph shows beyond the data (visible, out of focus, on the path, compared, blocs). */
  get emphasis(): GraphEmphasis | undefined {
    const visibility = this.visibility;
    if (!visibility) return undefined;
    const path = this.pathResult;
    const comparison = this.comparison;
    const blocsView = this.current.view.blocs;
    const blocs = blocsView ? this.alignment : undefined;
    return this.memo('emphasis', [visibility, path, comparison, blocs, blocsView], () => graphEmphasis({ visibility, path, comparison, blocs, blocsView }));
  }

  /** The legend's bloc marks and counts while the blocs view is on (and its analysis loaded); null otherwise. */
  get blocLegend(): BlocLegend | null {
    const visibility = this.visibility;
    const blocs = this.current.view.blocs ? this.alignment : undefined;
    const module = this.alignmentModule;
    if (!visibility || !blocs || !module) return null;
    return this.memo('bloc-legend', [visibility, blocs], () => module.blocLegend(blocs, visibility.visibleActors.size));
  }


  /** Shows an already validated dataset, with a fresh view. */
  showDataset(dataset: Dataset, origin: string): void {
    this.update({ index: indexDataset(dataset), origin, loadProblems: [], loadProblemsFile: '', view: defaultViewState, viewport: null, sourceTexts: new Map() });
  }

  /** Records why a file could not be opened; what is on show stays. */
  reportLoadProblems(file: string, problems: readonly Problem[]): void {
    this.update({ loadProblems: problems, loadProblemsFile: file });
  }

  clearLoadProblems(): void {
    this.update({ loadProblems: [], loadProblemsFile: '' });
  }

  /** Changes part of the view; ids the dataset does not know are dropped rather than shown wrong. */
  setView(patch: Partial<ViewState>): void {
    this.update({ view: this.checked({ ...this.current.view, ...patch }) });
  }

  /** Replaces the whole view (from the address bar, a snapshot). */
  replaceView(view: ViewState): void {
    this.update({ view: this.checked(view) });
  }

  /** Has the graph put its nodes, zoom and pan where a snapshot had them. */
  restoreViewport(viewport: Viewport): void {
    this.update({ viewport });
  }

  /** Closes what the side panel details: the selection, the path and the comparison. */
  closeDetails(): void {
    this.setView({ selection: null, path: null, compare: null });
  }

  select(selection: SelectionRef | null): void {
    this.setView({ selection });
  }

  setLoading(loading: Loading | null): void {
    this.update({ loading });
  }

  setNotice(notice: string | null): void {
    this.update({ notice });
  }

  openSourceText(source: SourceText): void {
    this.update({ sourceTexts: new Map(this.current.sourceTexts).set(source.sourceId, source) });
  }

  private checked(view: ViewState): ViewState {
    const index = this.current.index;
    return index ? withoutUnknownIds(view, index) : view;
  }

  /** Recomputes only when one of the dependencies has changed (by identity). */
  private memo<T>(key: string, deps: readonly unknown[], compute: () => T): T {
    const cached = this.memos.get(key);
    if (cached && cached.deps.length === deps.length && cached.deps.every((dep, i) => dep === deps[i])) return cached.value as T;
    const value = compute();
    this.memos.set(key, { deps, value });
    return value;
  }

  private update(patch: Partial<AppState>): void {
    this.current = { ...this.current, ...patch };
    if (wantsAlignment(this.current.view)) this.loadAlignment();
    this.dispatchEvent(new Event('change'));
  }

  /** Loads the analysis code once (it is a chunk of its own), then shows what it computes. */
  private loadAlignment(): void {
    if (this.alignmentLoading) return;
    this.alignmentLoading = Promise.all([import('../analysis/view-alignment'), import('../graph/bloc-legend')]).then(
      ([analysis, legend]) => {
        this.alignmentModule = { ...analysis, ...legend };
        this.dispatchEvent(new Event('change'));
      },
      (error: unknown) => {
        this.alignmentLoading = undefined;
        this.update({ notice: `The alignment analysis could not be loaded: ${error instanceof Error ? error.message : String(error)}.` });
      },
    );
  }
}
