/**
 * Finds quotes in a source text the way a reader would: ignoring runs of whitespace, curly vs
 * straight quotes, kinds of dash and footnote superscripts. Offsets returned are in the
 * original text, so a reader pane can highlight the exact passage.
 */
import type { Evidence } from './schema';

export interface NormalizedText {
  readonly text: string;
  /** For each character of `text`, its offset in the original. */
  readonly offsets: readonly number[];
  readonly original: string;
}

const singleQuotes = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/;
const doubleQuotes = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const dashes = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/;
const footnoteMarks = /[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]/;

/** Maps one character to its comparable form ('' to drop it, ' ' for any whitespace). */
function comparable(char: string): string {
  if (/\s/.test(char)) return ' ';
  if (singleQuotes.test(char)) return "'";
  if (doubleQuotes.test(char)) return '"';
  if (dashes.test(char)) return '-';
  if (footnoteMarks.test(char)) return '';
  return char;
}

export function normalizeText(original: string): NormalizedText {
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const char = comparable(original.charAt(i));
    if (char === '' || (char === ' ' && (text === '' || text.endsWith(' ')))) continue;
    text += char;
    offsets.push(i);
  }
  return { text, offsets, original };
}

function normalizeFragment(fragment: string): string {
  return normalizeText(fragment).text.trim();
}

export interface QuoteMatch {
  /** Offsets of the quote in the original text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly prefixMatches: boolean;
  readonly suffixMatches: boolean;
}

export type QuoteLookup =
  | { readonly found: true; readonly match: QuoteMatch; readonly occurrences: number }
  | { readonly found: false; readonly closest: string };

function allIndexes(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** The passage of the text sharing most words, in order-insensitive windows, with the quote. */
function closestPassage(source: NormalizedText, quote: string): string {
  const words = source.text.split(' ');
  const wanted = quote.toLowerCase().split(' ');
  const wantedSet = new Set(wanted);
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < words.length; i++) {
    let score = 0;
    for (let j = 0; j < wanted.length && i + j < words.length; j++) {
      if (wantedSet.has((words[i + j] ?? '').toLowerCase())) score++;
    }
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return words.slice(best, best + wanted.length).join(' ');
}

/**
 * Finds a quote, preferring the occurrence whose prefix and suffix match. For a quote that is not
 * there, the closest passage is worked out only when asked for (it costs a scan of the text).
 */
export function locateQuote(
  source: NormalizedText,
  evidence: Pick<Evidence, 'quote' | 'prefix' | 'suffix'>,
  options: { closest: boolean } = { closest: true },
): QuoteLookup {
  const closestPassageOf = (quote: string) => (options.closest ? closestPassage(source, quote) : '');
  const quote = normalizeFragment(evidence.quote);
  const prefix = normalizeFragment(evidence.prefix ?? '');
  const suffix = normalizeFragment(evidence.suffix ?? '');
  const candidates = allIndexes(source.text, quote);
  if (quote === '' || candidates.length === 0) return { found: false, closest: closestPassageOf(quote) };
  const scored = candidates.map((at) => {
    const before = source.text.slice(0, at).trimEnd();
    const after = source.text.slice(at + quote.length).trimStart();
    return { at, prefixMatches: before.endsWith(prefix), suffixMatches: after.startsWith(suffix) };
  });
  const best =
    scored.find((c) => c.prefixMatches && c.suffixMatches) ?? scored.find((c) => c.prefixMatches || c.suffixMatches) ?? scored[0];
  if (best === undefined) return { found: false, closest: closestPassageOf(quote) };
  const lastIndex = best.at + quote.length - 1;
  return {
    found: true,
    occurrences: candidates.length,
    match: {
      start: source.offsets[best.at] ?? 0,
      end: (source.offsets[lastIndex] ?? 0) + 1,
      prefixMatches: best.prefixMatches,
      suffixMatches: best.suffixMatches,
    },
  };
}
