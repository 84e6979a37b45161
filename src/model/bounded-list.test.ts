import { describe, expect, it } from 'vitest';
import { boundedList } from './bounded-list';
import { quoteInput } from './quote-input';

describe('messages about untrusted input stay short', () => {
  it('lists a few items and counts the rest', () => {
    expect(boundedList(['a', 'b'], 3)).toBe('a; b');
    expect(boundedList(['a', 'b', 'c'], 3)).toBe('a; b; c');
    expect(boundedList(Array.from({ length: 20_000 }, (_, i) => `p${i}`), 2)).toBe('p0; p1; and 19,998 more');
  });

  it('quotes input, cut after 40 characters', () => {
    expect(quoteInput('hugs')).toBe('"hugs"');
    expect(quoteInput('a"b')).toBe('"a\\"b"');
    expect(quoteInput('x'.repeat(100_000))).toBe(`"${'x'.repeat(40)}…"`);
    expect(quoteInput(7)).toBe('"7"');
    expect(quoteInput(undefined)).toBe('"undefined"');
  });
});
