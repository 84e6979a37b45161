/**
 * The graph's colours: Okabe–Ito, safe for the common colour-vision deficiencies. Every relation
 * type also differs by line style and arrowhead, and every actor kind by shape, so nothing is
 * told by colour alone. The legend and the Cytoscape stylesheet both read from here.
 */
import { blocLetters } from '../src/analysis/bloc-letters';
import type { ActorKind, RelationType } from '../src/model/schema';

export const okabeIto = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

export type LineStyle = 'solid' | 'dashed';
export type ArrowShape = 'triangle' | 'tee' | 'circle' | 'diamond' | 'square' | 'none';
// No rounded shapes: cytoscape-svg draws them wrongly, and the SVG export must match the screen.
export type NodeShape = 'rectangle' | 'hexagon' | 'ellipse' | 'diamond';

export interface RelationLook {
  readonly label: string;
  readonly color: string;
  readonly lineStyle: LineStyle;
  /** Cytoscape `line-dash-pattern` for dashed lines. */
  readonly dash?: readonly number[];
  readonly width: number;
  /** Drawn as two parallel lines (an outlined line with a white core). */
  readonly double?: boolean;
  readonly arrow: ArrowShape;
  readonly meaning: string;
}

export const relationLooks: Readonly<Record<RelationType, RelationLook>> = {
  support: { label: 'Support', color: okabeIto.bluishGreen, lineStyle: 'solid', width: 3, arrow: 'triangle', meaning: 'backs, endorses or defends' },
  opposition: { label: 'Opposition', color: okabeIto.vermillion, lineStyle: 'dashed', dash: [9, 4], width: 3, arrow: 'tee', meaning: 'criticizes, blocks or works against' },
  deal: { label: 'Deal', color: okabeIto.blue, lineStyle: 'solid', double: true, width: 3, arrow: 'none', meaning: 'a bargain struck between the two' },
  membership: { label: 'Membership', color: '#5B6770', lineStyle: 'dashed', dash: [0.5, 5], width: 2.5, arrow: 'circle', meaning: 'member or part of' },
  role: { label: 'Role', color: okabeIto.reddishPurple, lineStyle: 'dashed', dash: [2, 3, 8, 3], width: 2, arrow: 'square', meaning: 'holds an office in or for' },
  kinship: { label: 'Kinship', color: okabeIto.orange, lineStyle: 'dashed', dash: [3, 3], width: 2, arrow: 'none', meaning: 'family tie' },
};

export interface ActorLook {
  readonly label: string;
  readonly shape: NodeShape;
  readonly fill: string;
  readonly border: string;
}

export const actorLooks: Readonly<Record<ActorKind, ActorLook>> = {
  state: { label: 'State', shape: 'rectangle', fill: '#A6D3F2', border: okabeIto.blue },
  organization: { label: 'Organization', shape: 'hexagon', fill: '#F6D38A', border: '#9A6A00' },
  person: { label: 'Person', shape: 'ellipse', fill: '#EBC0D9', border: '#8E4A72' },
  group: { label: 'Group', shape: 'diamond', fill: '#D9D9D9', border: '#555555' },
};

export const selectionColor = okabeIto.black;

export interface BlocLook {
  /** "A" or "B": how the text names the bloc. */
  readonly letter: string;
  readonly fill: string;
  readonly border: string;
  /** The border's line: the bloc reads without colour too. */
  readonly borderStyle: 'solid' | 'dashed' | 'dotted';
  readonly borderWidth: number;
  /** The mark in words, for legends that must read without colour. */
  readonly words: string;
}

/**
 * The blocs view: fill and border by bloc (the shape still tells the kind). Dark against white,
 * so the blocs part in grey too, and unlike the pale fills that tell the kinds apart elsewhere.
 */
export const blocLooks: readonly [BlocLook, BlocLook] = [
  { letter: blocLetters[0], fill: '#1F5F8B', border: '#0B2E4A', borderStyle: 'solid', borderWidth: 3, words: 'dark, solid border' },
  { letter: blocLetters[1], fill: '#FFFFFF', border: '#B35900', borderStyle: 'dashed', borderWidth: 5, words: 'white, dashed border' },
];

/** Actors without a stance relation, in the blocs view: pale, but a border at 3:1 or more on either canvas. */
export const noBlocLook = { fill: '#E5E7EA', border: '#6E7781', borderStyle: 'dotted', borderWidth: 2, words: 'pale, dotted border' } as const;

/** The halo of a frustrated tie (support across the blocs, opposition inside one), drawn opaque: 3:1 on white. */
export const frustratedColor = okabeIto.reddishPurple;

export type ColorScheme = 'light' | 'dark';

/**
 * On the dark canvas bloc A's dark fill sinks into the background (2.6:1): a light border outlines
 * it instead, so the actor still stands out at 3:1 or more (WCAG 1.4.11). Fills, border lines and
 * words are unchanged, so the legend reads the same in both themes.
 */
export function blocLooksIn(scheme: ColorScheme): readonly [BlocLook, BlocLook] {
  if (scheme === 'light') return blocLooks;
  const [first, second] = blocLooks;
  return [{ ...first, border: '#A6D3F2' }, second];
}

/**
 * On a dark background Okabe–Ito's blue and the membership grey sink into it: the dark theme
 * swaps them for lighter ones (deal takes Okabe–Ito's sky blue, still apart from the green and the
 * vermillion). Shapes, dashes and arrowheads are unchanged, so the types stay apart by more than hue.
 */
const darkRelationColors: Readonly<Partial<Record<RelationType, string>>> = {
  deal: okabeIto.skyBlue,
  membership: '#A3AEB8',
};

export function relationLooksIn(scheme: ColorScheme): Readonly<Record<RelationType, RelationLook>> {
  if (scheme === 'light') return relationLooks;
  const entries = Object.entries(relationLooks).map(([type, look]) => [type, { ...look, color: darkRelationColors[type as RelationType] ?? look.color }]);
  return Object.fromEntries(entries) as Record<RelationType, RelationLook>;
}

/** The canvas's own ink: label text, the halo behind labels, the selection, the core of double lines. */
export interface CanvasInk {
  readonly background: string;
  readonly text: string;
  readonly halo: string;
  readonly selection: string;
  /** The keyboard's place in the graph, as the page's --entente-focus: 3:1 or more on the canvas. */
  readonly focus: string;
}

export const canvasInk: Readonly<Record<ColorScheme, CanvasInk>> = {
  light: { background: '#ffffff', text: '#1d2329', halo: '#ffffff', selection: selectionColor, focus: '#0b5cad' },
  dark: { background: '#15191d', text: '#e6eaee', halo: '#15191d', selection: '#ffffff', focus: '#7fb6f0' },
};

export type CompareMarkName = 'appeared' | 'disappeared' | 'sign-changed';

export interface CompareMarkLook {
  readonly label: string;
  /** Drawn on the edge with the colour, so the mark is told by more than its hue. */
  readonly symbol: string;
  readonly color: string;
  readonly meaning: string;
}

export const compareMarkLooks: Readonly<Record<CompareMarkName, CompareMarkLook>> = {
  appeared: { label: 'Appears', symbol: '+', color: okabeIto.bluishGreen, meaning: 'new between the two dates' },
  disappeared: { label: 'Ends', symbol: '×', color: okabeIto.vermillion, meaning: 'over between the two dates' },
  'sign-changed': { label: 'Changes sign', symbol: '±', color: okabeIto.reddishPurple, meaning: 'the stance between the two turned' },
};
