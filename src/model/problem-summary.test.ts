import { describe, expect, it } from 'vitest';
import type { Problem } from './problem';
import { formatOverflow, problemKind, summarizeProblems } from './problem-summary';

const dangling = (i: number): Problem => ({ path: `relations[${i}].target`, message: `"gone-${i}" is not an actor id (did you mean "gold"?)`, line: i + 1 });
const badDate = (i: number): Problem => ({ path: `relations[${i}].date`, message: `"2007-02-3${i}" is not a day in the calendar` });

describe('problemKind', () => {
  it('ignores indices, quoted values and hints', () => {
    expect(problemKind(dangling(7))).toBe('relations[*].target: "…" is not an actor id');
    expect(problemKind(dangling(7))).toBe(problemKind(dangling(19_000)));
    expect(problemKind(dangling(7))).not.toBe(problemKind(badDate(7)));
  });
});

describe('summarizeProblems', () => {
  it('keeps a short list whole', () => {
    const problems = [dangling(0), badDate(1), dangling(2)];
    expect(summarizeProblems(problems)).toEqual({ total: 3, shown: problems, overflow: [] });
  });

  it('shows a few of each kind, in file order, and counts the rest per kind', () => {
    const problems = [...Array.from({ length: 20_000 }, (_, i) => dangling(i)), badDate(1), badDate(2)];
    const summary = summarizeProblems(problems, 50, 5);
    expect(summary.total).toBe(20_002);
    expect(summary.shown).toEqual([dangling(0), dangling(1), dangling(2), dangling(3), dangling(4), badDate(1), badDate(2)]);
    expect(summary.overflow.map(formatOverflow)).toEqual(['and 19,995 more of the same kind: relations[*].target: "…" is not an actor id']);
  });

  it('shows every kind once before a second of any, within the limit', () => {
    const problems = Array.from({ length: 8 }, (_, kind) => Array.from({ length: 3 }, (__, i) => ({ path: `field${kind}`, message: `"${i}" is wrong` }))).flat();
    const summary = summarizeProblems(problems, 10, 5);
    expect(summary.shown).toHaveLength(10);
    expect(new Set(summary.shown.map((problem) => problem.path)).size).toBe(8);
    expect(summary.overflow.reduce((sum, kind) => sum + kind.more, 0)).toBe(14);
  });
});

describe('summarizeProblems with many kinds', () => {
  it('treats quoted keys as one kind, and lumps kinds past the limit into one line', () => {
    expect(problemKind({ path: 'actors[0]["a b"]', message: 'x' })).toBe(problemKind({ path: 'actors[3]["c d"]', message: 'x' }));
    const problems = Array.from({ length: 300 }, (_, i) => ({ path: `field${i % 30}`, message: `"${i}" is wrong` }));
    const summary = summarizeProblems(problems, 20, 5, 10);
    expect(summary.shown).toHaveLength(20);
    expect(summary.overflow).toHaveLength(10);
    expect(summary.overflow.reduce((sum, kind) => sum + kind.more, 0)).toBe(280);
    expect(summary.overflow.map(formatOverflow).at(-1)).toBe('and 199 more of 21 other kinds');
  });
});
