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

/** 0: starts with the query; 1: a word starts with it; 2: contains it; undefined: no match. */
function rank(candidate: string, query: string): number | undefined {
  const folded = fold(candidate);
  if (folded.startsWith(query)) return 0;
  if (new RegExp(`(^|[^\\p{L}\\p{N}])${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(folded)) return 1;
  return folded.includes(query) ? 2 : undefined;
}

export function searchActors(actors: readonly Actor[], query: string, limit = 8): ActorMatch[] {
  const wanted = fold(query.trim());
  if (wanted === '') return [];
  const scored: { match: ActorMatch; score: number }[] = [];
  for (const actor of actors) {
    let best: { score: number; alias?: string } | undefined;
    const nameRank = rank(actor.name, wanted);
    if (nameRank !== undefined) best = { score: nameRank };
    for (const alias of actor.aliases) {
      const aliasRank = rank(alias, wanted);
      if (aliasRank !== undefined && (best === undefined || aliasRank < best.score)) best = { score: aliasRank + 0.5, alias };
    }
    if (best) scored.push({ match: best.alias ? { actor, alias: best.alias } : { actor }, score: best.score });
  }
  scored.sort((a, b) => a.score - b.score || a.match.actor.name.localeCompare(b.match.actor.name));
  return scored.slice(0, limit).map((entry) => entry.match);
}
