/**
 * `entente analyze` as a user runs it. What it prints is checked against the raw dataset, worked
 * out here without the analysis code: which actors take stances, which pairs are positive or
 * negative, and which of them the printed blocs frustrate.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDataset, bundledDatasetUrl } from '../export/testing/bundled-dataset';
import type { Relation } from '../model/schema';
import { breakableDataset } from '../model/testing/minimal-dataset';
import { entente } from './testing/run-entente';

const zagorski = bundledDatasetUrl.pathname;
const data = bundledDataset();
const dir = mkdtempSync(join(tmpdir(), 'entente-analyze-'));

interface AnalyzeJson {
  readonly frustrationIndex: number;
  readonly lowerBound: number;
  readonly exact: boolean;
  readonly blocs: readonly (readonly string[])[];
  readonly frustratedRelations: readonly string[];
  readonly tieCount: number;
  readonly pairs: readonly { readonly actors: readonly [string, string]; readonly score: number; readonly relationIds: readonly string[] }[];
  readonly alignmentOverTime: { readonly actors: readonly string[]; readonly steps: readonly { readonly asOf: string; readonly score: number }[] } | null;
}

const stanceSign = (r: Relation): number => (r.type === 'opposition' ? -1 : r.type === 'support' || r.type === 'deal' ? 1 : 0);

/** Each pair of actors with stances, with the sign of their count of positive minus negative relations. */
function pairSigns(relations: readonly Relation[]): Map<string, { a: string; b: string; sum: number; ids: string[] }> {
  const pairs = new Map<string, { a: string; b: string; sum: number; ids: string[] }>();
  for (const r of relations) {
    if (stanceSign(r) === 0 || r.source === r.target) continue;
    const [a, b] = [r.source, r.target].sort() as [string, string];
    const key = `${a} ${b}`;
    const pair = pairs.get(key) ?? { a, b, sum: 0, ids: [] };
    pair.sum += stanceSign(r);
    pair.ids.push(r.id);
    pairs.set(key, pair);
  }
  return pairs;
}

function frustratedBy(blocs: readonly (readonly string[])[], pairs: ReturnType<typeof pairSigns>) {
  const blocOf = new Map(blocs.flatMap((bloc, i) => bloc.map((actor) => [actor, i] as const)));
  return [...pairs.values()].filter(({ a, b, sum }) => sum !== 0 && (blocOf.get(a) !== blocOf.get(b) ? sum > 0 : sum < 0));
}

