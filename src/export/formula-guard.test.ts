import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardCell, unguardCell } from './formula-guard';
import { awkwardText } from './testing/arbitrary-dataset';

describe('spreadsheet formula guard', () => {
  it('prefixes cells a spreadsheet would run as formulas', () => {
    expect(guardCell('=HYPERLINK("http://evil")')).toBe('\'=HYPERLINK("http://evil")');
    expect(['+1', '-1', '@SUM(A1)', '\tx', '\rx'].map(guardCell)).toEqual(["'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx"]);
  });

  it('leaves other text alone, including quotes that open with an apostrophe', () => {
    expect(guardCell("'our friends from Kazakhstan'")).toBe("'our friends from Kazakhstan'");
    expect(guardCell('a=b')).toBe('a=b');
  });

  it('adds one more apostrophe to text that already looks guarded, so unguarding is exact', () => {
    expect(guardCell("'=x")).toBe("''=x");
    expect(unguardCell("''=x")).toBe("'=x");
  });

  it('is undone exactly by unguardCell, and its output never starts a formula', () => {
    fc.assert(
      fc.property(awkwardText(), (text) => {
        const cell = guardCell(text);
        expect(unguardCell(cell)).toBe(text);
        expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
