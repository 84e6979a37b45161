/** Short words for what a view shows, for file names and credit lines. */
import type { ViewState } from './view-state';

/** "as of 2003", "2003 to 2007" or "all dates". */
export function timeSummary(view: Pick<ViewState, 'time'>): string {
  if (view.time === null) return 'all dates';
  return view.time.mode === 'as-of' ? `as of ${view.time.date}` : `${view.time.from} to ${view.time.to}`;
}

/** The filters in force, e.g. "opposition hidden, person hidden, stated only, as of 2003"; '' when none. */
export function filterSummary(view: ViewState): string {
  const parts = [
    ...view.hiddenTypes.map((type) => `${type} hidden`),
    ...view.hiddenKinds.map((kind) => `${kind} hidden`),
    ...(view.statedOnly ? ['stated only'] : []),
    ...(view.time ? [timeSummary(view)] : []),
    ...(view.showUndated ? [] : ['undated hidden']),
    ...(view.hideIsolated ? ['isolated hidden'] : []),
    ...(view.focus ? [`focus ${view.focus.actorId} ${view.focus.depth}`] : []),
  ];
  return parts.join(', ');
}
