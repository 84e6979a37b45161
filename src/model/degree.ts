/** How many relations touch each actor, and the node size the graph gives it. */
import type { Dataset } from './schema';

export function actorDegrees(dataset: Pick<Dataset, 'relations'>): Map<string, number> {
  const degree = new Map<string, number>();
  for (const relation of dataset.relations) {
    degree.set(relation.source, (degree.get(relation.source) ?? 0) + 1);
    degree.set(relation.target, (degree.get(relation.target) ?? 0) + 1);
  }
  return degree;
}

/** Node diameter grows with the square root of degree, so hubs stand out without swamping. */
export function nodeSize(degree: number): number {
  return Math.round(26 + 9 * Math.sqrt(degree));
}
