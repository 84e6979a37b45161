/**
 * Untrusted input quoted inside a message, cut short: a 100,000-character address must not
 * become a 100,000-character notice.
 */
export const quotedInputLimit = 40;

export function quoteInput(value: unknown, limit = quotedInputLimit): string {
  const text = typeof value === 'string' ? value : value === undefined ? 'undefined' : JSON.stringify(value);
  const short = text.length > limit ? `${text.slice(0, limit)}…` : text;
  return JSON.stringify(short);
}
