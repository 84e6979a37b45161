/**
 * What the legend says about the blocs view, once for the on-screen legend and the one drawn into
 * exported pictures: each mark with its count and, in words, how it looks (border line, halo), so
 * it reads without colour. Pure: the counts come from the alignment analysis of the view.
 */
import type { ViewAlignment } from '../analysis/view-alignment';
import { blocLooksIn, frustratedColor, noBlocLook, type ColorScheme } from '../../styles/palette';

export interface BlocLegend {
  /** Actors in bloc A and in bloc B. */
  readonly members: readonly [number, number];
  /** Visible actors in no visible stance relation. */
  readonly outside: number;
  readonly frustratedTies: number;
}

export interface NodeMark {
  readonly kind: 'node';
  readonly fill: string;
  readonly border: string;
  readonly borderStyle: 'solid' | 'dashed' | 'dotted';
}

export interface HaloMark {
  readonly kind: 'halo';
  readonly color: string;
}

export interface BlocLegendItem {
  readonly mark: NodeMark | HaloMark;
  /** "Bloc A", "No stance", "Frustrated tie". */
  readonly label: string;
  readonly count: number;
  /** How the mark looks, in words: "dark, solid border". */
  readonly looks: string;
  /** What it means, for a tooltip and screen readers. */
  readonly meaning: string;
}

/** The counts the legend shows for this analysis of a view with `visibleActors` actors on show. */
export function blocLegend(analysis: Pick<ViewAlignment, 'blocs'>, visibleActors: number): BlocLegend {
  const [first, second] = analysis.blocs.blocs;
  return {
    members: [first.length, second.length],
    outside: Math.max(0, visibleActors - first.length - second.length),
    frustratedTies: analysis.blocs.frustratedTies.length,
  };
}

/** The items for a legend drawn on the `scheme` canvas (exported pictures are light). */
export function blocLegendItems(legend: BlocLegend, scheme: ColorScheme = 'light'): BlocLegendItem[] {
  return [
    ...blocLooksIn(scheme).map((look, bloc) => ({
      mark: { kind: 'node', fill: look.fill, border: look.border, borderStyle: look.borderStyle } as const,
      label: `Bloc ${look.letter}`,
      count: legend.members[bloc] ?? 0,
      looks: look.words,
      meaning: `actors in bloc ${look.letter} of the split with the fewest frustrated ties`,
    })),
    {
      mark: { kind: 'node', fill: noBlocLook.fill, border: noBlocLook.border, borderStyle: noBlocLook.borderStyle },
      label: 'No stance',
      count: legend.outside,
      looks: noBlocLook.words,
      meaning: 'actors in no visible stance relation, so in neither bloc',
    },
    {
      mark: { kind: 'halo', color: frustratedColor },
      label: 'Frustrated tie',
      count: legend.frustratedTies,
      looks: 'thick halo around the line',
      meaning: 'support or a deal across the blocs, or opposition inside one',
    },
  ];
}

/** SVG stroke-dasharray for a border line style, at the legend's small size. */
export function borderDash(style: NodeMark['borderStyle']): string | undefined {
  return style === 'dashed' ? '4 2' : style === 'dotted' ? '1.2 2' : undefined;
}
