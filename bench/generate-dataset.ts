/**
 * Seeded synthetic datasets for the benchmark: valid Entente datasets shaped like real ones (a few
 * hubs, communities that mostly support each other and oppose outsiders, the bundled dataset's mix
 * of actor kinds, relation types, dates, certainty and evidence), at any size. Pure: no DOM, no I/O.
 */
import type { Actor, ActorKind, Dataset, Evidence, Period, Relation, RelationType } from '../src/model/schema';
import { seededRandom } from '../src/graph/layout';

export interface DatasetSize {
  readonly actors: number;
  readonly relations: number;
}

/** The benchmark's sizes; the first is the bundled dataset itself. */
export const benchSizes: readonly DatasetSize[] = [
  { actors: 31, relations: 76 },
  { actors: 100, relations: 270 },
  { actors: 300, relations: 800 },
  { actors: 1000, relations: 2700 },
  { actors: 3000, relations: 8000 },
  { actors: 10000, relations: 27000 },
];

export const sizeLabel = (size: DatasetSize): string => `${size.actors}/${size.relations}`;

/** How often each value occurs in a real dataset; sampled from to keep its mix. */
type Mix<T> = readonly (readonly [T, number])[];

type DateShape = 'undated' | 'year' | 'month' | 'day' | 'open-period' | 'closed-period';

/** The bundled dataset's proportions, measured with `profileOf` and used when no profile is given. */
export interface DatasetProfile {
  readonly kinds: Mix<ActorKind>;
  readonly types: Mix<RelationType>;
  readonly certaintyDirected: Mix<`${'stated' | 'inferred'}/${boolean}`>;
  readonly dateShapes: Mix<DateShape>;
  readonly years: Mix<number>;
  readonly evidenceCounts: Mix<number>;
}

function countBy<T>(items: readonly T[]): Mix<T> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts];
}

function dateShape(relation: Relation): DateShape {
  if (relation.period) return relation.period.end === undefined ? 'open-period' : 'closed-period';
  if (relation.date === undefined) return 'undated';
  return relation.date.length === 4 ? 'year' : relation.date.length === 7 ? 'month' : 'day';
}

/** Measures the mix of kinds, types, certainty, dates and evidence counts in a dataset. */
export function profileOf(dataset: Dataset): DatasetProfile {
  const years = dataset.relations.flatMap((r) => {
    const date = r.date ?? r.period?.start;
    return date === undefined ? [] : [Number(date.slice(0, 4))];
  });
  return {
    kinds: countBy(dataset.actors.map((a) => a.kind)),
    types: countBy(dataset.relations.map((r) => r.type)),
    certaintyDirected: countBy(dataset.relations.map((r) => `${r.certainty}/${r.directed}` as const)),
    dateShapes: countBy(dataset.relations.map(dateShape)),
    years: countBy(years),
    evidenceCounts: countBy(dataset.relations.map((r) => r.evidence.length)),
  };
}

class Sampler {
  constructor(private readonly random: () => number) {}

  next(): number {
    return this.random();
  }

  int(from: number, to: number): number {
    return from + Math.floor(this.random() * (to - from + 1));
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.random() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  fromMix<T>(mix: Mix<T>): T {
    const total = mix.reduce((sum, [, weight]) => sum + weight, 0);
    let at = this.random() * total;
    for (const [value, weight] of mix) {
      at -= weight;
      if (at < 0) return value;
    }
    const last = mix[mix.length - 1];
    if (!last) throw new Error('sample from an empty mix');
    return last[0];
  }
}

/** Weighted choice among indices in O(log n) per draw. */
class WeightedIndex {
  private readonly cumulative: Float64Array;

  constructor(
    private readonly indices: readonly number[],
    weight: (index: number) => number,
  ) {
    this.cumulative = new Float64Array(indices.length);
    let sum = 0;
    indices.forEach((index, i) => (this.cumulative[i] = sum += weight(index)));
  }

  draw(sampler: Sampler): number {
    const total = this.cumulative[this.cumulative.length - 1] ?? 0;
    const at = sampler.next() * total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.cumulative[mid] ?? 0) > at) high = mid;
      else low = mid + 1;
    }
    const index = this.indices[low];
    if (index === undefined) throw new Error('draw from an empty set');
    return index;
  }
}

