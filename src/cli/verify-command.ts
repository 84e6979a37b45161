import { formatProblem } from '../model/problem';
import { verifyQuotes } from '../model/verify-quotes';
import { EXIT_OK, EXIT_PROBLEMS, UsageError, type CommandIo } from './io';
import { readDatasetFile, readText } from './read-dataset-file';

export const verifyUsage = 'entente verify FILE --source ID=PATH [--source ID=PATH...]';

function parseSourceOption(option: string): [string, string] {
  const at = option.indexOf('=');
  if (at <= 0 || at === option.length - 1) throw new UsageError(`--source takes ID=PATH, got "${option}"\nusage: ${verifyUsage}`);
  return [option.slice(0, at), option.slice(at + 1)];
}

/** Checks that every quote citing each given source occurs in that source's text. */
export async function verifyCommand(files: readonly string[], sourceOptions: readonly string[], io: CommandIo): Promise<number> {
  const [file, ...extra] = files;
  if (file === undefined || extra.length > 0) throw new UsageError(`verify takes one dataset file\nusage: ${verifyUsage}`);
  if (sourceOptions.length === 0) throw new UsageError(`verify needs --source ID=PATH\nusage: ${verifyUsage}`);
  const sources = sourceOptions.map(parseSourceOption);
  const result = await readDatasetFile(file);
  if (!result.ok) {
    for (const problem of result.problems) io.err(formatProblem(problem, file));
    io.err(`${file}: not a valid dataset; run entente validate first`);
    return EXIT_PROBLEMS;
  }
  let failed = false;
  for (const [sourceId, path] of sources) {
    if (!result.dataset.sources.some((source) => source.id === sourceId)) {
      const known = result.dataset.sources.map((source) => source.id).join(', ');
      throw new UsageError(`${file} has no source "${sourceId}" (its sources: ${known})`);
    }
    const report = verifyQuotes(result.dataset, sourceId, await readText(path, 'source text'));
    for (const finding of report.findings) {
      io.err(`${file}: ${finding.path} (${finding.relationId}): ${finding.problem}\n    quote: "${finding.quote}"`);
    }
    const bad = new Set(report.findings.map((finding) => finding.path)).size;
    io.out(`${sourceId}: ${report.checked - bad} of ${report.checked} quotes found with their context in ${path}`);
    failed ||= report.findings.length > 0;
  }
  return failed ? EXIT_PROBLEMS : EXIT_OK;
}
