import { describe, expect, it } from 'vitest';
import { stanceTypes, relationTypes } from '../model/schema';
import { blocLooksIn, canvasInk, frustratedColor, noBlocLook, okabeIto, relationLooksIn, type ColorScheme } from '../../styles/palette';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('the dark palette', () => {
  const looks = relationLooksIn('dark');
  const background = canvasInk.dark.background;

  it('draws every relation type with at least 3:1 contrast on the dark canvas (WCAG 1.4.11)', () => {
    const weak = relationTypes.filter((type) => contrast(looks[type].color, background) < 3);
    expect(weak).toEqual([]);
  });

  it('keeps the stances in three different Okabe–Ito colours, safe for colour-blind readers', () => {
    const colours = stanceTypes.map((type) => looks[type].color);
    expect(new Set(colours).size).toBe(stanceTypes.length);
    for (const colour of colours) expect(Object.values(okabeIto)).toContain(colour);
  });

  it('writes labels on the dark canvas with AA contrast', () => {
    expect(contrast(canvasInk.dark.text, canvasInk.dark.halo)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(canvasInk.light.text, canvasInk.light.halo)).toBeGreaterThanOrEqual(4.5);
  });

  it("marks the keyboard's place in the graph at 3:1 or more on either canvas (WCAG 1.4.11)", () => {
    expect(contrast(canvasInk.dark.focus, canvasInk.dark.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(canvasInk.light.focus, canvasInk.light.background)).toBeGreaterThanOrEqual(3);
  });

  it('changes only colours: line styles and arrowheads stay as in the light theme', () => {
    const light = relationLooksIn('light');
    for (const type of relationTypes) expect({ ...looks[type], color: '' }).toEqual({ ...light[type], color: '' });
  });
});

describe('the blocs view in either theme', () => {
  const schemes: readonly ColorScheme[] = ['light', 'dark'];

  it('outlines every bloc mark and the frustrated halo at 3:1 or more against the canvas (WCAG 1.4.11)', () => {
    const weak = schemes.flatMap((scheme) => {
      const background = canvasInk[scheme].background;
      const marks = [...blocLooksIn(scheme).map((look) => [`bloc ${look.letter} border`, look.border] as const), ['no-stance border', noBlocLook.border] as const, ['frustrated halo', frustratedColor] as const];
      return marks.filter(([, colour]) => contrast(colour, background) < 3).map(([name]) => `${scheme}: ${name}`);
    });
    expect(weak).toEqual([]);
  });

  it('keeps the blocs told apart by fill lightness and border line, in words the same in both themes', () => {
    const [lightA, lightB] = blocLooksIn('light');
    const [darkA, darkB] = blocLooksIn('dark');
    expect(contrast(darkA.fill, darkB.fill)).toBeGreaterThanOrEqual(3);
    expect(darkA.borderStyle).not.toBe(darkB.borderStyle);
    expect([darkA.words, darkB.words]).toEqual([lightA.words, lightB.words]);
  });
});
