/**
 * Where the graph's nodes are and how it is zoomed and panned: what a snapshot restores exactly.
 * Its schema and limits live with the snapshot format (a pure module must check them when a file
 * is read); the graph layer takes them from there.
 */
export { viewportLimits } from '../export/viewport-limits';
export type { Viewport } from '../export/snapshot';
