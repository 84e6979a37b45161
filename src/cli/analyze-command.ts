/**
 * `entente analyze`: blocs by structural balance, frustrated ties and the alignment of every pair
 * of actors, over what the app would show with the same time filter and relation types. The
 * analysis is src/analysis's; this file reads flags, runs it and writes text or JSON.
 */
import { alignmentByYear } from '../analysis/alignment-over-time';
import { allAlignments, type PairAlignment } from '../analysis/alignment';
import { analyzeBlocs } from '../analysis/blocs';
import { visibleSignedGraph, type SignedGraph, type SignedGraphOptions } from '../analysis/signed-graph';
import type { ViewState } from '../analysis/view-state';
import { computeVisibility } from '../analysis/visibility';
import { actorName, indexDataset, type DatasetIndex } from '../model/dataset-index';
import { formatProblem } from '../model/problem';
import { relationTypes, stanceTypes, tieTypes, type RelationType } from '../model/schema';
import { closestMatch } from '../model/suggest';
import { analyzeUsage, type AnalyzeFlags } from './analyze-options';
import { EXIT_OK, EXIT_PROBLEMS, UsageError, type CommandIo } from './io';
import { readDatasetFile } from './read-dataset-file';
import { viewFromFlags } from './view-flags';

/** The pair `--pair` names, or Russia and Kazakhstan when the dataset has both (the article's pair). */
const defaultPair = ['russia', 'kazakhstan'] as const;

interface AnalyzeRequest {
  readonly view: ViewState;
  readonly options: SignedGraphOptions;
  readonly pair: readonly [string, string] | undefined;
  readonly json: boolean;
}

/** `--types support,deal` and `--types support --types deal` alike; an unknown name is a usage error. */
function relationTypeList(given: readonly string[]): RelationType[] {
  const names = given.flatMap((value) => value.split(',')).map((name) => name.trim()).filter((name) => name !== '');
  const types: RelationType[] = [];
  for (const name of names) {
    const type = relationTypes.find((known) => known === name);
    if (type === undefined) {
      const guess = closestMatch(name, relationTypes);
      const hint = guess === undefined ? '' : ` (did you mean "${guess}"?)`;
      throw new UsageError(`--types: unknown relation type "${name}"${hint}; relation types are ${relationTypes.join(', ')}`);
    }
    if (!types.includes(type)) types.push(type);
  }
  return types;
}

