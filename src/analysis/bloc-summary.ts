/** The blocs analysis in words, as the app's bloc panel says it. */
import type { ViewAlignment } from './view-alignment';

const count = (n: number, noun: string, plural = `${noun}s`): string => `${n} ${n === 1 ? noun : plural}`;

/** The frustration index and whether it is proven, in words: "2 frustrated ties of 39; proven optimal". */
export function frustrationSentence(analysis: ViewAlignment): string {
  const { blocs } = analysis;
  const of = `${count(blocs.frustrationIndex, 'frustrated tie')} of ${blocs.tieCount}`;
  return blocs.exact ? `${of}; proven optimal.` : `At most ${of}: the best split a local search found, not proven (no split has fewer than ${blocs.lowerBound}).`;
}

/** How many splits are as good, and which one is drawn. */
export function splitsSentence(analysis: ViewAlignment): string {
  const { optimalSplits, countComplete } = analysis.blocs;
  if (countComplete && optimalSplits === 1) return 'The only split with so few.';
  return `${countComplete ? '' : 'At least '}${optimalSplits} optimal splits, equally good; one is shown, always the same for the same data.`;
}
