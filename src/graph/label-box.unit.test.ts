import { describe, expect, it } from 'vitest';
import { labelledNodeBox, wrapLabel, type LabelStyle } from './label-box';

// One px per character: easy to reason about.
const measure = (text: string) => text.length;
const style: LabelStyle = { fontSize: 10, maxWidth: 12, marginY: 3, padding: 2, borderWidth: 2 };

describe('label boxes', () => {
  it('wraps at spaces, keeping words that fit together and a long word whole on its own line', () => {
    // As Cytoscape: a line keeps its trailing space, which counts towards the width.
    expect(wrapLabel('Ministry of Foreign Affairs', 12, measure)).toEqual(['Ministry of ', 'Foreign ', 'Affairs']);
    expect(wrapLabel('Ministry of A', 12, measure)).toEqual(['Ministry of ', 'A']);
    expect(wrapLabel('Short', 12, measure)).toEqual(['Short']);
    expect(wrapLabel('Extraordinarily long', 12, measure)).toEqual(['Extraordinarily ', 'long']);
  });

  it('spans the body and the label below it, centred on the actor across', () => {
    // Two lines ('Extraordinarily ', 'long name') of at most 16 px: wider than the 20 px body plus border.
    const box = labelledNodeBox('Extraordinarily long name', 20, style, measure);
    expect(box.width).toBe(16 + 2 * (2 + 2));
    expect(box.offsetX).toBe(0);
    // From the top of the body (-11) to the label's bottom: 10 + 3 + 2 lines of 10 + 4.
    expect(box.height).toBe(11 + 10 + 3 + 20 + 4);
    expect(box.offsetY).toBe((-11 + 37) / 2);
  });

  it('is the body alone without a label', () => {
    expect(labelledNodeBox('', 20, style, measure)).toEqual({ width: 22, height: 22, offsetX: 0, offsetY: 0, bodyWidth: 22, bodyHeight: 22 });
  });
});
