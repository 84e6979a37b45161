/**
 * Text made safe for XML 1.0 documents (GraphML, GEXF).
 *
 * XML 1.0 allows only tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF: no other
 * control characters (not even as `&#1;`), no unpaired surrogates, no U+FFFE/U+FFFF. A dataset may
 * hold such characters (the schema only asks for non-blank text), so the XML exports drop them
 * from every value; a parser such as Gephi's would otherwise refuse the whole file. The evidence
 * JSON column keeps them instead, written as `\uXXXX` escapes (see `jsonForXml`).
 *
 * Markup is escaped with the five predefined entities in attribute values, and with `&amp;`,
 * `&lt;`, `&gt;` only in element content (see `escapeXmlText`); line-end characters that a parser
 * would normalize are written as character references, so every value reads back exactly.
 */

/** One code point XML 1.0 forbids; with the `u` flag an unpaired surrogate is one code point. */
const forbiddenInXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The value without the characters XML 1.0 forbids (see the module comment). */
export function stripXmlForbidden(value: string): string {
  return value.replace(forbiddenInXml, '');
}

const textEscapes: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  // A parser turns a literal CR (or CRLF) into LF; the reference keeps it. Parsers that normalize
  // line ends the XML 1.1 way (xmldom among them) also turn NEL, LS and PS into LF.
  '\r': '&#13;',
  '\u0085': '&#133;',
  '\u2028': '&#8232;',
  '\u2029': '&#8233;',
};

const attributeEscapes: Readonly<Record<string, string>> = {
  ...textEscapes,
  '"': '&quot;',
  "'": '&apos;',
  // Attribute-value normalization turns literal tab and LF into spaces; references survive it.
  '\t': '&#9;',
  '\n': '&#10;',
};

/**
 * Element content: `&`, `<`, `>` and the line-end characters above escaped, forbidden characters
 * dropped. Quotes need no escape in content and get none: a streaming reader may hand the text
 * over in pieces split at each reference, and Gephi's GraphML importer drops pieces that are only
 * whitespace, so `'a' 'b'` written as `&apos;a&apos; &apos;b&apos;` would reach it as `'a''b'`.
 */
export function escapeXmlText(value: string): string {
  return stripXmlForbidden(value).replace(/[&<>\r\u0085\u2028\u2029]/g, (char) => textEscapes[char] ?? char);
}

/** An attribute value (double- or single-quoted) that reads back exactly, whitespace included. */
export function escapeXmlAttribute(value: string): string {
  return stripXmlForbidden(value).replace(/[&<>"'\r\n\t\u0085\u2028\u2029]/g, (char) => attributeEscapes[char] ?? char);
}

/**
 * JSON text that needs no stripping: JSON.stringify already writes control characters and unpaired
 * surrogates as `\uXXXX`; the rest XML forbids (U+FFFE, U+FFFF) can only stand inside JSON strings,
 * where the same escape is valid. So `JSON.parse` of the exported text gives the value back exactly.
 */
export function jsonForXml(value: unknown): string {
  return JSON.stringify(value).replace(forbiddenInXml, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
