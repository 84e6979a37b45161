import { countNoun } from '../model/count-noun';
import { formatProblem, type Problem } from '../model/problem';
import { problemKind } from '../model/problem-summary';
import { EXIT_OK, EXIT_PROBLEMS, UsageError, type CommandIo } from './io';
import { readDatasetFile } from './read-dataset-file';

export const validateUsage = 'entente validate FILE...';

/** Beyond this many problems, a count per kind follows the list, so that its gist is not lost. */
const kindCountThreshold = 50;

function kindCounts(problems: readonly Problem[]): string[] {
  const counts = new Map<string, number>();
  for (const problem of problems) {
    const kind = problemKind(problem);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([kind, count]) => `  ${count.toLocaleString('en')} × ${kind}`);
}

/**
 * Validates each file; lists every problem, in file order, as `file:line:column: path: message`
 * (all of them: the list is for editors and scripts), then a count, by kind when there are many.
 */
export async function validateCommand(files: readonly string[], io: CommandIo): Promise<number> {
  if (files.length === 0) throw new UsageError(`validate needs at least one file\nusage: ${validateUsage}`);
  let failed = false;
  for (const file of files) {
    const result = await readDatasetFile(file);
    if (result.ok) {
      const { actors, relations } = result.dataset;
      io.out(`${file}: valid (${countNoun(actors.length, 'actor')}, ${countNoun(relations.length, 'relation')})`);
      continue;
    }
    failed = true;
    for (const problem of result.problems) io.err(formatProblem(problem, file));
    const total = result.problems.length;
    io.err(`${file}: ${total.toLocaleString('en')} ${total === 1 ? 'problem' : 'problems'}${total > kindCountThreshold ? ', by kind:' : ''}`);
    if (total > kindCountThreshold) for (const line of kindCounts(result.problems)) io.err(line);
  }
  return failed ? EXIT_PROBLEMS : EXIT_OK;
}
