import { describe, expect, it } from 'vitest';
import { LineIndex } from './line-index';

describe('LineIndex', () => {
  it('gives 1-based lines and columns, at line starts, line ends and past the end', () => {
    const text = 'ab\ncd\n\nefg';
    const index = new LineIndex(text);
    const at = (char: string) => index.locate(text.indexOf(char));
    expect(at('a')).toEqual({ line: 1, column: 1 });
    expect(index.locate(2)).toEqual({ line: 1, column: 3 });
    expect(at('c')).toEqual({ line: 2, column: 1 });
    expect(index.locate(6)).toEqual({ line: 3, column: 1 });
    expect(at('g')).toEqual({ line: 4, column: 3 });
    expect(index.locate(text.length)).toEqual({ line: 4, column: 4 });
  });

  it('agrees with counting newlines by hand at every offset', () => {
    const text = 'x\n\nyy\nzzz\n\n';
    const index = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const before = text.slice(0, offset).split('\n');
      expect(index.locate(offset)).toEqual({ line: before.length, column: (before.at(-1) ?? '').length + 1 });
    }
  });
});
