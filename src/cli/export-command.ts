/**
 * `entente export`: what the app would show under the given filters, in one of the app's export
 * formats. Visibility, subsetting and serializers are the app's own; this file only reads flags,
 * picks the serializer and writes.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { subsetDataset } from '../analysis/subset-dataset';
import { filterSummary } from '../analysis/view-summary';
import { computeVisibility } from '../analysis/visibility';
import { indexDataset } from '../model/dataset-index';
import { formatProblem } from '../model/problem';
import type { Dataset } from '../model/schema';
import { actorsToCsv, relationsToCsv } from '../export/csv';
import { toCytoscapeJson } from '../export/cytoscape-json';
import { graphStylesheet } from '../graph/stylesheet';
import { datasetToJson } from '../export/dataset-json';
import { exportFileName } from '../export/file-names';
import { datasetToGexf } from '../export/gexf';
import { datasetToGraphml } from '../export/graphml';
import { EXIT_OK, EXIT_PROBLEMS, UsageError, type CommandIo } from './io';
import { exportUsage, parseExportFlags, type ExportFlags, type ExportFormat } from './export-options';
import { readDatasetFile } from './read-dataset-file';

export { exportUsage } from './export-options';

/** Extension of the one file a format writes (CSV writes two, named below). */
const extensions: Record<Exclude<ExportFormat, 'csv'>, string> = { json: 'json', cyjs: 'cyjs', graphml: 'graphml', gexf: 'gexf' };

function serialize(dataset: Dataset, format: Exclude<ExportFormat, 'csv'>): string {
  switch (format) {
    case 'json':
      return datasetToJson(dataset);
    case 'cyjs':
      // With Entente's own style, as the app's export has, so cytoscape.js shows the same marks.
      return `${JSON.stringify(toCytoscapeJson(dataset, undefined, graphStylesheet()), null, 2)}\n`;
    case 'graphml':
      return datasetToGraphml(dataset);
    case 'gexf':
      return datasetToGexf(dataset);
  }
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : String(error);
}

async function isDirectory(path: string): Promise<boolean | undefined> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return undefined; // absent (or unreachable: writing will say why)
  }
}

async function makeDirectory(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot create directory ${path} (${errorCode(error)})`);
  }
}

async function writeOutput(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot write ${path} (${errorCode(error)})`);
  }
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

const endsWithSeparator = (path: string): boolean => /[/\\]$/.test(path);

/** `actors.csv` and `relations.csv` in the directory `out` (made when missing). */
async function csvFiles(out: string, dataset: Dataset): Promise<(readonly [string, string])[]> {
  const directory = await isDirectory(out);
  if (directory === false || (directory === undefined && !endsWithSeparator(out) && /\.csv$/i.test(out))) {
    throw new UsageError(`--format csv writes actors.csv and relations.csv, so --out must name a directory, not ${out}\nusage: ${exportUsage}`);
  }
  if (directory === undefined) await makeDirectory(out);
  return [
    [join(out, 'actors.csv'), actorsToCsv(dataset)],
    [join(out, 'relations.csv'), relationsToCsv(dataset)],
  ];
}

/** The file `out`, or in a directory (an existing one, or a path ending in /) a file named as the app names it. */
async function singleFile(out: string, dataset: Dataset, format: Exclude<ExportFormat, 'csv'>, filters: string): Promise<string> {
  if (!endsWithSeparator(out) && (await isDirectory(out)) !== true) return out;
  await makeDirectory(out);
  return join(out, exportFileName(dataset.id, '', extensions[format], new Date(), filters));
}

/** Exports the visible part of one dataset; returns the exit code. */
export async function exportCommand(files: readonly string[], flags: ExportFlags, io: CommandIo): Promise<number> {
  const [file, ...extra] = files;
  if (file === undefined || extra.length > 0) throw new UsageError(`export takes one dataset file\nusage: ${exportUsage}`);
  const request = parseExportFlags(flags);
  const { view } = request;
  const result = await readDatasetFile(file);
  if (!result.ok) {
    for (const problem of result.problems) io.err(formatProblem(problem, file));
    io.err(`${file}: ${count(result.problems.length, 'problem')}; not a valid dataset, nothing exported`);
    return EXIT_PROBLEMS;
  }
  const subset = subsetDataset(result.dataset, computeVisibility(indexDataset(result.dataset), view));
  const filters = filterSummary(view); // the app's words, also in its file names
  const counts = `${count(subset.actors.length, 'actor')}, ${count(subset.relations.length, 'relation')}${filters === '' ? '' : ` (${filters})`}`;

  let outputs: readonly (readonly [string, string])[];
  if (request.format === 'csv') {
    outputs = await csvFiles(request.out, subset);
  } else if (request.out === undefined) {
    // io.out ends the line itself; the serializers already end their text with one.
    io.out(serialize(subset, request.format).replace(/\n$/, ''));
    io.err(`exported ${request.format} to stdout: ${counts}`);
    return EXIT_OK;
  } else {
    outputs = [[await singleFile(request.out, subset, request.format, filters), serialize(subset, request.format)]];
  }
  for (const [path, text] of outputs) await writeOutput(path, text);
  io.out(`wrote ${outputs.map(([path]) => path).join(' and ')}: ${counts}`);
  return EXIT_OK;
}
