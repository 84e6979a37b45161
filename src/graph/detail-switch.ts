/**
 * Switches a live graph's level of detail (level-of-detail.ts) when its size or the zoom crosses
 * a threshold: cached drawing while moving and plain edges for large graphs. Apart from the
 * controller because it reaches into Cytoscape's renderer, which the typings do not describe.
 */
import type { Core } from 'cytoscape';
import { levelOfDetail, type LevelOfDetail } from './level-of-detail';

/**
 * Cytoscape reads these creation options from its renderer on every frame, so setting them there
 * switches them for a live instance (the typings do not describe the renderer).
 */
function setCachedWhileMoving(cy: Core, on: boolean): void {
  const renderer = (cy as unknown as { renderer?: () => { hideEdgesOnViewport?: boolean; textureOnViewport?: boolean; forcedPixelRatio?: number | null } | undefined }).renderer?.();
  if (!renderer) return;
  renderer.hideEdgesOnViewport = on;
  renderer.textureOnViewport = on;
  // A large graph on a high-density screen draws at one canvas pixel per CSS pixel: a quarter of
  // the pixels at 2x, which is most of a frame's cost there (the `pixelRatio` creation option).
  renderer.forcedPixelRatio = on ? 1 : null;
}

export class DetailSwitch {
  private detail: LevelOfDetail = levelOfDetail(0, 1);

  get current(): LevelOfDetail {
    return this.detail;
  }

  /** Applies the level of detail for `actorCount` actors at the zoom now, where it changed. */
  apply(cy: Core, actorCount: number): void {
    const detail = levelOfDetail(actorCount, cy.zoom());
    if (detail.cachedWhileMoving !== this.detail.cachedWhileMoving) setCachedWhileMoving(cy, detail.cachedWhileMoving);
    if (detail.simpleEdges !== this.detail.simpleEdges) cy.batch(() => cy.edges().toggleClass('simple', detail.simpleEdges));
    this.detail = detail;
  }
}
