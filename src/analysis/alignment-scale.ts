/**
 * The alignment scale in five steps, each with a sign that reads without colour: how the matrix
 * and the chart say a score from -1 to +1 in words and symbols.
 */
import type { PairAlignment } from './alignment';

export type AlignmentStep5 = 'strong-plus' | 'plus' | 'neutral' | 'minus' | 'strong-minus';

export interface AlignmentGrade {
  readonly step: AlignmentStep5 | 'none';
  /** Drawn in the cell: ++, +, 0, −, −− (nothing when no relation connects them). */
  readonly symbol: string;
  readonly words: string;
}

export const alignmentGrades: readonly (AlignmentGrade & { readonly range: string })[] = [
  { step: 'strong-plus', symbol: '++', words: 'closely aligned', range: '+0.5 to +1' },
  { step: 'plus', symbol: '+', words: 'leaning together', range: '+0.1 to +0.5' },
  { step: 'neutral', symbol: '0', words: 'mixed', range: '−0.1 to +0.1' },
  { step: 'minus', symbol: '−', words: 'leaning apart', range: '−0.5 to −0.1' },
  { step: 'strong-minus', symbol: '−−', words: 'opposed', range: '−1 to −0.5' },
];

export const noEvidenceGrade: AlignmentGrade = { step: 'none', symbol: '', words: 'no evidence' };

export function alignmentGrade(alignment: Pick<PairAlignment, 'score' | 'basis'>): AlignmentGrade {
  if (alignment.basis === 'none') return noEvidenceGrade;
  const { score } = alignment;
  const index = score >= 0.5 ? 0 : score >= 0.1 ? 1 : score > -0.1 ? 2 : score > -0.5 ? 3 : 4;
  return alignmentGrades[index] ?? noEvidenceGrade;
}

/** "+0.31", "−0.50", "0.00": signed, two decimals, a real minus sign. */
export function signedScore(value: number): string {
  const fixed = Math.abs(value).toFixed(2);
  if (fixed === '0.00') return '0.00';
  return value > 0 ? `+${fixed}` : `−${fixed}`;
}
