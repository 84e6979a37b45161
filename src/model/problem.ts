/** One thing wrong with a dataset, located by JSON path (and line, when the text is known). */
export interface Problem {
  /** JSON path such as `relations[12].target`; `(root)` for the document itself. */
  readonly path: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

export type JsonPath = readonly (string | number)[];

export function formatJsonPath(path: JsonPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out === '' ? '(root)' : out;
}

/** `file:line:column: path: message`, the shape compilers and editors understand. */
export function formatProblem(problem: Problem, fileName?: string): string {
  const place = [fileName, problem.line, problem.column].filter((part) => part !== undefined).join(':');
  return `${place === '' ? '' : `${place}: `}${problem.path}: ${problem.message}`;
}

/** Orders problems as they stand in the file: by line, then column; unlocated ones last, in their order. */
export function compareProblemPositions(a: Problem, b: Problem): number {
  const lineA = a.line ?? Number.POSITIVE_INFINITY;
  const lineB = b.line ?? Number.POSITIVE_INFINITY;
  if (lineA !== lineB) return lineA < lineB ? -1 : 1;
  return (a.column ?? 0) - (b.column ?? 0);
}
