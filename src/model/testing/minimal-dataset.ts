/** A small valid dataset for tests; each test breaks a copy in its own way. */
import type { Dataset } from '../schema';

export function minimalDataset(): Dataset {
  return {
    schemaVersion: 1,
    id: 'test-set',
    title: 'Test set',
    description: 'Two states and a deal.',
    sources: [{ id: 'src', title: 'A source', authors: ['A. Author'], published: '2009', doi: '10.1000/xyz' }],
    actors: [
      { id: 'kazakhstan', name: 'Kazakhstan', kind: 'state', aliases: ['Astana'], description: '' },
      { id: 'russia', name: 'Russia', kind: 'state', aliases: ['Moscow', 'the Kremlin'], description: '' },
      { id: 'lavrov', name: 'Sergey Lavrov', kind: 'person', aliases: [], description: '', affiliation: 'russia' },
    ],
    relations: [
      {
        id: 'r-support',
        source: 'russia',
        target: 'kazakhstan',
        type: 'support',
        directed: true,
        period: { start: '2005' },
        summary: 'Russia backs the bid.',
        certainty: 'stated',
        evidence: [{ source: 'src', quote: 'Moscow has clearly spoken out', locator: { paragraph: 4 }, prefix: 'endorsed Kazakhstan’s bid,', suffix: 'in favour' }],
      },
      {
        id: 'r-role',
        source: 'lavrov',
        target: 'russia',
        type: 'role',
        directed: true,
        date: '2007-11',
        summary: 'Foreign minister.',
        certainty: 'stated',
        evidence: [{ source: 'src', quote: 'the Russian Foreign Minister Sergey Lavrov', locator: { paragraph: 10 } }],
      },
    ],
  };
}

export type DeepMutable<T> = T extends readonly (infer U)[]
  ? DeepMutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
    : T;

/** A mutable copy of the minimal dataset, for a test to break in its own way. */
export function breakableDataset(): DeepMutable<Dataset> {
  return structuredClone(minimalDataset());
}
