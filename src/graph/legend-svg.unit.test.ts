import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { footerSvg, wrapWords } from './legend-svg';

describe('footerSvg', () => {
  it('draws every kind and type with its count, and escapes the credit line', () => {
    const { markup, height } = footerSvg({ legend: { kindCounts: { state: 7 }, typeCounts: { support: 26 } }, credit: 'Q&A <title> "x"' }, 900);
    const document = new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`, 'image/svg+xml');
    const texts = Array.from(document.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['State (7)', 'Organization (0)', 'Support (26)', 'Kinship (0)', 'Q&A <title> "x"']));
    expect(height).toBeGreaterThan(72);
  });

  it('draws nothing when neither legend nor credit is wanted', () => {
    expect(footerSvg({ legend: null, credit: null }, 900)).toEqual({ markup: '', height: 0 });
  });

  it('wraps a long credit line at spaces', () => {
    expect(wrapWords('aaa bbb ccc ddd', 7)).toEqual(['aaa bbb', 'ccc ddd']);
    expect(wrapWords('averyveryverylongword x', 5)).toEqual(['averyveryverylongword', 'x']);
  });
});
