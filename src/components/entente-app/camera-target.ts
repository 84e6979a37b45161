/**
 * Which elements the camera should move to after a view change: the focus's neighbourhood when the
 * rest is hidden (or everything again when it stops), a new path, a new comparison's changes.
 */
import type { FocusState, ViewState } from '../../analysis/view-state';
import type { GraphEmphasis } from '../../graph/graph-emphasis';

function hidesRest(focus: FocusState | null): focus is FocusState {
  return focus?.outside === 'hide';
}

function samePair(a: { from: string; to: string } | null, b: { from: string; to: string } | null): boolean {
  return a?.from === b?.from && a?.to === b?.to;
}

/** Ids to fit into view, or undefined when the change asks for no camera move. */
export function cameraTarget(before: ViewState, after: ViewState, emphasis: GraphEmphasis): readonly string[] | undefined {
  const focusMoved =
    hidesRest(after.focus) !== hidesRest(before.focus) ||
    (hidesRest(after.focus) && (after.focus.actorId !== before.focus?.actorId || after.focus.depth !== before.focus.depth));
  if (after.path && !samePair(before.path, after.path) && emphasis.onPath.size > 0) return [...emphasis.onPath];
  if (after.compare && !samePair(before.compare, after.compare) && emphasis.compareMarks.size > 0) return [...emphasis.compareMarks.keys()];
  if (focusMoved) return [...emphasis.visible];
  return undefined;
}
