import { noInsets, type FrameMode, type Insets } from '../../graph/camera';

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly width: number;
  readonly height: number;
}

/**
 * How far panels floating over the canvas reach in from its edges: a wide one from the bottom
 * (the table, a phone's bottom sheet), a narrow one from the side it touches (the side panel, the drawer).
 */
export function coveredInsets(canvas: Box, covers: readonly Box[]): Insets {
  let top = 0;
  let right = 0;
  let bottom = 0;
  let left = 0;
  for (const cover of covers) {
    if (cover.width === 0 || cover.height === 0) continue;
    if (cover.width >= canvas.width * 0.6) {
      if (cover.bottom >= canvas.bottom - 1) bottom = Math.max(bottom, canvas.bottom - cover.top);
      else if (cover.top <= canvas.top + 1) top = Math.max(top, cover.bottom - canvas.top);
    } else if (cover.right >= canvas.right - 1) right = Math.max(right, canvas.right - cover.left);
    else if (cover.left <= canvas.left + 1) left = Math.max(left, cover.right - canvas.left);
  }
  return { top, right, bottom, left };
}

/** How far the panels open now (side panel, table, Filters drawer) reach in over the graph canvas. */
export function panelInsets(root: ParentNode): Insets {
  const canvas = root.querySelector('graph-canvas');
  if (!canvas) return noInsets;
  const covers = [...root.querySelectorAll('side-panel, relation-table')].map((cover) => cover.getBoundingClientRect());
  const drawer = root.querySelector('explore-drawer')?.coveringBox;
  if (drawer) covers.push(drawer);
  return coveredInsets(canvas.getBoundingClientRect(), covers);
}

/** Moves the graph's camera to those elements, in the part of the canvas no panel (side panel, table, drawer) covers. */
export async function frameClearOfPanels(root: ParentNode, ids: readonly string[], mode: FrameMode): Promise<void> {
  const canvas = root.querySelector('graph-canvas');
  if (!canvas) return;
  // The canvas applies the new view (what is hidden) in its own update: aim at what it will show.
  await canvas.updateComplete;
  // A panel whose definition is still loading (deferred-elements.ts) has no size yet: measure it drawn.
  await Promise.all(
    [...root.querySelectorAll('side-panel, relation-table, explore-drawer')].map(async (panel) => {
      await customElements.whenDefined(panel.localName);
      await (panel as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    }),
  );
  canvas.frame(ids, mode, panelInsets(root));
}
