/** The view a dataset opens with: everything shown, nothing chosen. Apart from view-state.ts so the first load needs no Zod. */
import type { ViewState } from './view-state';

export const defaultViewState: ViewState = {
  hiddenTypes: [],
  hiddenKinds: [],
  hideIsolated: false,
  statedOnly: false,
  time: null,
  showUndated: true,
  focus: null,
  path: null,
  compare: null,
  selection: null,
  blocs: false,
  alignment: null,
};
