import { describe, expect, it } from 'vitest';
import { printableText } from './printable-text';

describe('printableText', () => {
  it('shows control characters as escapes, so a terminal runs none of them', () => {
    expect(printableText('a\u001b[2Jb\u0007c\u009bd')).toBe('a\\u001b[2Jb\\u0007c\\u009bd');
  });

  it('leaves ordinary text, curly quotes and accents as they are', () => {
    expect(printableText('Moscow’s “bid” — Nazarbaýev')).toBe('Moscow’s “bid” — Nazarbaýev');
  });

  it('cuts a long passage to the limit', () => {
    expect(printableText('x'.repeat(5000), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});