const syllables = ['ka', 'zo', 'ri', 'ma', 'ne', 'tu', 'lo', 'va', 'shi', 'dor', 'bel', 'gra', 'sta', 'vi', 'mon', 'ter', 'al', 'en', 'or', 'du', 'pe', 'sa', 'gor', 'li'];
const words = ['the', 'delegation', 'reiterated', 'its', 'position', 'on', 'reform', 'of', 'election', 'observation', 'and', 'called', 'for', 'consensus', 'among', 'participating', 'states', 'while', 'criticism', 'grew', 'over', 'commitments', 'security', 'dialogue', 'human', 'rights', 'mandate', 'chairmanship', 'support', 'agenda', 'meeting', 'ministers', 'declared', 'that', 'would', 'not', 'accept', 'proposal', 'summit'];

function word(sampler: Sampler, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += sampler.pick(syllables);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function actorName(kind: ActorKind, sampler: Sampler): string {
  switch (kind) {
    case 'state':
      return `${word(sampler, sampler.int(2, 3))}${sampler.pick(['ia', 'stan', 'land', 'a', ''])}`;
    case 'organization':
      return `${sampler.pick(['Council of', 'Office for', 'Union of', 'Committee on', 'Agency for', 'Assembly of'])} ${word(sampler, sampler.int(2, 3))} ${sampler.pick(['Affairs', 'Cooperation', 'Security', 'Institutions', 'States'])}`;
    case 'person':
      return `${word(sampler, 2)} ${word(sampler, sampler.int(2, 3))}${sampler.pick(['ov', 'enko', 'ski', 'ev', ''])}`;
    case 'group':
      return `${word(sampler, sampler.int(2, 3))} ${sampler.pick(['Movement', 'Front', 'Alliance', 'Party', 'Coalition', 'Delegation'])}`;
  }
}

function slugOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function sentence(sampler: Sampler, from: number, to: number): string {
  const count = sampler.int(from, to);
  const picked: string[] = [];
  for (let i = 0; i < count; i++) picked.push(sampler.pick(words));
  return picked.join(' ');
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function dateAt(shape: 'year' | 'month' | 'day', year: number, sampler: Sampler): string {
  if (shape === 'year') return String(year);
  const month = `${year}-${pad(sampler.int(1, 12))}`;
  return shape === 'month' ? month : `${month}-${pad(sampler.int(1, 28))}`;
}

const stanceVerbs: Readonly<Record<RelationType, string>> = {
  support: 'backs',
  opposition: 'opposes',
  deal: 'strikes a deal with',
  membership: 'is a member of',
  role: 'serves',
  kinship: 'is related to',
};

export interface GenerateOptions {
  readonly size: DatasetSize;
  readonly profile: DatasetProfile;
  readonly seed?: number;
}

/**
 * Builds a valid dataset of exactly `size.actors` actors and `size.relations` relations.
 * Degrees follow a heavy tail with a few hubs; three relations in four stay inside a community,
 * where stances lean to support, and those across communities lean to opposition.
 */
export function generateDataset({ size, profile, seed = 2009 }: GenerateOptions): Dataset {
  const sampler = new Sampler(seededRandom(seed ^ (size.actors * 7919) ^ size.relations));
  const communityCount = Math.max(2, Math.round(Math.sqrt(size.actors) / 2.5));
  const communityWeights = Array.from({ length: communityCount }, () => 0.3 + sampler.next());
  const communityMix: Mix<number> = communityWeights.map((weight, community) => [community, weight]);
  const hubCount = Math.min(size.actors, 2 + Math.round(Math.log2(size.actors)));

  const actors: Actor[] = [];
  const community: number[] = [];
  const weight: number[] = [];
  for (let i = 0; i < size.actors; i++) {
    const isHub = i < hubCount;
    const kind: ActorKind = isHub ? (i % 2 === 0 ? 'state' : 'organization') : sampler.fromMix(profile.kinds);
    const name = actorName(kind, sampler);
    community.push(isHub ? i % communityCount : sampler.fromMix(communityMix));
    // Pareto tail (alpha 1.6) for ordinary actors; hubs draw far more relations.
    weight.push(isHub ? size.actors / 12 : Math.min(40, (1 - sampler.next()) ** (-1 / 1.6)));
    const aliases = kind === 'state' && sampler.chance(0.6) ? [word(sampler, 2), `the ${name} leadership`] : [];
    actors.push({ id: `${slugOf(name)}-a${i}`, name, kind, aliases, description: `A synthetic ${kind} in community ${community[i] ?? 0}.` });
  }
  // People serve a state or organization of their community, as in the bundled dataset.
  const patrons = new Map<number, string>();
  actors.forEach((actor, i) => {
    if ((actor.kind === 'state' || actor.kind === 'organization') && !patrons.has(community[i] ?? 0)) patrons.set(community[i] ?? 0, actor.id);
  });
  actors.forEach((actor, i) => {
    const patron = patrons.get(community[i] ?? 0);
    if (actor.kind === 'person' && patron !== undefined && patron !== actor.id) actors[i] = { ...actor, affiliation: patron };
  });

  const everyone = actors.map((_, i) => i);
  const anyone = new WeightedIndex(everyone, (i) => weight[i] ?? 1);
  const members = Array.from({ length: communityCount }, (_, c) => everyone.filter((i) => community[i] === c));
  const insiders = members.map((list) => (list.length > 1 ? new WeightedIndex(list, (i) => weight[i] ?? 1) : undefined));
  const lastYear = Math.max(...profile.years.map(([year]) => year));
  const firstYear = Math.min(...profile.years.map(([year]) => year));
  // Half the real year distribution, half spread evenly, so every year of the slider has relations.
  const years: Mix<number> = Array.from({ length: lastYear - firstYear + 1 }, (_, k) => {
    const year = firstYear + k;
    const real = profile.years.find(([y]) => y === year)?.[1] ?? 0;
    const total = profile.years.reduce((sum, [, n]) => sum + n, 0);
    return [year, real / total + 1 / (lastYear - firstYear + 1)];
  });

  const relations: Relation[] = [];
  for (let r = 0; r < size.relations; r++) {
    // The first relations give every actor one, as in a real text where each actor is there for a reason.
    const source = r < size.actors && r < size.relations / 2 ? r : anyone.draw(sampler);
    const home = insiders[community[source] ?? 0];
    let target = home && sampler.chance(0.75) ? home.draw(sampler) : anyone.draw(sampler);
    while (target === source) target = anyone.draw(sampler);
    const inside = community[source] === community[target];
    let type = sampler.fromMix(profile.types);
    if (inside && type === 'opposition' && sampler.chance(0.5)) type = 'support';
    else if (!inside && type === 'support' && sampler.chance(0.5)) type = 'opposition';
    const [certainty, directed] = sampler.fromMix(profile.certaintyDirected).split('/') as ['stated' | 'inferred', string];
    const shape = sampler.fromMix(profile.dateShapes);
    const year = sampler.fromMix(years);
    let when: { date?: string; period?: Period } = {};
    if (shape === 'year' || shape === 'month' || shape === 'day') when = { date: dateAt(shape, year, sampler) };
    else if (shape === 'open-period') when = { period: { start: String(year) } };
    else if (shape === 'closed-period') when = { period: { start: String(year), end: String(Math.min(lastYear, year + sampler.int(0, 3))) } };
    const evidence: Evidence[] = Array.from({ length: sampler.fromMix(profile.evidenceCounts) }, () => ({
      source: 'synthetic-source',
      quote: sentence(sampler, 6, 16),
      locator: sampler.chance(0.15) ? { footnote: sampler.int(1, 40) } : { section: `Part ${sampler.int(1, 6)}`, paragraph: sampler.int(1, 80) },
      prefix: sentence(sampler, 2, 4),
      suffix: sentence(sampler, 2, 4),
    }));
    const from = actors[source];
    const to = actors[target];
    if (!from || !to) throw new Error('actor index out of range');
    relations.push({
      id: `${type}-r${r}`,
      source: from.id,
      target: to.id,
      type,
      directed: directed === 'true',
      ...when,
      summary: `${from.name} ${stanceVerbs[type]} ${to.name}.`,
      certainty,
      evidence,
    });
  }

  return {
    schemaVersion: 1,
    id: `synthetic-${size.actors}-${size.relations}`,
    title: `Synthetic benchmark dataset, ${size.actors} actors and ${size.relations} relations`,
    description: `Generated by bench/generate-dataset.ts with seed ${seed}; names and quotes are invented.`,
    sources: [{ id: 'synthetic-source', title: 'A synthetic report', authors: ['Bench Generator'], published: String(lastYear), url: 'https://example.org/synthetic-report' }],
    actors,
    relations,
  };
}
