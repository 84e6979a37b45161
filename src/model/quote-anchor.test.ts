import { describe, expect, it } from 'vitest';
import { locateQuote, normalizeText } from './quote-anchor';

const text = `Russian diplomats called the 2007 Madrid incident a ‘foul’,⁶ undermining the
credibility of Astana’s policy — in the eyes of Moscow. Later, Astana’s policy changed.`;

describe('locateQuote', () => {
  it('finds a quote across curly quotes, footnote marks, dashes and line breaks, at the original offsets', () => {
    const lookup = locateQuote(normalizeText(text), {
      quote: "incident a 'foul', undermining the credibility of Astana's policy - in",
      prefix: 'the 2007 Madrid',
      suffix: 'the eyes',
    });
    expect(lookup.found).toBe(true);
    if (!lookup.found) return;
    expect(text.slice(lookup.match.start, lookup.match.end)).toBe(
      'incident a ‘foul’,⁶ undermining the\ncredibility of Astana’s policy — in',
    );
    expect(lookup.match).toMatchObject({ prefixMatches: true, suffixMatches: true });
  });

  it('uses prefix and suffix to pick between repeated passages', () => {
    const lookup = locateQuote(normalizeText(text), { quote: "Astana's policy", prefix: 'Later,', suffix: 'changed' });
    expect(lookup.found && text.slice(lookup.match.start - 7, lookup.match.start)).toBe('Later, ');
  });

  it('reports a wrong prefix or suffix', () => {
    const lookup = locateQuote(normalizeText(text), { quote: 'Russian diplomats', prefix: 'Ukrainian', suffix: 'called' });
    expect(lookup.found && lookup.match).toMatchObject({ prefixMatches: false, suffixMatches: true });
  });

  it('offers the closest passage for a quote that is not in the text', () => {
    const lookup = locateQuote(normalizeText(text), { quote: 'Russian diplomats named the Madrid incident a foul' });
    expect(lookup).toEqual({ found: false, closest: 'Russian diplomats called the 2007 Madrid incident a' });
  });
});

describe('normalizeText', () => {
  it('collapses whitespace, maps quotes and dashes, drops footnote marks, and keeps each character’s original offset', () => {
    const original = `  “Moscow”\u00B9 —\t\n  backs ‘Astana’${' x'.repeat(10_000)}\u2013end`;
    const normalized = normalizeText(original);
    expect(normalized.text.startsWith(`"Moscow" - backs 'Astana' x x`)).toBe(true);
    expect(normalized.text.endsWith(' x x-end')).toBe(true);
    expect(normalized.text).not.toMatch(/ {2}|^ /);
    expect(normalized.offsets).toHaveLength(normalized.text.length);
    for (let i = 0; i < normalized.text.length; i += 997) {
      const from = original.charAt(normalized.offsets[i] ?? -1);
      expect(normalizeText(from).text || ' ').toBe(normalized.text.charAt(i));
    }
  });

  it('reports a quote made only of footnote marks as not found, rather than matching everywhere', () => {
    expect(locateQuote(normalizeText(text), { quote: '\u00B9\u00B2' })).toEqual({ found: false, closest: '' });
  });
});
