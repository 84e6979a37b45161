/**
 * The one store of app state. Components read `state`, call actions, and re-render on 'change'
 * (through StoreController); nothing else holds app state.
 */
import type { SelectionRef } from '../events/entente-select';
import { indexDataset, type DatasetIndex } from '../model/dataset-index';
import type { Problem } from '../model/problem';
import { validateDataset } from '../model/validate';

export interface AppState {
  /** The dataset on show, with its lookups; null until one loads. */
  readonly index: DatasetIndex | null;
  /** Where the dataset on show came from, for the header ("bundled", a file name). */
  readonly origin: string;
  /** Problems of the last load that failed; the previous dataset stays on show. */
  readonly loadProblems: readonly Problem[];
  readonly selection: SelectionRef | null;
}

const initialState: AppState = { index: null, origin: '', loadProblems: [], selection: null };

export class AppStore extends EventTarget {
  private current: AppState = initialState;

  get state(): AppState {
    return this.current;
  }

  /** Validates and shows a dataset; on failure keeps what was on show and records the problems. */
  loadDataset(input: unknown, origin: string): boolean {
    const result = validateDataset(input);
    if (!result.ok) {
      this.update({ loadProblems: result.problems });
      return false;
    }
    this.update({ index: indexDataset(result.dataset), origin, loadProblems: [], selection: null });
    return true;
  }

  /** Selects an actor or relation of the dataset on show; unknown ids clear the selection. */
  select(selection: SelectionRef | null): void {
    const index = this.current.index;
    const known =
      selection !== null &&
      index !== null &&
      (selection.kind === 'actor' ? index.actors.has(selection.id) : index.relations.has(selection.id));
    this.update({ selection: known ? selection : null });
  }

  private update(patch: Partial<AppState>): void {
    this.current = { ...this.current, ...patch };
    this.dispatchEvent(new Event('change'));
  }
}
