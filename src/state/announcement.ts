/**
 * What the polite live region says after a change: "76 to 50 relations shown", "Path found, 3
 * steps". Pure: a summary of what is on show, and the words for the difference between two.
 */
import { countNoun } from '../model/count-noun';
import type { DatasetIndex } from '../model/dataset-index';
import type { AppStore } from './app-store';

export interface ShownSummary {
  readonly index: DatasetIndex;
  readonly relationsShown: number;
  readonly focus: string | null;
  readonly path: string | null;
  readonly compare: string | null;
}

function nameOf(index: DatasetIndex, actorId: string): string {
  return index.actors.get(actorId)?.name ?? actorId;
}

/** What the store shows, in the words a change would be announced with. */
export function summarizeShown(store: AppStore): ShownSummary | null {
  const { index, view } = store.state;
  const visibility = store.visibility;
  if (!index || !visibility) return null;
  const { focus, path, compare } = view;
  const pathResult = store.pathResult;
  const comparison = store.comparison;
  return {
    index,
    relationsShown: visibility.visibleRelations.size,
    focus: focus ? `Focus on ${nameOf(index, focus.actorId)}, ${countNoun(focus.depth, 'step')}` : null,
    path: path
      ? pathResult
        ? `Path found between ${nameOf(index, path.from)} and ${nameOf(index, path.to)}, ${countNoun(pathResult.length, 'step')}`
        : `No path between ${nameOf(index, path.from)} and ${nameOf(index, path.to)}`
      : null,
    compare:
      compare && comparison
        ? `Compared ${compare.from} with ${compare.to}: ${comparison.appeared.length} appeared, ${comparison.disappeared.length} ended, ${comparison.signChanged.length} changed sign`
        : null,
  };
}

/** The words for what changed from `before` to `after`; empty when nothing worth saying did. */
export function describeChange(before: ShownSummary | null, after: ShownSummary | null): string {
  if (!after) return '';
  if (!before || before.index !== after.index) {
    // The header names the dataset; this says that it changed and how much it shows.
    return before ? `Another dataset on show: ${countNoun(after.index.actors.size, 'actor')}, ${countNoun(after.relationsShown, 'relation')} shown` : '';
  }
  const parts: string[] = [];
  const said = (now: string | null, was: string | null, cleared: string) => {
    if (now !== was) parts.push(now ?? cleared);
  };
  said(after.focus, before.focus, 'Focus cleared');
  said(after.path, before.path, 'Path cleared');
  said(after.compare, before.compare, 'Comparison cleared');
  if (after.relationsShown !== before.relationsShown) {
    parts.push(`${before.relationsShown.toLocaleString('en')} to ${countNoun(after.relationsShown, 'relation')} shown`);
  }
  return parts.join('. ');
}
