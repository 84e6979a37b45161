/**
 * Finds quotes in a source text the way a reader would: ignoring runs of whitespace, curly vs
 * straight quotes, kinds of dash and footnote superscripts. Offsets returned are in the
 * original text, so a reader pane can highlight the exact passage.
 */
import type { Evidence } from './schema';

export interface NormalizedText {
  readonly text: string;
  /** For each character of `text`, its offset in the original. */
  readonly offsets: ArrayLike<number>;
  readonly original: string;
}

const singleQuotes = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/;
const doubleQuotes = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const dashes = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/;
const footnoteMarks = /[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]/;

/** Maps one character to its comparable form ('' to drop it, ' ' for any whitespace). */
function comparable(char: string): string {
  const code = char.charCodeAt(0);
  // Visible ASCII other than the backtick stays as it is: the common case, without regular expressions.
  if (code > 32 && code < 127 && code !== 0x60) return char;
  if (/\s/.test(char)) return ' ';
  if (singleQuotes.test(char)) return "'";
  if (doubleQuotes.test(char)) return '"';
  if (dashes.test(char)) return '-';
  if (footnoteMarks.test(char)) return '';
  return char;
}

/** Builds a string from UTF-16 code units in slices, since spreading millions of arguments overflows the stack. */
function fromCodeUnits(units: Uint16Array): string {
  const slices: string[] = [];
  for (let at = 0; at < units.length; at += 8192) slices.push(String.fromCharCode(...units.subarray(at, at + 8192)));
  return slices.join('');
}

/**
 * The text in comparable form, with each character's offset in the original. Linear in the
 * length of the text: code units go into a typed array turned into a string once, and whether
 * the last kept character was a space is remembered, not looked up in a growing string.
 */
export function normalizeText(original: string): NormalizedText {
  const units = new Uint16Array(original.length);
  const offsets = new Uint32Array(original.length);
  let length = 0;
  let lastWasSpace = true; // drops leading whitespace
  for (let i = 0; i < original.length; i++) {
    const char = comparable(original.charAt(i));
    if (char === '' || (char === ' ' && lastWasSpace)) continue;
    units[length] = char.charCodeAt(0);
    offsets[length++] = i;
    lastWasSpace = char === ' ';
  }
  return { text: fromCodeUnits(units.subarray(0, length)), offsets: offsets.subarray(0, length), original };
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

const wordCache = new WeakMap<NormalizedText, { words: string[]; lowercase: string[] }>();

/** The text's words, split once per text however many quotes are looked for in it. */
function wordsOf(source: NormalizedText): { words: string[]; lowercase: string[] } {
  let cached = wordCache.get(source);
  if (!cached) {
    const words = source.text.split(' ');
    cached = { words, lowercase: words.map((word) => word.toLowerCase()) };
    wordCache.set(source, cached);
  }
  return cached;
}

/**
 * The passage of the text sharing most words with the quote (in any order): a window as long as
 * the quote slides over the text, its score updated as words enter and leave, so the cost is
 * linear in the text whatever the quote's length.
 */
function closestPassage(source: NormalizedText, quote: string): string {
  const { words, lowercase } = wordsOf(source);
  const wanted = quote.toLowerCase().split(' ');
  const wantedSet = new Set(wanted);
  const hits = lowercase.map((word) => (wantedSet.has(word) ? 1 : 0));
  const width = wanted.length;
  let score = 0;
  for (let j = 0; j < width && j < hits.length; j++) score += hits[j] ?? 0;
  let best = 0;
  let bestScore = score;
  for (let i = 1; i < words.length; i++) {
    score += (hits[i + width - 1] ?? 0) - (hits[i - 1] ?? 0);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return words.slice(best, best + width).join(' ');
}

/** Whether `fragment` ends the normalized text just before `end`, ignoring the space between. */
function endsBefore(text: string, end: number, fragment: string): boolean {
  const stop = text.charAt(end - 1) === ' ' ? end - 1 : end;
  return fragment === '' || text.startsWith(fragment, stop - fragment.length);
}

/** Whether `fragment` starts the normalized text at `start`, ignoring the space between. */
function startsAfter(text: string, start: number, fragment: string): boolean {
  return fragment === '' || text.startsWith(fragment, text.charAt(start) === ' ' ? start + 1 : start);
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
  // A quote of footnote marks alone normalizes to nothing, which would match everywhere.
  if (quote === '') return { found: false, closest: '' };
  const candidates = allIndexes(source.text, quote);
  if (candidates.length === 0) return { found: false, closest: closestPassageOf(quote) };
  const scored = candidates.map((at) => ({
    at,
    prefixMatches: endsBefore(source.text, at, prefix),
    suffixMatches: startsAfter(source.text, at + quote.length, suffix),
  }));
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
