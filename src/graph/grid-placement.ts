/**
 * A grid of equal cells, row by row, shaped towards the viewport: where a large graph's actors go
 * when its layout is cancelled or cannot run, so every actor still shows, none on another. Pure.
 */
import type { LayoutNode, LayoutPositions } from './offscreen-layout';

export function gridPositions(nodes: readonly LayoutNode[], aspect: number, gap = 8): LayoutPositions {
  const positions = new Float64Array(nodes.length * 2);
  const cellWidth = nodes.reduce((widest, node) => Math.max(widest, node.width), 1) + gap;
  const cellHeight = nodes.reduce((tallest, node) => Math.max(tallest, node.height), 1) + gap;
  const shape = aspect > 0 && Number.isFinite(aspect) ? aspect : 1;
  const columns = Math.max(1, Math.round(Math.sqrt((nodes.length * shape * cellHeight) / cellWidth)));
  nodes.forEach((node, i) => {
    positions[2 * i] = (i % columns) * cellWidth - node.offsetX;
    positions[2 * i + 1] = Math.floor(i / columns) * cellHeight - node.offsetY;
  });
  return positions;
}
