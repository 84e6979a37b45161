/**
 * The dataset restricted to what is visible: the actors and relations on show, and the sources
 * their evidence cites. Evidence is never cut: a relation is kept whole or not at all. An
 * affiliation to an actor that is not kept is dropped, so the subset is itself a valid dataset.
 */
import type { Dataset } from '../model/schema';
import type { Visibility } from './visibility';

export function subsetDataset(dataset: Dataset, visibility: Pick<Visibility, 'visibleActors' | 'visibleRelations'>): Dataset {
  const relations = dataset.relations.filter((r) => visibility.visibleRelations.has(r.id));
  const cited = new Set(relations.flatMap((r) => r.evidence.map((e) => e.source)));
  return {
    ...dataset,
    actors: dataset.actors
      .filter((a) => visibility.visibleActors.has(a.id))
      .map(({ affiliation, ...actor }) => (affiliation !== undefined && visibility.visibleActors.has(affiliation) ? { ...actor, affiliation } : actor)),
    relations,
    // Keep every source when nothing cites one, so the subset still satisfies "at least one source".
    sources: cited.size === 0 ? dataset.sources : dataset.sources.filter((s) => cited.has(s.id)),
  };
}
