/**
 * Parses dataset text (a file the user chose, a download, the CLI's argument) into a validated
 * dataset, locating every problem by line and column as well as by JSON path.
 */
import { readJsonDocument } from './json-document';
import { validateDataset, type ValidationResult } from './validate';

/** The steps of parsing, in order, for callers that show progress. */
export type ParseStage = 'reading' | 'checking';

export function parseDatasetText(input: string, onStage: (stage: ParseStage) => void = () => undefined): ValidationResult {
  onStage('reading');
  const read = readJsonDocument(input);
  if (!read.ok) return read;
  const { document } = read;
  const { value } = document;
  if (typeof value === 'object' && value !== null && 'format' in value && value.format === 'entente-snapshot') {
    const format = document.nodeAt(['format']);
    // Listing every dataset field a snapshot lacks would bury the one thing to say.
    const at = format ? document.locate(format.parent?.offset ?? format.offset) : {};
    return { ok: false, problems: [{ path: 'format', message: 'this is a view snapshot (entente-snapshot), not a dataset; open it with Export, Open snapshot…', ...at }] };
  }
  onStage('checking');
  const result = validateDataset(value);
  return result.ok ? result : { ok: false, problems: document.locateProblems(result.problems) };
}
