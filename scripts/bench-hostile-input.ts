/**
 * Timing of the steps that once grew quadratically on hostile input (issue 12): locating many
 * validation problems, normalising long source texts, checking and highlighting quotes in them.
 * Each pair of sizes differs fourfold; the run fails when the time grows more than fivefold, or
 * when a 2 MB text takes more than a few seconds to verify or highlight.
 *
 *   npm run bench:hostile
 */
import { highlightQuotes } from '../src/analysis/quote-highlights';
import { parseDatasetText } from '../src/model/parse-dataset';
import { formatProblem } from '../src/model/problem';
import { summarizeProblems } from '../src/model/problem-summary';
import { normalizeText } from '../src/model/quote-anchor';
import type { Dataset, Relation } from '../src/model/schema';
import { verifyQuotes } from '../src/model/verify-quotes';

const maxRatio = 5;
const maxSecondsFor2Mb = 5;

/**
 * Processor time (user and system) of the median of three runs after a warm-up: on a shared
 * machine the wall clock mostly measures the neighbours.
 */
function seconds(run: () => unknown): number {
  run();
  const times = [0, 1, 2].map(() => {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1e6;
  });
  return times.sort((a, b) => a - b)[1] ?? 0;
}

function relation(index: number, target: string, quote = 'q'): Relation {
  return {
    id: `r-${index}`,
    source: 'a',
    target,
    type: 'support',
    directed: true,
    summary: 'One line.',
    certainty: 'stated',
    evidence: [{ source: 'src', quote, locator: { paragraph: 1 } }],
  };
}

function dataset(relations: Relation[]): Dataset {
  return {
    schemaVersion: 1,
    id: 'bench',
    title: 'Bench',
    description: '',
    sources: [{ id: 'src', title: 'S', authors: ['A'], published: '2009' }],
    actors: [
      { id: 'a', name: 'A', kind: 'state', aliases: [], description: '' },
      { id: 'b', name: 'B', kind: 'state', aliases: [], description: '' },
    ],
    relations,
  };
}

/** A dataset file with `count` references to actors that do not exist. */
function danglingReferences(count: number): string {
  return JSON.stringify(dataset(Array.from({ length: count }, (_, i) => relation(i, `missing-${i}`))), null, 2);
}

/** Text with curly quotes, dashes, footnote marks and runs of whitespace, as articles have. */
function sourceText(characters: number): string {
  const words = ['Moscow', 'backed', '‘Astana’', 'in', 'the', 'OSCE', '—', 'while', '“Brussels”¹', 'hesitated', 'over', 'reform'];
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < characters; i++) {
    const word = `${words[(i * 7) % words.length] ?? ''}${i % 97}`;
    const space = i % 13 === 0 ? '\n\n  ' : ' ';
    parts.push(word, space);
    length += word.length + space.length;
  }
  return parts.join('').slice(0, characters);
}

/** A hundred quotes drawn from the text, and a hundred that are not in it. */
function quotedDataset(text: string): Dataset {
  const normalized = normalizeText(text).text;
  const relations = Array.from({ length: 200 }, (_, i) => {
    const at = Math.floor((normalized.length * (i % 100)) / 100);
    const quote = i < 100 ? normalized.slice(at, at + 60).trim() : `words never written ${i} in this text`;
    return relation(i, 'b', quote);
  });
  return dataset(relations);
}

const rows: { ok: boolean; line: string }[] = [];

function pair(what: string, small: number, large: number, unit: string, run: (size: number) => () => unknown): void {
  const smallSeconds = seconds(run(small));
  const largeSeconds = seconds(run(large));
  const ratio = largeSeconds / smallSeconds;
  const ok = ratio <= maxRatio;
  rows.push({ ok, line: `${ok ? 'ok  ' : 'SLOW'} ${what}: ${small.toLocaleString('en')} ${unit} ${smallSeconds.toFixed(3)} s, ${large.toLocaleString('en')} ${unit} ${largeSeconds.toFixed(3)} s (x${ratio.toFixed(1)}, processor time)` });
}

function single(what: string, limit: number, run: () => unknown): void {
  const taken = seconds(run);
  const ok = taken <= limit;
  rows.push({ ok, line: `${ok ? 'ok  ' : 'SLOW'} ${what}: ${taken.toFixed(3)} s (limit ${limit} s, processor time)` });
}

pair('validate and list dangling references', 2_000, 8_000, 'problems', (count) => {
  const text = danglingReferences(count);
  return () => {
    const result = parseDatasetText(text);
    if (result.ok) throw new Error('expected problems');
    const lines = result.problems.map((problem) => formatProblem(problem, 'bench.json'));
    return [lines.length, summarizeProblems(result.problems).shown.length];
  };
});
pair('normalizeText', 500_000, 2_000_000, 'characters', (size) => {
  const text = sourceText(size);
  return () => normalizeText(text);
});
const text2Mb = sourceText(2_000_000);
const quoted = quotedDataset(text2Mb);
single('verify 200 quotes (100 missing) against 2 MB', maxSecondsFor2Mb, () => verifyQuotes(quoted, 'src', text2Mb));
single('highlight 200 quotes in 2 MB for the reader', maxSecondsFor2Mb, () => highlightQuotes(quoted, 'src', text2Mb));

console.log(rows.map((row) => row.line).join('\n'));
if (rows.some((row) => !row.ok)) {
  console.error('A step grew faster than linearly or took too long.');
  process.exitCode = 1;
}
