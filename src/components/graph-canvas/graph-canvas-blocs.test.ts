import type { BoundingBox12, Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultViewState } from '../../analysis/view-state';
import { computeVisibility } from '../../analysis/visibility';
import { graphEmphasis, type GraphEmphasis } from '../../graph/graph-emphasis';
import { alignmentOf } from '../testing/alignment-fixture';
import { bundledIndex, laidOut, mount, unmountAll } from '../testing/fixture';
import './graph-canvas';
import type { GraphCanvas } from './graph-canvas';

afterEach(unmountAll);

const index = bundledIndex();
const visibility = computeVisibility(index, defaultViewState);
const plain = graphEmphasis({ visibility, path: undefined, comparison: undefined });
const analysis = alignmentOf(index);
const withBlocs = graphEmphasis({ visibility, path: undefined, comparison: undefined, blocs: analysis });

type Positions = Map<string, { x: number; y: number }>;
const positions = (cy: Core): Positions => new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }]));

async function canvasWith(emphasis: GraphEmphasis): Promise<{ canvas: GraphCanvas; cy: Core }> {
  const canvas = mount('graph-canvas', { data: index.dataset, emphasis });
  await canvas.updateComplete;
  await laidOut(canvas);
  return { canvas, cy: canvas.cy! };
}

/** Waits until no actor is moving (the blocs view animates its moves). */
async function settled(cy: Core): Promise<void> {
  await expect.poll(() => cy.nodes().toArray().some((node) => node.animated()), { timeout: 3000, interval: 50 }).toBe(false);
}

const body = (cy: Core, id: string): BoundingBox12 => cy.getElementById(id).boundingBox({ includeLabels: false, includeOverlays: false });

describe('<graph-canvas> in the blocs view', () => {
  it('places bloc A left of a vertical line and bloc B right of it, no two actors overlapping', async () => {
    const { canvas, cy } = await canvasWith(plain);
    canvas.emphasis = withBlocs;
    await canvas.updateComplete;
    await settled(cy);
    const [blocA, blocB] = analysis.blocs.blocs;
    expect(blocA.length).toBeGreaterThan(0);
    expect(blocB.length).toBeGreaterThan(0);
    const rightmostA = Math.max(...blocA.map((id) => body(cy, id).x2));
    const leftmostB = Math.min(...blocB.map((id) => body(cy, id).x1));
    expect(rightmostA).toBeLessThan(leftmostB);
    const boxes = cy.nodes().map((node) => ({ id: node.id(), box: node.boundingBox({ includeLabels: false, includeOverlays: false }) }));
    const clashes: string[] = [];
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) if (a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2) clashes.push(`${a.id} / ${b.id}`);
    });
    expect(clashes).toEqual([]);
    // Everything is on screen after the move.
    for (const node of cy.nodes()) {
      const box = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
      expect({ id: node.id(), inside: box.x1 >= 0 && box.x2 <= cy.width() && box.y1 >= 0 && box.y2 <= cy.height() }).toEqual({ id: node.id(), inside: true });
    }
  });

  it('gives the same placement every time, and returns to the normal layout when turned off', async () => {
    const first = await canvasWith(plain);
    const normal = positions(first.cy);
    first.canvas.emphasis = withBlocs;
    await first.canvas.updateComplete;
    await settled(first.cy);
    const placed = positions(first.cy);
    expect([...placed].some(([id, at]) => Math.abs(at.x - normal.get(id)!.x) > 1)).toBe(true);

    // Another graph, as the app does it (the analysis loads after the graph is drawn): the same picture.
    const second = await canvasWith(plain);
    second.canvas.emphasis = withBlocs;
    await second.canvas.updateComplete;
    await settled(second.cy);
    for (const [id, at] of positions(second.cy)) {
      expect(Math.abs(at.x - placed.get(id)!.x), id).toBeLessThanOrEqual(0.5);
      expect(Math.abs(at.y - placed.get(id)!.y), id).toBeLessThanOrEqual(0.5);
    }

    first.canvas.emphasis = plain;
    await first.canvas.updateComplete;
    await settled(first.cy);
    for (const [id, at] of positions(first.cy)) {
      expect(Math.abs(at.x - normal.get(id)!.x), id).toBeLessThanOrEqual(0.5);
      expect(Math.abs(at.y - normal.get(id)!.y), id).toBeLessThanOrEqual(0.5);
    }
  });

  it('restores a snapshot taken in the blocs view exactly, even while the analysis loads, and leaves it for the normal layout', async () => {
    const first = await canvasWith(plain);
    const normal = positions(first.cy);
    first.canvas.emphasis = withBlocs;
    await first.canvas.updateComplete;
    await settled(first.cy);
    const snapshot = first.canvas.captureViewport()!;

    const loading = graphEmphasis({ visibility, path: undefined, comparison: undefined, blocsView: true });
    const canvas = mount('graph-canvas', { data: index.dataset, emphasis: loading, viewport: snapshot });
    await canvas.updateComplete;
    const cy = canvas.cy!;
    canvas.emphasis = withBlocs;
    await canvas.updateComplete;
    await settled(cy);
    expect(Object.fromEntries(positions(cy))).toEqual(snapshot.positions);

    canvas.emphasis = plain;
    await canvas.updateComplete;
    await laidOut(canvas);
    await settled(cy);
    // The normal layout again (laid out anew, so compared around its centre).
    const centred = (list: Positions) => {
      const all = [...list.values()];
      const cx = all.reduce((sum, at) => sum + at.x, 0) / all.length;
      const cy0 = all.reduce((sum, at) => sum + at.y, 0) / all.length;
      return new Map([...list].map(([id, at]) => [id, { x: at.x - cx, y: at.y - cy0 }]));
    };
    const expected = centred(normal);
    for (const [id, at] of centred(positions(cy))) {
      expect(Math.abs(at.x - expected.get(id)!.x), id).toBeLessThanOrEqual(1);
      expect(Math.abs(at.y - expected.get(id)!.y), id).toBeLessThanOrEqual(1);
    }
  });
});
