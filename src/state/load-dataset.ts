/**
 * Validates and shows a dataset; on failure keeps what was on show and records the problems.
 * Apart from the store so that the store, which the first load needs, does not bring the validator.
 */
import { validateDataset } from '../model/validate';
import type { AppStore } from './app-store';

export function loadDataset(store: AppStore, input: unknown, origin: string): boolean {
  const result = validateDataset(input);
  if (!result.ok) {
    store.reportLoadProblems(origin, result.problems);
    return false;
  }
  store.showDataset(result.dataset, origin);
  return true;
}
