/** What is selected: an actor, a relation, or nothing (null). */
export type SelectionRef =
  | { readonly kind: 'actor'; readonly id: string }
  /** `relationIds`: a merged edge standing for several relations (`id` is the first of them). */
  | { readonly kind: 'relation'; readonly id: string; readonly relationIds?: readonly string[] };
