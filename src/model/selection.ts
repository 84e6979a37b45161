/** What is selected: an actor, a relation, or nothing (null). */
export type SelectionRef = { readonly kind: 'actor'; readonly id: string } | { readonly kind: 'relation'; readonly id: string };
