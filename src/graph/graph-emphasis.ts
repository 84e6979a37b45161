/** What the graph shows beyond the data: which elements are visible, stepped back or marked. */
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
}
