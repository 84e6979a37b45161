/**
 * `entente export`: what the app would show under the given filters, in one of the app's export
 * formats. Visibility, subsetting and serializers are the app's own; this file only reads flags,
 * picks the serializer and writes.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { subsetDataset } from '../analysis/subset-dataset';
import { filterSummary } from '../analysis/view-summary';
import { computeVisibility, type Visibility } from '../analysis/visibility';
import { indexDataset, type DatasetIndex } from '../model/dataset-index';
import { formatProblem } from '../model/problem';
import type { Dataset } from '../model/schema';
import { exportFileName } from '../export/file-names';
import { exportFormat, type DataFormat, type ExportedFile, type SerializeOptions } from '../export/formats';
import type { ActorColumn } from '../export/record-fields';
import { headlessPositions } from '../graph/headless-layout';
import { graphStylesheet } from '../graph/stylesheet';
import { EXIT_OK, EXIT_PROBLEMS, UsageError, type CommandIo } from './io';
import { exportUsage, parseExportFlags, type ExportFlags } from './export-options';
import { readDatasetFile } from './read-dataset-file';

export { exportUsage } from './export-options';


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

/** A format of several files (CSV) writes them into the directory `out` (made when missing), as `<part>.<ext>`. */
async function filesInDirectory(out: string, format: DataFormat, files: readonly ExportedFile[]): Promise<(readonly [string, string])[]> {
  const directory = await isDirectory(out);
  const extension = new RegExp(`\\.${format.extension}$`, 'i');
  if (directory === false || (directory === undefined && !endsWithSeparator(out) && extension.test(out))) {
    const names = format.parts.map((part) => `${part}.${format.extension}`).join(' and ');
    throw new UsageError(`--format ${format.id} writes ${names}, so --out must name a directory, not ${out}\nusage: ${exportUsage}`);
  }
  if (directory === undefined) await makeDirectory(out);
  return files.map((file) => [join(out, `${file.part}.${format.extension}`), file.text] as const);
}

/** The file `out`, or in a directory (an existing one, or a path ending in /) a file named as the app names it. */
async function singleFile(out: string, dataset: Dataset, format: DataFormat, filters: string): Promise<string> {
  if (!endsWithSeparator(out) && (await isDirectory(out)) !== true) return out;
  await makeDirectory(out);
  return join(out, exportFileName(dataset.id, '', format.extension, new Date(), filters));
}

/** The `bloc` column of the app's blocs view over what is visible; the analysis loads only when asked for. */
async function blocColumnOf(index: DatasetIndex, visibility: Visibility, weighted: boolean): Promise<ActorColumn> {
  const [{ analyzeBlocs, blocMembership }, { visibleSignedGraph }, { blocColumn }] = await Promise.all([
    import('../analysis/blocs'),
    import('../analysis/signed-graph'),
    import('../analysis/bloc-column'),
  ]);
  return blocColumn(blocMembership(analyzeBlocs(visibleSignedGraph(index, visibility, { weighted, includeTies: false }))));
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
  const index = indexDataset(result.dataset);
  const visibility = computeVisibility(index, view);
  const subset = subsetDataset(result.dataset, visibility);
  const filters = filterSummary(view); // the app's words, also in its file names
  const counts = `${count(subset.actors.length, 'actor')}, ${count(subset.relations.length, 'relation')}${filters === '' ? '' : ` (${filters})`}`;

  const format = exportFormat(request.format);
  if (format.kind !== 'data') throw new UsageError(`--format ${format.id} is a picture of the app's graph; export it from the app`);
  // Cytoscape JSON gets Entente's own style, as the app's export has, so cytoscape.js shows the same
  // marks, and the app's seeded layout (run headless) unless --no-layout.
  const positions = format.id === 'cyjs' && request.layout ? headlessPositions(subset) : undefined;
  const actorColumns = request.blocs === null ? [] : [await blocColumnOf(index, visibility, request.blocs.weighted)];
  const options: SerializeOptions = { style: graphStylesheet(), csv: request.csv, graphml: request.graphml, actorColumns, ...(positions === undefined ? {} : { positions }) };
  const written = format.serialize(subset, options);
  let outputs: readonly (readonly [string, string])[];
  if (format.parts.length > 1) {
    // parseExportFlags has refused stdout for a format of several files.
    if (request.out === undefined) throw new UsageError(`--format ${format.id} needs --out DIR\nusage: ${exportUsage}`);
    outputs = await filesInDirectory(request.out, format, written);
  } else if (request.out === undefined) {
    // io.out ends the line itself; the serializers already end their text with one.
    io.out(written.map((file) => file.text).join('').replace(/\n$/, ''));
    io.err(`exported ${format.id} to stdout: ${counts}`);
    return EXIT_OK;
  } else {
    outputs = [[await singleFile(request.out, subset, format, filters), written.map((file) => file.text).join('')]];
  }
  for (const [path, text] of outputs) await writeOutput(path, text);
  io.out(`wrote ${outputs.map(([path]) => path).join(' and ')}: ${counts}`);
  return EXIT_OK;
}
