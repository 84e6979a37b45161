/** What the user has chosen to see: filters, time, focus, path and selection. Serializable. */
import type { SelectionRef } from '../model/selection';
import type { ActorKind, RelationType } from '../model/schema';
import type { TimeFilter } from './relation-time';

export type FocusDepth = 1 | 2 | 3;

export interface FocusState {
  readonly actorId: string;
  readonly depth: FocusDepth;
  /** Out-of-focus elements are dimmed or hidden. */
  readonly outside: 'dim' | 'hide';
}

export interface ViewState {
  readonly hiddenTypes: readonly RelationType[];
  readonly hiddenKinds: readonly ActorKind[];
  readonly hideIsolated: boolean;
  readonly statedOnly: boolean;
  /** Null shows every date. */
  readonly time: TimeFilter | null;
  readonly showUndated: boolean;
  readonly focus: FocusState | null;
  readonly path: { readonly from: string; readonly to: string } | null;
  readonly compare: { readonly from: string; readonly to: string } | null;
  readonly selection: SelectionRef | null;
}

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
};
