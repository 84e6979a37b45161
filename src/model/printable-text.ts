/**
 * Text from a file the user did not write (a source text, a dataset's quote) made safe to print
 * on a terminal: control characters, which could move the cursor, retitle the window or clear the
 * screen (ESC sequences), are shown as `\u001b`, and a passage is cut to a readable length,
 * since binary or unspaced text can make one "passage" megabytes long.
 */
export const printableLimit = 200;

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/g;

export function printableText(text: string, limit = printableLimit): string {
  const short = text.length > limit ? `${text.slice(0, limit)}…` : text;
  return short.replace(controlCharacters, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
