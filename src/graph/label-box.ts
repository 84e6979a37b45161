/**
 * An actor's box with its label, worked out from the text alone the way Cytoscape lays a label
 * out (greedy wrapping at whitespace within `text-max-width`, one font size per line, the label
 * hanging below the body): a large graph's layout can then start before any element is in the
 * graph, instead of adding thousands of them only to measure them. Pure: the text measure is given.
 */
import type { LayoutNode } from './layout-polish';
import { labelMarginInEms, labelWidthInEms } from './label-sizing';

/** Text width in px at the label's font; a canvas's measureText in the browser. */
export type MeasureText = (text: string) => number;

export interface LabelStyle {
  readonly fontSize: number;
  /** Wrap lines wider than this. */
  readonly maxWidth: number;
  /** The label's gap below the body. */
  readonly marginY: number;
  /** The halo around the text. */
  readonly padding: number;
  /** The body's border. */
  readonly borderWidth: number;
}

/** How the stylesheet draws a label at this font size (graph-labels.ts sets it on the elements), on a body with this border. */
export function labelStyleAt(fontSize: number, borderWidth: number): LabelStyle {
  return { fontSize, maxWidth: fontSize * labelWidthInEms, marginY: fontSize * labelMarginInEms, padding: 2, borderWidth };
}

/** Cytoscape widens label bounds by this much on each side for the browser's measuring errors. */
const marginOfError = 2;

/** The lines a label wraps into, as Cytoscape's `text-wrap: wrap` does. */
export function wrapLabel(text: string, maxWidth: number, measure: MeasureText): string[] {
  const wrapped: string[] = [];
  for (const line of text.split('\n')) {
    if (measure(line) <= maxWidth) {
      wrapped.push(line);
      continue;
    }
    let current = '';
    for (const match of line.matchAll(/(\S*)(\s*)/g)) {
      const [, word = '', separator = ''] = match;
      if (word === '' && separator === '') break;
      // As Cytoscape: the word's trailing space counts once the line has a word.
      const candidate = current === '' ? word : current + word + separator;
      if (measure(candidate) <= maxWidth) current += word + separator;
      else {
        if (current !== '') wrapped.push(current);
        current = word + separator;
      }
    }
    if (current !== '') wrapped.push(current);
  }
  // Cytoscape keeps each wrapped line's trailing space, and measures it.
  return wrapped;
}

/** The box around an actor of body size `size` and its label, relative to the actor's position. */
export function labelledNodeBox(label: string, size: number, style: LabelStyle, measure: MeasureText): LayoutNode {
  const body = size + style.borderWidth;
  const lines = label === '' ? [] : wrapLabel(label, style.maxWidth, measure);
  if (lines.length === 0) return { width: body, height: body, offsetX: 0, offsetY: 0, bodyWidth: body, bodyHeight: body };
  const textWidth = Math.max(...lines.map((line) => Math.ceil(measure(line))));
  const pad = style.padding + marginOfError;
  const labelWidth = textWidth + 2 * pad;
  const top = -body / 2;
  const labelBottom = size / 2 + style.marginY + lines.length * style.fontSize + pad;
  const width = Math.max(body, labelWidth);
  return { width, height: labelBottom - top, offsetX: 0, offsetY: (top + labelBottom) / 2, bodyWidth: body, bodyHeight: body };
}
