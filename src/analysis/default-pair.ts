/**
 * The pair the alignment panel opens on: Russia and Kazakhstan, the article's pair, when the
 * dataset has both; otherwise the two ends of its first stance relation between two actors.
 */
import type { DatasetIndex } from '../model/dataset-index';
import { stanceTypes } from '../model/vocabulary';
import type { AlignmentPair } from './view-state';

const articlePair: AlignmentPair = { a: 'russia', b: 'kazakhstan' };

export function defaultAlignmentPair(index: DatasetIndex): AlignmentPair | null {
  if (index.actors.has(articlePair.a) && index.actors.has(articlePair.b)) return articlePair;
  const stance = index.dataset.relations.find((r) => (stanceTypes as readonly string[]).includes(r.type) && r.source !== r.target);
  return stance ? { a: stance.source, b: stance.target } : null;
}
