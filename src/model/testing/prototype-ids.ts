/**
 * Datasets whose ids are the names of Object.prototype's properties (in slug form where the
 * slug pattern requires it): `constructor`, `tostring`, `hasownproperty`, `proto`... Any code
 * that looks ids up in a plain object finds the inherited property instead of nothing.
 */
import type { Dataset, Relation } from '../schema';
import { slugPattern } from '../schema';

/** Each property name of Object.prototype as a slug, e.g. `__defineGetter__` becomes `definegetter`. */
export const prototypeSlugs: readonly string[] = [
  ...new Set(Object.getOwnPropertyNames(Object.prototype).map((name) => name.toLowerCase().replace(/[^a-z0-9]+/g, ''))),
].filter((slug) => slugPattern.test(slug));

function relation(id: string, source: string, target: string, type: Relation['type'], date: string): Relation {
  return {
    id,
    source,
    target,
    type,
    directed: type !== 'deal',
    date,
    summary: `${source} and ${target}.`,
    certainty: 'stated',
    evidence: [{ source: 'src', quote: `${source} meets ${target}`, locator: { paragraph: 1 } }],
  };
}

const base: Pick<Dataset, 'schemaVersion' | 'title' | 'description' | 'sources'> = {
  schemaVersion: 1,
  title: 'Prototype names',
  description: 'Ids that shadow Object.prototype.',
  sources: [{ id: 'src', title: 'A source', authors: ['A. Author'], published: '2009' }],
};

/**
 * Actors named after every prototype property, in a ring with chords (so each has several
 * relations and the layout has something to untangle), plus one isolated actor.
 */
export function prototypeActorDataset(): Dataset {
  const ids = prototypeSlugs;
  const types: Relation['type'][] = ['support', 'opposition', 'deal', 'membership'];
  const relations = ids.flatMap((id, i) => {
    const next = ids[(i + 1) % ids.length] ?? id;
    const across = ids[(i + 3) % ids.length] ?? id;
    return [
      relation(`ring-${i}`, id, next, types[i % types.length] ?? 'support', `${2000 + (i % 9)}`),
      ...(i % 2 === 0 ? [relation(`chord-${i}`, id, across, 'support', `${2001 + (i % 7)}`)] : []),
    ];
  });
  return {
    ...base,
    id: 'prototype-actors',
    actors: [...ids, 'loner'].map((id) => ({ id, name: `The ${id}`, kind: 'state', aliases: [id.toUpperCase()], description: '' })),
    relations,
  };
}

/** Relations named after every prototype property, between five ordinary actors. */
export function prototypeRelationDataset(): Dataset {
  const actors = ['amber', 'birch', 'cedar', 'dune', 'elm'];
  return {
    ...base,
    id: 'prototype-relations',
    actors: actors.map((id) => ({ id, name: id, kind: 'organization', aliases: [], description: '' })),
    relations: prototypeSlugs.map((id, i) =>
      relation(id, actors[i % actors.length] ?? 'amber', actors[(i + 1 + (i % 3)) % actors.length] ?? 'birch', i % 2 ? 'support' : 'opposition', `${2000 + i}`),
    ),
  };
}
