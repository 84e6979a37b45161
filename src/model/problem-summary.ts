/**
 * A readable digest of a long problem list: the first few problems of each kind, and for the rest
 * a count ("and 19,950 more of the same kind"). Two problems are of one kind when they differ only
 * in array indices and in the values they quote.
 */
import type { Problem } from './problem';

export interface ProblemKindOverflow {
  /** The kind, e.g. `relations[*].target: "…" is not an actor id`; '' for the lumped rest. */
  readonly kind: string;
  /** Problems of this kind left out of `shown`. */
  readonly more: number;
  /** For the last line when kinds are too many: how many kinds it lumps together. */
  readonly kinds?: number;
}

export interface ProblemSummary {
  readonly total: number;
  /** Problems to list, in their original (file) order. */
  readonly shown: readonly Problem[];
  /** For each kind with problems left out, how many, in the order the kinds first appear. */
  readonly overflow: readonly ProblemKindOverflow[];
}

/** Generalises a problem to its kind: indices become `*`, quoted values `"…"`, hints go. */
export function problemKind(problem: Problem): string {
  const path = problem.path.replace(/\[\d+\]/g, '[*]').replace(/\["(?:[^"\\]|\\.)*"\]/g, '["…"]');
  const message = problem.message.replace(/\s*\(did you mean "(?:[^"\\]|\\.)*"\?\)$/, '').replace(/"(?:[^"\\]|\\.)*"/g, '"…"');
  return `${path}: ${message}`;
}

/**
 * Keeps at most `perKind` problems of each kind and `limit` in all, so that thousands of problems
 * still read as a short list; all kinds appear at least once while the limit allows. Past
 * `kindLimit` kinds, one overflow line counts the rest: a hostile file can make every problem a kind.
 */
export function summarizeProblems(problems: readonly Problem[], limit = 50, perKind = 5, kindLimit = 10): ProblemSummary {
  const shownPerKind = new Map<string, number>();
  const counts = new Map<string, number>();
  const kinds = problems.map(problemKind);
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  // Each kind gets its first problem before any kind gets a second, within the limit.
  const budget = new Map<string, number>();
  let left = limit;
  for (let round = 0; round < perKind && left > 0; round++) {
    for (const [kind, count] of counts) {
      if (left === 0) break;
      if (count > round) {
        budget.set(kind, round + 1);
        left--;
      }
    }
  }
  const shown: Problem[] = [];
  problems.forEach((problem, index) => {
    const kind = kinds[index] ?? '';
    const used = shownPerKind.get(kind) ?? 0;
    if (used < (budget.get(kind) ?? 0)) {
      shown.push(problem);
      shownPerKind.set(kind, used + 1);
    }
  });
  const overflow: ProblemKindOverflow[] = [];
  for (const [kind, count] of counts) {
    const more = count - (shownPerKind.get(kind) ?? 0);
    if (more > 0) overflow.push({ kind, more });
  }
  if (overflow.length > kindLimit) {
    const rest = overflow.splice(kindLimit - 1);
    const more = rest.reduce((sum, kind) => sum + kind.more, 0);
    overflow.push({ kind: '', more, kinds: rest.length });
  }
  return { total: problems.length, shown, overflow };
}

/** "and 19,950 more of the same kind: relations[*].target: "…" is not an actor id", or "and 300 more of 40 other kinds" */
export function formatOverflow(overflow: ProblemKindOverflow): string {
  const more = overflow.more.toLocaleString('en');
  if (overflow.kinds !== undefined) return `and ${more} more of ${overflow.kinds.toLocaleString('en')} other kinds`;
  return `and ${more} more of the same kind: ${overflow.kind}`;
}
