/**
 * Parses dataset text (a file the user chose, a download, the CLI's argument) into a validated
 * dataset, locating every problem by line and column as well as by JSON path.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex } from './line-index';
import { compareProblemPositions, type Problem } from './problem';
import { validateDataset, type ValidationResult } from './validate';

/** Splits `relations[12].target` back into path segments. */
function pathSegments(path: string): (string | number)[] {
  if (path === '(root)') return [];
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|\.?([^.[\]]+)/g)) {
    if (match[1] !== undefined) segments.push(Number(match[1]));
    else if (match[2] !== undefined) segments.push(JSON.parse(`"${match[2]}"`) as string);
    else if (match[3] !== undefined) segments.push(match[3]);
  }
  return segments;
}

/** The node at the path or, for a missing field, its nearest existing ancestor. */
function nearestNode(root: Node, path: (string | number)[]): Node | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation(root, path.slice(0, length));
    if (node) return node.parent?.type === 'property' ? node.parent : node;
  }
  return undefined;
}

export function parseDatasetText(input: string): ValidationResult {
  // Editors on Windows write a byte order mark; it is not part of the JSON.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  try {
    return parseJsonDataset(text);
  } catch (error) {
    // jsonc-parser and JSON.parse recurse: absurdly deep nesting exhausts the stack.
    if (error instanceof RangeError) return { ok: false, problems: [{ path: '(root)', message: 'the JSON is nested too deeply to read' }] };
    throw error;
  }
}

/** The `format` property of a view snapshot, which is not a dataset though it is JSON too. */
function snapshotFormatNode(root: Node): Node | undefined {
  const format = findNodeAtLocation(root, ['format']);
  return format?.value === 'entente-snapshot' ? format.parent : undefined;
}

function parseJsonDataset(text: string): ValidationResult {
  // Only whitespace: jsonc-parser would say "ValueExpected", which does not say the file is empty.
  if (text.trim() === '') return { ok: false, problems: [{ path: '(root)', message: 'the file is empty', line: 1, column: 1 }] };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const lines = new LineIndex(text);
  const snapshotFormat = errors.length === 0 && root !== undefined ? snapshotFormatNode(root) : undefined;
  if (snapshotFormat) {
    // Listing every dataset field a snapshot lacks would bury the one thing to say.
    return { ok: false, problems: [{ path: 'format', message: 'this is a view snapshot (entente-snapshot), not a dataset; open it with Export, Open snapshot…', ...lines.locate(snapshotFormat.offset) }] };
  }
  if (errors.length > 0 || root === undefined) {
    const problems: Problem[] = errors.map((error) => ({
      path: '(root)',
      message: `not valid JSON: ${printParseErrorCode(error.error)}`,
      ...lines.locate(error.offset),
    }));
    if (problems.length === 0) problems.push({ path: '(root)', message: 'not valid JSON', line: 1, column: 1 });
    return { ok: false, problems };
  }
  const result = validateDataset(JSON.parse(text) as unknown);
  if (result.ok) return result;
  return {
    ok: false,
    problems: result.problems
      .map((problem) => {
        const node = nearestNode(root, pathSegments(problem.path));
        return node ? { ...problem, ...lines.locate(node.offset) } : problem;
      })
      .sort(compareProblemPositions),
  };
}
