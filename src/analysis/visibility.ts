/**
 * From view state to what the graph and the table show: the one place filters, time and focus
 * are applied, so every view agrees. Visibility never touches selection.
 */
import type { DatasetIndex } from '../model/dataset-index';
import { actorKinds, relationTypes } from '../model/vocabulary';
import type { ActorKind, Relation, RelationType } from '../model/schema';
import { actorsWithin } from './neighbourhood';
import { passesTimeFilter, relationDays } from './relation-time';
import type { ViewState } from './view-state';

export interface Visibility {
  readonly visibleActors: ReadonlySet<string>;
  readonly visibleRelations: ReadonlySet<string>;
  /** Shown but stepped back: outside the focus, when the user chose to dim rather than hide. */
  readonly outsideFocus: ReadonlySet<string>;
  /** Visible relations of each type, and all of them, for the toggles' counts. */
  readonly typeCounts: Readonly<Record<RelationType, { readonly visible: number; readonly total: number }>>;
  readonly kindCounts: Readonly<Record<ActorKind, { readonly visible: number; readonly total: number }>>;
}

/** The visible count of each key, as the legend shows them. */
export function visibleCounts<K extends string>(counts: Readonly<Record<K, { readonly visible: number }>>): Partial<Record<K, number>> {
  const result: Partial<Record<K, number>> = {};
  for (const key of Object.keys(counts) as K[]) result[key] = counts[key].visible;
  return result;
}

function relationPasses(relation: Relation, index: DatasetIndex, view: ViewState): boolean {
  if (view.hiddenTypes.includes(relation.type)) return false;
  if (view.statedOnly && relation.certainty !== 'stated') return false;
  for (const end of [relation.source, relation.target]) {
    const kind = index.actors.get(end)?.kind;
    if (kind === undefined || view.hiddenKinds.includes(kind)) return false;
  }
  const days = relationDays(relation);
  if (!days) return view.showUndated;
  return view.time === null || passesTimeFilter(days, view.time);
}

function counts<K extends string>(keys: readonly K[], all: Iterable<K>, visible: Iterable<K>) {
  const result = Object.fromEntries(keys.map((key) => [key, { visible: 0, total: 0 }])) as Record<K, { visible: number; total: number }>;
  for (const key of all) result[key].total++;
  for (const key of visible) result[key].visible++;
  return result;
}

export function computeVisibility(index: DatasetIndex, view: ViewState): Visibility {
  const { dataset } = index;
  let relations = dataset.relations.filter((relation) => relationPasses(relation, index, view));
  let actors = dataset.actors.filter((actor) => !view.hiddenKinds.includes(actor.kind));
  if (view.hideIsolated) {
    const connected = new Set(relations.flatMap((relation) => [relation.source, relation.target]));
    actors = actors.filter((actor) => connected.has(actor.id));
  }
  const outsideFocus = new Set<string>();
  const focus = view.focus;
  if (focus && actors.some((actor) => actor.id === focus.actorId)) {
    const inFocus = actorsWithin(focus.actorId, focus.depth, relations);
    const outsideActors = actors.filter((actor) => !inFocus.has(actor.id));
    const outsideRelations = relations.filter((r) => !inFocus.has(r.source) || !inFocus.has(r.target));
    if (focus.outside === 'hide') {
      actors = actors.filter((actor) => inFocus.has(actor.id));
      relations = relations.filter((r) => inFocus.has(r.source) && inFocus.has(r.target));
    } else {
      for (const element of [...outsideActors, ...outsideRelations]) outsideFocus.add(element.id);
    }
  }
  return {
    visibleActors: new Set(actors.map((actor) => actor.id)),
    visibleRelations: new Set(relations.map((relation) => relation.id)),
    outsideFocus,
    typeCounts: counts(
      relationTypes,
      dataset.relations.map((r) => r.type),
      relations.map((r) => r.type),
    ),
    kindCounts: counts(
      actorKinds,
      dataset.actors.map((a) => a.kind),
      actors.map((a) => a.kind),
    ),
  };
}
