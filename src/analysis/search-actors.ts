/** Finding actors by name or alias, the way a reader types them ("Kremlin", "astana"). */
import type { Actor } from '../model/schema';

export interface ActorMatch {
  readonly actor: Actor;
  /** The alias that matched, when it was not the name. */
  readonly alias?: string;
}

/** Lower case without accents, so "Nazarbaev" finds nothing wrong and "Tokaev" finds "Tokáev". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Ranks candidates against one query: 0 starts with it, 1 a word starts with it, 2 contains it, undefined no match. */
function ranker(query: string): (candidate: string) => number | undefined {
  // One pattern per query, not one per name and alias searched.
  const wordStart = new RegExp(`(^|[^\\p{L}\\p{N}])${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
  return (candidate) => {
    const folded = fold(candidate);
    if (folded.startsWith(query)) return 0;
    if (wordStart.test(folded)) return 1;
    return folded.includes(query) ? 2 : undefined;
  };
}

const collator = new Intl.Collator();

export function searchActors(actors: readonly Actor[], query: string, limit = 8): ActorMatch[] {
  const wanted = fold(query.trim());
  if (wanted === '') return [];
  const rank = ranker(wanted);
  const scored: { match: ActorMatch; score: number }[] = [];
  for (const actor of actors) {
    let best: { score: number; alias?: string } | undefined;
    const nameRank = rank(actor.name);
    if (nameRank !== undefined) best = { score: nameRank };
    for (const alias of actor.aliases) {
      const aliasRank = rank(alias);
      if (aliasRank !== undefined && (best === undefined || aliasRank < best.score)) best = { score: aliasRank + 0.5, alias };
    }
    if (best) scored.push({ match: best.alias ? { actor, alias: best.alias } : { actor }, score: best.score });
  }
  scored.sort((a, b) => a.score - b.score || collator.compare(a.match.actor.name, b.match.actor.name));
  return scored.slice(0, limit).map((entry) => entry.match);
}
