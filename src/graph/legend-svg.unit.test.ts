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

describe('footerSvg in the blocs view', () => {
  const parse = (markup: string) => new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`, 'image/svg+xml');
  const legend = { kindCounts: { state: 7 }, typeCounts: { support: 26 } };

  it('names each bloc mark with its count and its look in words, so it reads without colour', () => {
    const { markup } = footerSvg({ legend: { ...legend, blocs: { members: [19, 9], outside: 2, frustratedTies: 2 } }, credit: null }, 900);
    const texts = Array.from(parse(markup).getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining(['Blocs', 'Bloc A (19): dark, solid border', 'Bloc B (9): white, dashed border', 'No stance (2): pale, dotted border', 'Frustrated tie (2): thick halo around the line']),
    );
    // The border lines differ in the drawing too: B dashed, the actors outside dotted.
    const dashes = Array.from(parse(markup).getElementsByTagName('circle')).map((circle) => circle.getAttribute('stroke-dasharray'));
    expect(new Set(dashes).size).toBe(3);
  });

  it('has no bloc row outside the blocs view, and grows by one row with it', () => {
    const without = footerSvg({ legend, credit: null }, 900);
    const withBlocs = footerSvg({ legend: { ...legend, blocs: { members: [1, 1], outside: 0, frustratedTies: 0 } }, credit: null }, 900);
    expect(without.markup).not.toContain('Bloc A');
    expect(withBlocs.height).toBeGreaterThan(without.height);
  });
});
