/** Lookups a view needs over and over, built once per dataset. */
import type { Actor, Dataset, Relation, Source } from './schema';

export interface DatasetIndex {
  readonly dataset: Dataset;
  readonly actors: ReadonlyMap<string, Actor>;
  readonly relations: ReadonlyMap<string, Relation>;
  readonly sources: ReadonlyMap<string, Source>;
  /** Relations touching each actor, in dataset order. */
  readonly relationsByActor: ReadonlyMap<string, readonly Relation[]>;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const relationsByActor = new Map<string, Relation[]>(dataset.actors.map((actor) => [actor.id, []]));
  for (const relation of dataset.relations) {
    relationsByActor.get(relation.source)?.push(relation);
    relationsByActor.get(relation.target)?.push(relation);
  }
  return {
    dataset,
    actors: new Map(dataset.actors.map((actor) => [actor.id, actor])),
    relations: new Map(dataset.relations.map((relation) => [relation.id, relation])),
    sources: new Map(dataset.sources.map((source) => [source.id, source])),
    relationsByActor,
  };
}

export function actorName(index: DatasetIndex, id: string): string {
  return index.actors.get(id)?.name ?? id;
}
