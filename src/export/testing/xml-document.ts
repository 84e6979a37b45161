/**
 * Strict XML reading for tests of the XML exports, with a real parser (@xmldom/xmldom 0.9). Every
 * warning or error the parser reports fails the parse, as a strict reader (Gephi's) would. xmldom
 * reports some well-formedness errors (an unquoted attribute, say) only as warnings, hence warnings
 * count too; the one exception is its guess that U+FFFD in the text means a decoding accident,
 * since U+FFFD is an allowed character and may well be in the data. xmldom accepts characters XML
 * 1.0 forbids and a bare `&`, so those are checked here first.
 */
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

const notAProblem = /Unicode replacement character detected/;

// Well-formedness rules xmldom does not check, checked on the text before parsing.
const forbiddenCharacter = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const strayAmpersand = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/;

export function parseXmlStrictly(text: string): Document {
  const forbidden = forbiddenCharacter.exec(text);
  if (forbidden) throw new Error(`the XML holds U+${forbidden[0].codePointAt(0)?.toString(16)} at ${forbidden.index}, which XML 1.0 forbids`);
  const ampersand = strayAmpersand.exec(text);
  if (ampersand) throw new Error(`the XML holds an unescaped & at ${ampersand.index}`);
  const reports: string[] = [];
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level === 'warning' && notAProblem.test(message)) return;
      reports.push(`${level}: ${message}`);
    },
  });
  const document = parser.parseFromString(text, 'text/xml');
  if (reports.length > 0) throw new Error(`the XML does not parse cleanly:\n${reports.join('\n')}`);
  return document;
}

/** Child elements of `parent` with the local name, in document order. */
export function childElements(parent: Document | Element, localName: string): Element[] {
  const children: Element[] = [];
  for (const node of Array.from(parent.childNodes)) {
    if (node.nodeType === node.ELEMENT_NODE && (node as Element).localName === localName) children.push(node as Element);
  }
  return children;
}

/** The only child element with the local name; throws when there is none or several. */
export function onlyChild(parent: Document | Element, localName: string): Element {
  const [first, ...others] = childElements(parent, localName);
  if (first === undefined || others.length > 0) throw new Error(`expected exactly one <${localName}>`);
  return first;
}

/** The attribute's value, or undefined when the element does not have it. */
export function attributeOf(element: Element, name: string): string | undefined {
  return element.hasAttribute(name) ? (element.getAttribute(name) ?? undefined) : undefined;
}
