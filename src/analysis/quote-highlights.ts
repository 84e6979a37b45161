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
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? text.length;
    const quotes = ranges.filter((r) => r.start <= start && r.end >= end).map(({ relationId, evidenceIndex }) => ({ relationId, evidenceIndex }));
    const previous = runs.at(-1);
    // Merge neighbouring plain runs so the text is not cut up needlessly.
    if (previous && previous.quotes.length === 0 && quotes.length === 0) runs[runs.length - 1] = { ...previous, text: previous.text + text.slice(start, end) };
    else runs.push({ text: text.slice(start, end), start, quotes });
  }
  return { runs, found: ranges.map(({ relationId, evidenceIndex }) => ({ relationId, evidenceIndex })), notFound };
}
