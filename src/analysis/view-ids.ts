/**
 * The actor and relation ids a view names that a dataset does not have. A view is checked against
 * the schema alone when it is read; whether its ids exist depends on the dataset it is applied to.
 */
import { quoteInput } from '../model/quote-input';
import type { ViewIssue, ViewState } from './view-state';

export interface KnownIds {
  readonly actors: { has(id: string): boolean };
  readonly relations: { has(id: string): boolean };
}

export function unknownViewIds(view: ViewState, known: KnownIds): ViewIssue[] {
  const issues: ViewIssue[] = [];
  const actor = (id: string, path: ViewIssue['path']) => {
    if (!known.actors.has(id)) issues.push({ path, message: `${quoteInput(id)} is not an actor in this dataset` });
  };
  const { selection, focus, path, alignment } = view;
  if (selection?.kind === 'actor') actor(selection.id, ['selection', 'id']);
  if (selection?.kind === 'relation' && !known.relations.has(selection.id)) {
    issues.push({ path: ['selection', 'id'], message: `${quoteInput(selection.id)} is not a relation in this dataset` });
  }
  if (focus) actor(focus.actorId, ['focus', 'actorId']);
  if (path) {
    actor(path.from, ['path', 'from']);
    actor(path.to, ['path', 'to']);
  }
  if (alignment) {
    actor(alignment.a, ['alignment', 'a']);
    actor(alignment.b, ['alignment', 'b']);
  }
  return issues;
}

/** The view without the parts that name unknown ids (each such part is cleared whole). */
export function withoutUnknownIds(view: ViewState, known: KnownIds): ViewState {
  const fields = new Set(unknownViewIds(view, known).map((issue) => issue.path[0]));
  if (fields.size === 0) return view;
  return {
    ...view,
    selection: fields.has('selection') ? null : view.selection,
    focus: fields.has('focus') ? null : view.focus,
    path: fields.has('path') ? null : view.path,
    alignment: fields.has('alignment') ? null : view.alignment,
  };
}
