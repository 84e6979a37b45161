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

const tooDeep: Problem = { path: '(root)', message: 'the JSON is nested too deeply to read' };

/** Far deeper than any dataset or snapshot (they nest 5 levels), far shallower than a stack overflow. */
const maxNesting = 1000;

/** Whether valid JSON text opens more than `limit` arrays or objects inside each other. */
function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i++; // a backslash escapes the next character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      if (++depth > limit) return true;
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return false;
}

export function readJsonDocument(input: string): JsonReadResult {
  // Editors on Windows write a byte order mark; it is not part of the JSON.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  try {
    return readJson(text);
  } catch (error) {
    // jsonc-parser recurses: absurdly deep nesting exhausts the stack.
    if (error instanceof RangeError) return { ok: false, problems: [tooDeep] };
    throw error;
  }
}

function readJson(text: string): JsonReadResult {
  // Only whitespace: jsonc-parser would say "ValueExpected", which does not say the file is empty.
  if (text.trim() === '') return { ok: false, problems: [{ path: '(root)', message: 'the file is empty', line: 1, column: 1 }] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return { ok: false, problems: syntaxProblems(text) };
  }
  // JSON.parse copes with any depth, but the parse tree that locates problems recurses.
  if (nestsDeeperThan(text, maxNesting)) return { ok: false, problems: [tooDeep] };
  // The parse tree costs about three times the memory of the value: build it only to locate problems.
  let root: Node | undefined;
  let lines: LineIndex | undefined;
  const tree = (): Node | undefined => (root ??= parseTree(text, [], { allowTrailingComma: false, disallowComments: true }));
  const locate = (offset: number) => (lines ??= new LineIndex(text)).locate(offset);
  const document: JsonDocument = {
    value,
    nodeAt: (path) => {
      const top = tree();
      return top && findNodeAtLocation(top, [...path]);
    },
    locate,
    locateProblems: (problems) => {
      const top = tree();
      return problems
        .map((problem) => {
          const node = top && nearestNode(top, pathSegments(problem.path));
          return node ? { ...problem, ...locate(node.offset) } : problem;
        })
        .sort(compareProblemPositions);
    },
  };
  return { ok: true, document };
}

/** What jsonc-parser finds wrong with text JSON.parse refused, each with its line and column. */
function syntaxProblems(text: string): Problem[] {
  const errors: ParseError[] = [];
  parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const lines = new LineIndex(text);
  const problems: Problem[] = errors.map((error) => ({ path: '(root)', message: `not valid JSON: ${printParseErrorCode(error.error)}`, ...lines.locate(error.offset) }));
  if (problems.length === 0) problems.push({ path: '(root)', message: 'not valid JSON', line: 1, column: 1 });
  return problems;
}
