/**
 * Reads untrusted JSON text (a dataset, a snapshot) once, so that every problem found in it later
 * can be located by line and column as well as by JSON path. Syntax errors, an empty file and
 * absurdly deep nesting come back as located problems; nothing here throws on bad input.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex } from './line-index';
import { compareProblemPositions, type Problem } from './problem';

export interface JsonDocument {
  readonly value: unknown;
  /** The node at a path, or undefined when the document has none there. */
  nodeAt(path: readonly (string | number)[]): Node | undefined;
  /** Line and column of an offset in the text. */
  locate(offset: number): { line: number; column: number };
  /** The problems with the line and column of what their paths point at, in file order. */
  locateProblems(problems: readonly Problem[]): Problem[];
}

export type JsonReadResult = { readonly ok: true; readonly document: JsonDocument } | { readonly ok: false; readonly problems: readonly Problem[] };

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

export function readJsonDocument(input: string): JsonReadResult {
  // Editors on Windows write a byte order mark; it is not part of the JSON.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  try {
    return readJson(text);
  } catch (error) {
    // jsonc-parser and JSON.parse recurse: absurdly deep nesting exhausts the stack.
    if (error instanceof RangeError) return { ok: false, problems: [{ path: '(root)', message: 'the JSON is nested too deeply to read' }] };
    throw error;
  }
}

function readJson(text: string): JsonReadResult {
  // Only whitespace: jsonc-parser would say "ValueExpected", which does not say the file is empty.
  if (text.trim() === '') return { ok: false, problems: [{ path: '(root)', message: 'the file is empty', line: 1, column: 1 }] };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const lines = new LineIndex(text);
  if (errors.length > 0 || root === undefined) {
    const problems: Problem[] = errors.map((error) => ({ path: '(root)', message: `not valid JSON: ${printParseErrorCode(error.error)}`, ...lines.locate(error.offset) }));
    if (problems.length === 0) problems.push({ path: '(root)', message: 'not valid JSON', line: 1, column: 1 });
    return { ok: false, problems };
  }
  const document: JsonDocument = {
    value: JSON.parse(text) as unknown,
    nodeAt: (path) => findNodeAtLocation(root, [...path]),
    locate: (offset) => lines.locate(offset),
    locateProblems: (problems) =>
      problems
        .map((problem) => {
          const node = nearestNode(root, pathSegments(problem.path));
          return node ? { ...problem, ...lines.locate(node.offset) } : problem;
        })
        .sort(compareProblemPositions),
  };
  return { ok: true, document };
}