function parseAnalyzeFlags(flags: AnalyzeFlags): AnalyzeRequest {
  const types: readonly RelationType[] = flags.types === undefined ? stanceTypes : relationTypeList(flags.types);
  if (types.length === 0) throw new UsageError(`--types needs at least one relation type\nusage: ${analyzeUsage}`);
  let pair: readonly [string, string] | undefined;
  if (flags.pair !== undefined) {
    const ids = flags.pair.split(',').map((id) => id.trim());
    if (ids.length !== 2 || ids.some((id) => id === '')) throw new UsageError(`--pair takes two actor ids, e.g. --pair russia,kazakhstan\nusage: ${analyzeUsage}`);
    pair = [ids[0] ?? '', ids[1] ?? ''];
  }
  return {
    view: viewFromFlags(
      {
        'hide-types': relationTypes.filter((type) => !types.includes(type)),
        'as-of': flags['as-of'],
        from: flags.from,
        to: flags.to,
        'no-undated': flags['no-undated'],
      },
      analyzeUsage,
    ),
    options: { weighted: flags.weighted === true, includeTies: types.some((type) => (tieTypes as readonly string[]).includes(type)) },
    pair,
    json: flags.json === true,
  };
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
const signed = (value: number): string => (value > 0 ? `+${value.toFixed(2)}` : value.toFixed(2));

function pairJson(alignment: PairAlignment) {
  return {
    actors: alignment.actors,
    score: round(alignment.score),
    basis: alignment.basis,
    direct: alignment.direct === null ? null : round(alignment.direct),
    shared: alignment.shared === null ? null : round(alignment.shared),
    thirdParties: alignment.terms.flatMap((term) => (term.kind === 'shared' ? [term.thirdParty] : [])),
    relationIds: alignment.relationIds,
  };
}

function describeView(request: AnalyzeRequest): string {
  const { time } = request.view;
  const types = relationTypes.filter((type) => !request.view.hiddenTypes.includes(type)).join(', ');
  const dates = time === null ? 'all dates' : time.mode === 'as-of' ? `as of ${time.date}` : `${time.from} to ${time.to}`;
  const when = request.view.showUndated ? dates : `${dates}, undated left out`;
  return `${types}; ${when}; ${request.options.weighted ? 'weighted by strength (weak 0.5, clear 1, strong 2)' : 'unweighted'}`;
}

export async function analyzeCommand(files: readonly string[], flags: AnalyzeFlags, io: CommandIo): Promise<number> {
  const [file, ...extra] = files;
  if (file === undefined || extra.length > 0) throw new UsageError(`analyze takes one dataset file\nusage: ${analyzeUsage}`);
  const request = parseAnalyzeFlags(flags);
  const result = await readDatasetFile(file);
  if (!result.ok) {
    for (const problem of result.problems) io.err(formatProblem(problem, file));
    io.err(`${file}: ${count(result.problems.length, 'problem')}; not a valid dataset, nothing analyzed`);
    return EXIT_PROBLEMS;
  }
  const index = indexDataset(result.dataset);
  for (const id of request.pair ?? []) {
    if (!index.actors.has(id)) throw new UsageError(`--pair: "${id}" is not an actor of ${file}`);
  }
  const pair = request.pair ?? (defaultPair.every((id) => index.actors.has(id)) ? defaultPair : undefined);
  const graph = visibleSignedGraph(index, computeVisibility(index, request.view), request.options);
  const blocs = analyzeBlocs(graph);
  const pairs = allAlignments(graph);
  const overTime = pair === undefined ? undefined : alignmentByYear(index, request.view, pair[0], pair[1], request.options);

  if (request.json) {
    const output = {
      dataset: result.dataset.id,
      view: {
        types: relationTypes.filter((type) => !request.view.hiddenTypes.includes(type)),
        time: request.view.time,
        undated: request.view.showUndated,
        weighted: request.options.weighted,
      },
      actors: graph.actors,
      tieCount: blocs.tieCount,
      frustrationIndex: blocs.frustrationIndex,
      lowerBound: blocs.lowerBound,
      exact: blocs.exact,
      method: blocs.exact ? 'exact (branch and bound; lower bound equals cost)' : 'heuristic (local search; best lower bound given)',
      optimalSplits: blocs.optimalSplits,
      optimalSplitsComplete: blocs.countComplete,
      components: blocs.componentCount,
      blocs: blocs.blocs,
      frustratedTies: blocs.frustratedTies.map((tie) => ({ actors: tie.actors, sign: tie.sign, weight: tie.weight, relationIds: tie.agreeingRelationIds })),
      frustratedRelations: blocs.frustratedRelations,
      ambivalentPairs: graph.ambivalent.map((stance) => ({ actors: stance.actors, relationIds: stance.relationIds })),
      pairs: pairs.map(pairJson),
      alignmentOverTime:
        pair === undefined || overTime === undefined
          ? null
          : { actors: pair, steps: overTime.map((step) => ({ asOf: String(step.year), ...pairJson(step.alignment) })) },
    };
    io.out(JSON.stringify(output, null, 2));
    return EXIT_OK;
  }
  for (const line of textReport(index, file, request, graph.actors.length, blocs, graph.ambivalent, pairs, pair, overTime)) io.out(line);
  return EXIT_OK;
}

function textReport(
  index: DatasetIndex,
  file: string,
  request: AnalyzeRequest,
  actorCount: number,
  blocs: ReturnType<typeof analyzeBlocs>,
  ambivalent: SignedGraph['ambivalent'],
  pairs: readonly PairAlignment[],
  pair: readonly [string, string] | undefined,
  overTime: ReturnType<typeof alignmentByYear> | undefined,
): string[] {
  const name = (id: string): string => actorName(index, id);
  const names = (ids: readonly string[]): string => ids.map(name).join(', ');
  const lines = [`${file}: ${count(actorCount, 'actor')} in ${count(blocs.tieCount, 'signed tie')} (${describeView(request)})`];
  const of = request.options.weighted ? `${blocs.frustrationIndex} (weighted)` : `${blocs.frustrationIndex} of ${blocs.tieCount} ties`;
  lines.push(
    blocs.exact
      ? `Frustration index: ${of}, proven optimal (the lower bound equals it)`
      : `Frustration index: at most ${of} (heuristic: not proven; no split does better than ${blocs.lowerBound})`,
  );
  const splits = `${blocs.countComplete ? '' : 'at least '}${blocs.optimalSplits}`;
  lines.push(`Optimal splits: ${splits}${blocs.componentCount > 1 ? ` (over ${blocs.componentCount} unconnected parts, each split on its own)` : ''}`);
  blocs.blocs.forEach((bloc, i) => lines.push(`Bloc ${i + 1} (${bloc.length}): ${names(bloc)}`));
  lines.push(blocs.frustratedTies.length === 0 ? 'Frustrated ties: none' : 'Frustrated ties:');
  for (const tie of blocs.frustratedTies) {
    const what = tie.sign > 0 ? 'positive tie across the blocs' : 'opposition inside a bloc';
    lines.push(`  ${name(tie.actors[0])} – ${name(tie.actors[1])}: ${what} (${tie.agreeingRelationIds.join(', ')})`);
  }
  if (ambivalent.length > 0) {
    lines.push('Ambivalent pairs (their relations cancel out; no tie):');
    for (const stance of ambivalent) lines.push(`  ${name(stance.actors[0])} – ${name(stance.actors[1])} (${stance.relationIds.join(', ')})`);
  }
  const connected = pairs.filter((alignment) => alignment.basis !== 'none');
  // Equal scores: the pair with more evidence first.
  const ranked = [...connected].sort((x, y) => y.score - x.score || y.relationIds.length - x.relationIds.length);
  const show = (alignment: PairAlignment) =>
    `  ${signed(alignment.score)}  ${name(alignment.actors[0])} – ${name(alignment.actors[1])} (${alignment.basis}; ${count(alignment.relationIds.length, 'relation')})`;
  lines.push(`Most aligned pairs (of ${connected.length} with any evidence; --json lists all ${pairs.length}):`, ...ranked.slice(0, 8).map(show));
  const opposed = [...connected].sort((x, y) => x.score - y.score || y.relationIds.length - x.relationIds.length);
  lines.push('Most opposed pairs:', ...opposed.slice(0, 8).map(show));
  if (pair !== undefined && overTime !== undefined) {
    lines.push(`Alignment of ${name(pair[0])} and ${name(pair[1])} by year (as of each year):`);
    for (const step of overTime) {
      const a = step.alignment;
      const parts = a.basis === 'none' ? 'no evidence yet' : `direct ${a.direct === null ? '–' : signed(a.direct)}, shared ${a.shared === null ? '–' : signed(a.shared)}`;
      lines.push(`  ${step.year}: ${signed(a.score)} (${parts})`);
    }
  }
  return lines;
}
