/**
 * Cuts a source text into runs, each either plain or covered by one or more quotes, so a reader
 * can show every quote highlighted in place (quotes may overlap).
 */
import type { Dataset } from '../model/schema';
import { locateQuote, normalizeText } from '../model/quote-anchor';

export interface QuoteRef {
  readonly relationId: string;
  readonly evidenceIndex: number;
}

export interface TextRun {
  readonly text: string;
  readonly start: number;
  /** The quotes covering this run; empty for plain text. */
  readonly quotes: readonly QuoteRef[];
}

export interface QuoteHighlights {
  readonly runs: readonly TextRun[];
  readonly found: readonly QuoteRef[];
  readonly notFound: readonly (QuoteRef & { readonly quote: string })[];
}

export function highlightQuotes(dataset: Dataset, sourceId: string, text: string): QuoteHighlights {
  const normalized = normalizeText(text);
  const ranges: (QuoteRef & { start: number; end: number })[] = [];
  const notFound: (QuoteRef & { quote: string })[] = [];
  for (const relation of dataset.relations) {
    relation.evidence.forEach((evidence, evidenceIndex) => {
      if (evidence.source !== sourceId) return;
      const lookup = locateQuote(normalized, evidence, { closest: false });
      const ref = { relationId: relation.id, evidenceIndex };
      if (lookup.found) ranges.push({ ...ref, start: lookup.match.start, end: lookup.match.end });
      else notFound.push({ ...ref, quote: evidence.quote });
    });
  }
  return { runs: cutIntoRuns(text, ranges), found: ranges.map(({ relationId, evidenceIndex }) => ({ relationId, evidenceIndex })), notFound };
}

/**
 * Cuts the text at every quote's start and end, sweeping the cuts in order while keeping the set
 * of quotes open at each point: linear in the text and the quotes (plus what the runs hold).
 */
function cutIntoRuns(text: string, ranges: readonly (QuoteRef & { start: number; end: number })[]): TextRun[] {
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  const startingAt = groupBy(ranges, (range) => range.start);
  const endingAt = groupBy(ranges, (range) => range.end);
  const order = new Map(ranges.map((range, index) => [range, index]));
  const open = new Set<QuoteRef & { start: number; end: number }>();
  const runs: TextRun[] = [];
  let plain: string[] = [];
  let plainStart = 0;
  const flushPlain = () => {
    if (plain.length > 0) runs.push({ text: plain.join(''), start: plainStart, quotes: [] });
    plain = [];
  };
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? text.length;
    for (const range of endingAt.get(start) ?? []) open.delete(range);
    for (const range of startingAt.get(start) ?? []) open.add(range);
    if (open.size === 0) {
      // Neighbouring plain runs are merged, so the text is not cut up needlessly.
      if (plain.length === 0) plainStart = start;
      plain.push(text.slice(start, end));
      continue;
    }
    flushPlain();
    const quotes = [...open].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)).map(({ relationId, evidenceIndex }) => ({ relationId, evidenceIndex }));
    runs.push({ text: text.slice(start, end), start, quotes });
  }
  flushPlain();
  return runs;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
