/**
 * The layout's input, read off Cytoscape elements: each actor's body and its box with its label,
 * as Cytoscape draws them now, and the relations as pairs of indices, so no id goes to the layout.
 * Works on a headless Cytoscape too (the CLI).
 */
import type { CollectionReturnValue, NodeSingular } from 'cytoscape';
import { layoutSeed } from './layout-thresholds';
import type { LayoutNode, LayoutRequest } from './offscreen-layout';

/**
 * Measures to an eighth of a unit. Boxes come out a few ulps apart depending on where the actor
 * stands, and fcose amplifies any difference in its input into a different picture: rounded, the
 * same graph gives the same layout wherever its actors were (a new dataset, or Layout pressed).
 */
const quantum = 8;
const rounded = (value: number) => Math.round(value * quantum) / quantum;

/** Each actor's body, and its box with its label relative to its position, as Cytoscape draws them now. */
export function measuredNode(node: NodeSingular): LayoutNode {
  const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
  const position = node.position();
  const [bodyWidth, bodyHeight] = [rounded(node.outerWidth()), rounded(node.outerHeight())];
  // A hidden actor (display none) has no box drawn: its body stands for it.
  if (!(box.w > 0 && box.h > 0)) return { width: bodyWidth, height: bodyHeight, offsetX: 0, offsetY: 0, bodyWidth, bodyHeight };
  return {
    width: rounded(box.w),
    height: rounded(box.h),
    offsetX: rounded((box.x1 + box.x2) / 2 - position.x),
    offsetY: rounded((box.y1 + box.y2) / 2 - position.y),
    bodyWidth,
    bodyHeight,
  };
}

/** The layout's input for these elements: measured actors, and relations as index pairs (no ids). */
export function layoutRequest(laidOut: CollectionReturnValue, aspect: number): LayoutRequest {
  const nodes = laidOut.nodes();
  const indexOf = new Map(nodes.map((node, i) => [node.id(), i] as const));
  const edges: (readonly [number, number])[] = [];
  laidOut.edges().forEach((edge) => {
    const s = indexOf.get(edge.source().id());
    const t = indexOf.get(edge.target().id());
    if (s !== undefined && t !== undefined && s !== t) edges.push([s, t]);
  });
  return { nodes: nodes.map((node) => measuredNode(node)), edges, aspect, seed: layoutSeed };
}
