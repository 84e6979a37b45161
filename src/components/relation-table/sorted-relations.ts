import { relationDays } from '../../analysis/relation-time';
import { actorName, type DatasetIndex } from '../../model/dataset-index';
import type { Relation } from '../../model/schema';

export type Column = 'source' | 'type' | 'target' | 'date' | 'summary' | 'quotes';

/** One collator for every comparison: much faster than `localeCompare`, which builds one per call. */
const collator = new Intl.Collator();

/**
 * The visible relations in the table's order: by the column, then by id so that the order never
 * depends on the sort's stability. Text keys are collated once per distinct value (an actor's name
 * once, not once per comparison of each of its relations) and the relations sorted by rank.
 */
export function sortedRelations(index: DatasetIndex, visible: ReadonlySet<string>, column: Column, ascending: boolean): Relation[] {
  const keyOf = (relation: Relation): string | number => {
    switch (column) {
      case 'source':
        return actorName(index, relation.source);
      case 'target':
        return actorName(index, relation.target);
      case 'type':
        return relation.type;
      case 'date':
        // Undated relations sort after every date.
        return relationDays(relation)?.first ?? '\uffff';
      case 'summary':
        return relation.summary;
      case 'quotes':
        return relation.evidence.length;
    }
  };
  const keyed = index.dataset.relations.filter((relation) => visible.has(relation.id)).map((relation) => ({ relation, key: keyOf(relation) }));
  const texts = [...new Set(keyed.flatMap(({ key }) => (typeof key === 'string' ? [key] : [])))].sort(collator.compare);
  const rankOf = new Map(texts.map((text, rank) => [text, rank]));
  const ranked = keyed.map(({ relation, key }) => ({ relation, rank: typeof key === 'number' ? key : (rankOf.get(key) ?? 0) }));
  const direction = ascending ? 1 : -1;
  // Ids are slugs (lowercase letters, digits, hyphens): code-unit order is their alphabetical order.
  ranked.sort((a, b) => (a.rank - b.rank) * direction || (a.relation.id < b.relation.id ? -1 : a.relation.id > b.relation.id ? 1 : 0));
  return ranked.map(({ relation }) => relation);
}
