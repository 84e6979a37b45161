import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, escapeXmlText, jsonForXml, stripXmlForbidden } from './xml-escape';
import { parseXmlStrictly } from './testing/xml-document';

/** Any sequence of UTF-16 code units: controls, unpaired surrogates, U+FFFE, everything. */
const anyCodeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 40 });
const anyText = fc.oneof(anyCodeUnits, fc.string({ unit: 'binary', maxLength: 20 }));

const forbidden = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe('XML escaping', () => {
  it('escapes markup characters and keeps CR, NEL and the Unicode line separators as references', () => {
    expect(escapeXmlText(`<a href="x">&'</a>]]>`)).toBe(`&lt;a href="x"&gt;&amp;'&lt;/a&gt;]]&gt;`);
    expect(escapeXmlText('a\r\nb\tc\u2028')).toBe('a&#13;\nb\tc&#8232;');
    expect(escapeXmlAttribute(`<a href="x">&'</a>]]>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;]]&gt;');
    expect(escapeXmlAttribute('a\r\nb\tc')).toBe('a&#13;&#10;b&#9;c');
  });

  it('drops the characters XML 1.0 forbids, and only those', () => {
    expect(stripXmlForbidden('a\u0000b\u0001c\u000Bd\uFFFEe\uFFFFf\uD800g\uDC00h')).toBe('abcdefgh');
    expect(stripXmlForbidden('tab\t lf\n cr\r 😀 \uE000 \uFFFD')).toBe('tab\t lf\n cr\r 😀 \uE000 \uFFFD');
  });

  it('gives text and attribute values that a strict parser reads back as the text minus forbidden characters', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const document = parseXmlStrictly(`<r a="${escapeXmlAttribute(text)}" b='${escapeXmlAttribute(text)}'>${escapeXmlText(text)}</r>`);
        const root = document.documentElement!;
        expect(root.textContent).toBe(stripXmlForbidden(text));
        expect(root.getAttribute('a')).toBe(stripXmlForbidden(text));
        expect(root.getAttribute('b')).toBe(stripXmlForbidden(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('writes JSON that holds no forbidden character yet parses back to the exact value', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 3 }), (value) => {
        const json = jsonForXml(value);
        expect(forbidden.test(json)).toBe(false);
        expect(JSON.parse(json)).toEqual(value);
      }),
      { numRuns: 1000 },
    );
  });
});
