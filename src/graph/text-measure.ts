/**
 * Label widths measured as Cytoscape measures them: a 2D canvas at the label's font. Without a
 * canvas (Node, the CLI), an estimate from the number of characters.
 */
import type { MeasureText } from './label-box';
import { labelFont } from './stylesheet';

export function canvasTextMeasure(fontSize: number): MeasureText {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * fontSize * 0.6;
  context.font = `normal normal ${fontSize}px ${labelFont}`;
  // Labels repeat words ("Ministry of ..."): the browser's measuring is the cost, so remember it.
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      width = context.measureText(text).width;
      widths.set(text, width);
    }
    return width;
  };
}
