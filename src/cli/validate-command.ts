import { formatProblem } from '../model/problem';
import { EXIT_OK, EXIT_PROBLEMS, UsageError, type CommandIo } from './io';
import { readDatasetFile } from './read-dataset-file';

export const validateUsage = 'entente validate FILE...';

/** Validates each file; lists every problem as `file:line:column: path: message`. */
export async function validateCommand(files: readonly string[], io: CommandIo): Promise<number> {
  if (files.length === 0) throw new UsageError(`validate needs at least one file\nusage: ${validateUsage}`);
  let failed = false;
  for (const file of files) {
    const result = await readDatasetFile(file);
    if (result.ok) {
      const { actors, relations } = result.dataset;
      io.out(`${file}: valid (${actors.length} actors, ${relations.length} relations)`);
      continue;
    }
    failed = true;
    for (const problem of result.problems) io.err(formatProblem(problem, file));
    io.err(`${file}: ${result.problems.length} ${result.problems.length === 1 ? 'problem' : 'problems'}`);
  }
  return failed ? EXIT_PROBLEMS : EXIT_OK;
}
