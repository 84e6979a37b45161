/** Apart from side-panel.ts, so the app shell can ask it before the panel's code has loaded. */
import type { ViewState } from '../../analysis/view-state';

/** Whether a view picks out anything for the side panel to detail: a selection, a path or a comparison. */
export function viewHasDetails({ selection, path, compare }: ViewState): boolean {
  return selection !== null || path !== null || compare !== null;
}
