/** A pair's alignment told from the side of the actor named first (the score is symmetric; the wording is not). */
import type { PairAlignment } from './alignment';

export function orientedAlignment(alignment: PairAlignment, first: string): PairAlignment {
  if (alignment.actors[0] === first) return alignment;
  const [a, b] = alignment.actors;
  return {
    ...alignment,
    actors: [b, a],
    terms: alignment.terms.map((term) => (term.kind === 'shared' ? { ...term, stances: [term.stances[1], term.stances[0]] } : term)),
  };
}
