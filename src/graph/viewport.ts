/** Where the graph's nodes are and how it is zoomed and panned: what a snapshot restores exactly. */
export interface Viewport {
  readonly positions: Readonly<Record<string, { readonly x: number; readonly y: number }>>;
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
}