describe('entente analyze', { timeout: 30_000 }, () => {
  it('prints blocs, frustration and alignments of the bundled dataset as JSON, consistent with the data', async () => {
    const result = await entente('analyze', zagorski, '--json');
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as AnalyzeJson;
    const pairs = pairSigns(data.relations);
    const stanceActors = [...new Set([...pairs.values()].flatMap(({ a, b }) => [a, b]))].sort();

    // Every actor in a stance relation is in exactly one bloc.
    expect(output.blocs).toHaveLength(2);
    expect(output.blocs.flat().sort()).toEqual(stanceActors);
    expect(output.tieCount).toBe([...pairs.values()].filter(({ sum }) => sum !== 0).length);

    // The index is the number of ties the printed blocs frustrate, and their relations are listed.
    const frustrated = frustratedBy(output.blocs, pairs);
    expect(output.frustrationIndex).toBe(frustrated.length);
    expect(output.exact).toBe(true);
    expect(output.lowerBound).toBe(output.frustrationIndex);
    const expectedRelations = frustrated.flatMap(({ ids, sum }) => ids.filter((id) => stanceSign(data.relations.find((r) => r.id === id)!) === Math.sign(sum)));
    expect([...output.frustratedRelations].sort()).toEqual(expectedRelations.sort());

    // No single actor changing bloc does better (a check of optimality that needs no solver).
    for (const actor of stanceActors) {
      const moved = output.blocs.map((bloc) => (bloc.includes(actor) ? bloc.filter((x) => x !== actor) : [...bloc, actor]));
      expect(frustratedBy(moved, pairs).length).toBeGreaterThanOrEqual(output.frustrationIndex);
    }

    // Every pair of those actors, once, scored in -1..+1 from relations of the dataset.
    expect(output.pairs).toHaveLength((stanceActors.length * (stanceActors.length - 1)) / 2);
    const relationIds = new Set(data.relations.map((r) => r.id));
    for (const pair of output.pairs) {
      expect(Math.abs(pair.score)).toBeLessThanOrEqual(1);
      for (const id of pair.relationIds) expect(relationIds.has(id)).toBe(true);
    }
    // A pair's explanation lists its direct relations.
    const russiaKazakhstan = output.pairs.find((pair) => pair.actors.join() === 'kazakhstan,russia');
    expect(russiaKazakhstan?.relationIds).toEqual(expect.arrayContaining(pairs.get('kazakhstan russia')?.ids ?? ['missing']));

    // Russia and Kazakhstan year by year, from the first year of the data to the last.
    const years = data.relations.flatMap((r) => [r.date, r.period?.start, r.period?.end]).flatMap((d) => (d === undefined ? [] : [Number(d.slice(0, 4))]));
    expect(output.alignmentOverTime?.actors).toEqual(['russia', 'kazakhstan']);
    expect(output.alignmentOverTime?.steps.map((step) => Number(step.asOf))).toEqual(
      Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => Math.min(...years) + i),
    );
  });

  it('reads only what is in force at --as-of, leaves undated relations out on request, and includes ties when --types asks', async () => {
    const early = JSON.parse((await entente('analyze', zagorski, '--json', '--as-of', '2003')).stdout) as AnalyzeJson;
    // Undated relations stay in, as in the app's default view.
    const begun = data.relations.filter((r) => (r.date ?? r.period?.start ?? '0000') <= '2003-12-31');
    expect(early.blocs.flat().sort()).toEqual([...new Set([...pairSigns(begun).values()].flatMap(({ a, b }) => [a, b]))].sort());

    const datedOnly = JSON.parse((await entente('analyze', zagorski, '--json', '--no-undated')).stdout) as AnalyzeJson;
    const dated = data.relations.filter((r) => r.date !== undefined || r.period !== undefined);
    expect(datedOnly.blocs.flat().sort()).toEqual([...new Set([...pairSigns(dated).values()].flatMap(({ a, b }) => [a, b]))].sort());

    const withTies = JSON.parse((await entente('analyze', zagorski, '--json', '--types', 'support,opposition,deal,membership')).stdout) as AnalyzeJson;
    const members = data.relations.filter((r) => r.type === 'membership').flatMap((r) => [r.source, r.target]);
    for (const actor of members) expect(withTies.blocs.flat()).toContain(actor);
  });

  it('prints a readable report', async () => {
    const result = await entente('analyze', zagorski);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Frustration index: \d+ of \d+ ties, proven optimal/m);
    expect(result.stdout).toMatch(/^Bloc 1 \(\d+\): .*Kazakhstan/m);
    expect(result.stdout).toContain('Alignment of Russia and Kazakhstan by year');
  });

  it('exits 1 for an invalid dataset and 2 on bad usage, as validate does', async () => {
    const broken = breakableDataset();
    broken.relations[0]!.target = 'kazakstan';
    const path = join(dir, 'broken.json');
    writeFileSync(path, JSON.stringify(broken));
    const invalid = await entente('analyze', path);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('not a valid dataset');
    const badType = await entente('analyze', zagorski, '--types', 'suport');
    expect(badType.code).toBe(2);
    expect(badType.stderr).toContain('did you mean "support"');
    expect((await entente('analyze', zagorski, '--pair', 'russia')).code).toBe(2);
    expect((await entente('analyze', zagorski, '--format', 'json')).code).toBe(2);
    expect((await entente('analyze')).code).toBe(2);
  });
});
