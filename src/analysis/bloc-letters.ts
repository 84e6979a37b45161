/**
 * How the app, the legend and the exports name the first and the second bloc. Apart from the
 * analysis so the eagerly loaded palette does not pull the lazily loaded solver in.
 */
export const blocLetters = ['A', 'B'] as const;
export type BlocLetter = (typeof blocLetters)[number];
