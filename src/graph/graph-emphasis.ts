/**
 * What the graph shows beyond the data: which elements are visible, stepped back or marked.
 * Pure (no Cytoscape): the store derives it from the view and the graph only applies it.
 */
import type { DateComparison } from '../analysis/compare-dates';
import type { PathResult } from '../analysis/shortest-paths';
import type { ViewAlignment } from '../analysis/view-alignment';
import type { Visibility } from '../analysis/visibility';

export type CompareMark = 'appeared' | 'disappeared' | 'sign-changed';

export interface GraphEmphasis {
  /** Ids of the actors and relations on show; all others are hidden (and keep their places). */
  readonly visible: ReadonlySet<string>;
  /** Shown faintly: outside the focus. */
  readonly outsideFocus: ReadonlySet<string>;
  /** Lying on a shortest path between the two chosen actors. */
  readonly onPath: ReadonlySet<string>;
  /** Relations that changed between the two compared dates. */
  readonly compareMarks: ReadonlyMap<string, CompareMark>;
  /**
   * Shown faintly because a path or a comparison is on show: everything visible that is not on
   * the path, or not a changed relation or one of its actors, steps back as around a selection.
   */
  readonly outsideHighlight: ReadonlySet<string>;
  /** Whether the view asks for blocs, even while their analysis is still loading. */
  readonly blocsView: boolean;
  /** In the blocs view: the bloc (0 or 1) of each actor in a stance relation; empty otherwise. */
  readonly blocOf: ReadonlyMap<string, 0 | 1>;
  /** In the blocs view: the relations that make the frustrated ties. */
  readonly frustrated: ReadonlySet<string>;
}

/** What a view of a dataset makes visible, the path it asks for and the comparison it makes. */
export interface ViewDerivations {
  readonly visibility: Visibility;
  readonly path: PathResult | undefined;
  readonly comparison: DateComparison | undefined;
  /** The alignment analysis, when the blocs view is on. */
  readonly blocs?: ViewAlignment | undefined;
  /** Whether the view asks for blocs (default: whether their analysis is given). */
  readonly blocsView?: boolean;
}

export function graphEmphasis({ visibility, path, comparison, blocs, blocsView = blocs !== undefined }: ViewDerivations): GraphEmphasis {
  const compareMarks = new Map<string, CompareMark>();
  for (const relation of comparison?.appeared ?? []) compareMarks.set(relation.id, 'appeared');
  for (const relation of comparison?.disappeared ?? []) compareMarks.set(relation.id, 'disappeared');
  for (const change of comparison?.signChanged ?? []) compareMarks.set(change.after.id, 'sign-changed');
  const visible = new Set([...visibility.visibleActors, ...visibility.visibleRelations]);
  const onPath = new Set([...(path?.relationIds ?? []), ...(path?.actorIds ?? [])]);
  // What a path or a comparison is about; nothing steps back when it found nothing to show.
  const highlighted = new Set(onPath);
  if (comparison) {
    for (const change of [...comparison.appeared, ...comparison.disappeared, ...comparison.signChanged.map((c) => c.after)]) {
      highlighted.add(change.id).add(change.source).add(change.target);
    }
  }
  const outsideHighlight = new Set(highlighted.size === 0 ? [] : [...visible].filter((id) => !highlighted.has(id)));
  return {
    visible,
    outsideFocus: visibility.outsideFocus,
    onPath,
    compareMarks,
    outsideHighlight,
    blocsView,
    blocOf: blocs?.blocOf ?? new Map(),
    frustrated: new Set(blocs?.blocs.frustratedRelations ?? []),
  };
}
