import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinAliases, splitAliases } from './alias-list';
import { awkwardNonBlankText } from './testing/arbitrary-dataset';

describe('alias lists in one cell', () => {
  it('joins with " | " and escapes the separator and the escape character', () => {
    expect(joinAliases(['Moscow', 'The Kremlin'])).toBe('Moscow | The Kremlin');
    expect(joinAliases(['a | b', 'c\\', '|'])).toBe('a \\| b | c\\\\ | \\|');
    expect(joinAliases([])).toBe('');
  });

  it('splits back exactly, keeping aliases’ own leading and trailing spaces', () => {
    expect(splitAliases('a \\| b | c\\\\ | \\|')).toEqual(['a | b', 'c\\', '|']);
    expect(splitAliases(joinAliases([' lead', 'trail ', ' '])) ).toEqual([' lead', 'trail ', ' ']);
    expect(splitAliases('')).toEqual([]);
  });

  it('reads hand-typed cells without the spaces', () => {
    expect(splitAliases('Moscow|Kremlin')).toEqual(['Moscow', 'Kremlin']);
  });

  it('round-trips any list of non-blank aliases', () => {
    fc.assert(
      fc.property(fc.array(awkwardNonBlankText(), { maxLength: 5 }), (aliases) => {
        expect(splitAliases(joinAliases(aliases))).toEqual(aliases);
      }),
      { numRuns: 500 },
    );
  });
});
