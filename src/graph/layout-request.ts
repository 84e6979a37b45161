/**
 * The layout's input: each actor's body and its box with its label, worked out from the label's
 * text the way Cytoscape lays it out at zoom 1 (label-box.ts), and the relations as pairs of
 * indices, so no id goes to the layout. Nothing is restyled or measured in the graph, so the
 * request is the same whatever the zoom, the labels hidden or where the actors stand; on a large
 * graph the boxes are ready before any element is in the graph. Works headless too (the CLI),
 * with an estimate of text widths.
 */
import type { CollectionReturnValue } from 'cytoscape';
import { labelledNodeBox, labelStyleAt, type MeasureText } from './label-box';
import { labelFontSize } from './label-sizing';
import { layoutSeed } from './layout-thresholds';
import type { LayoutNode, LayoutRequest } from './offscreen-layout';
import { canvasTextMeasure } from './text-measure';

/** An actor's box from its label and its body size (the elements' `label` and `size` data). */
export type ActorBox = (label: string, size: number) => LayoutNode;

/** Each actor's box with its label at zoom 1; text measured as the browser draws it, or as given. */
export function actorBoxes(measure: MeasureText = canvasTextMeasure(labelFontSize(1))): ActorBox {
  const style = labelStyleAt(labelFontSize(1), 2);
  return (label, size) => labelledNodeBox(label, size, style, measure);
}

/** The layout's input for these elements (their merged edges left out by the caller). */
export function layoutRequest(laidOut: CollectionReturnValue, aspect: number, boxOf: ActorBox = actorBoxes()): LayoutRequest {
  const nodes = laidOut.nodes();
  const indexOf = new Map(nodes.map((node, i) => [node.id(), i] as const));
  const edges: (readonly [number, number])[] = [];
  laidOut.edges().forEach((edge) => {
    const s = indexOf.get(edge.source().id());
    const t = indexOf.get(edge.target().id());
    if (s !== undefined && t !== undefined && s !== t) edges.push([s, t]);
  });
  return { nodes: nodes.map((node) => boxOf(String(node.data('label') ?? ''), Number(node.data('size') ?? 0))), edges, aspect, seed: layoutSeed };
}
