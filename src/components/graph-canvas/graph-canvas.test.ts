import type { BoundingBox12, Core, EdgeSingular } from 'cytoscape';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledDataset, mount, nextEvent, unmountAll } from '../testing/fixture';
import './graph-canvas';
import type { GraphCanvas } from './graph-canvas';

afterEach(unmountAll);

async function renderBundled(size?: { width: number; height: number }): Promise<{ canvas: GraphCanvas; cy: Core }> {
  const canvas = mount('graph-canvas', { data: bundledDataset() }, size);
  await canvas.updateComplete;
  const cy = canvas.cy;
  if (!cy) throw new Error('no Cytoscape instance');
  return { canvas, cy };
}

function overlaps(a: BoundingBox12, b: BoundingBox12): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

describe('<graph-canvas> on the bundled dataset', () => {
  it('draws one node per actor and one edge per relation, with the same ids and ends', async () => {
    const dataset = bundledDataset();
    const { cy } = await renderBundled();
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual(dataset.actors.map((a) => a.id).sort());
    expect(cy.edges().map((e) => e.id()).sort()).toEqual(dataset.relations.map((r) => r.id).sort());
    for (const relation of dataset.relations) {
      const edge = cy.getElementById(relation.id);
      expect([edge.source().id(), edge.target().id()]).toEqual([relation.source, relation.target]);
    }
  });

  it('lays out the same picture every time', async () => {
    const first = await renderBundled();
    const second = await renderBundled();
    const positions = (cy: Core) => cy.nodes().map((n) => [n.id(), n.position('x'), n.position('y')] as const);
    expect(positions(second.cy)).toEqual(positions(first.cy));
    // Re-layout on a live graph gives the same picture, to within a pixel.
    second.canvas.relayout();
    const again = positions(second.cy);
    positions(first.cy).forEach(([id, x, y], i) => {
      expect(again[i]?.[0]).toBe(id);
      expect(Math.abs((again[i]?.[1] ?? Infinity) - x)).toBeLessThanOrEqual(1);
      expect(Math.abs((again[i]?.[2] ?? Infinity) - y)).toBeLessThanOrEqual(1);
    });
  });

  it('puts the nodes, zoom and pan where a viewport property says, instead of laying out', async () => {
    const first = await renderBundled();
    const saved = first.canvas.captureViewport()!;
    const viewport = { positions: { ...saved.positions, greece: { x: 1234, y: -321 } }, zoom: 1.7, pan: { x: 12, y: 34 } };
    const canvas = mount('graph-canvas', { data: bundledDataset(), viewport });
    await canvas.updateComplete;
    const cy = canvas.cy!;
    expect(Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()]))).toEqual(viewport.positions);
    expect({ zoom: cy.zoom(), pan: cy.pan() }).toEqual({ zoom: 1.7, pan: { x: 12, y: 34 } });
    // Restoring again on a graph already on show moves it back where the viewport says.
    cy.getElementById('greece').position({ x: 0, y: 0 });
    canvas.viewport = { ...viewport, zoom: 0.9 };
    await canvas.updateComplete;
    expect(cy.getElementById('greece').position()).toEqual({ x: 1234, y: -321 });
    expect(cy.zoom()).toBe(0.9);
  });

  it('fits the window with no two nodes or labels overlapping', async () => {
    const { cy } = await renderBundled();
    const boxes = cy.nodes().map((node) => ({ id: node.id(), box: node.renderedBoundingBox({ includeLabels: true, includeOverlays: false }) }));
    const clashes: string[] = [];
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) if (overlaps(a.box, b.box)) clashes.push(`${a.id} / ${b.id}`);
    });
    expect(clashes).toEqual([]);
    for (const { id, box } of boxes) {
      expect({ id, inside: box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height() }).toEqual({ id, inside: true });
    }
    // Readable: labels are drawn at 9px or more on screen.
    expect(cy.zoom() * 13).toBeGreaterThanOrEqual(9);
  });

  it('draws several relations between one pair as separate curves', async () => {
    const { cy } = await renderBundled();
    const parallel = cy.edges().filter((edge) => edge.parallelEdges().length > 1).toArray() as EdgeSingular[];
    expect(parallel.length).toBeGreaterThan(1);
    const midpoints = new Set(parallel.map((edge) => `${Math.round(edge.midpoint().x)},${Math.round(edge.midpoint().y)}`));
    expect(midpoints.size).toBe(parallel.length);
  });

  it('shapes and colours nodes by kind, sizes them by degree, and arrows only directed relations', async () => {
    const { cy } = await renderBundled();
    expect(cy.getElementById('kazakhstan').style('shape')).toBe('rectangle');
    expect(cy.getElementById('osce').style('shape')).toBe('hexagon');
    expect(cy.getElementById('lavrov').style('shape')).toBe('ellipse');
    expect(cy.getElementById('russian-diplomats').style('shape')).toBe('diamond');
    expect(cy.getElementById('kazakhstan').width()).toBeGreaterThan(cy.getElementById('greece').width());
    const directed = cy.edges().filter((e) => e.data('directed') === true && e.data('type') === 'support').first();
    const undirected = cy.edges().filter((e) => e.data('directed') === false).first();
    expect(directed.style('target-arrow-shape')).toBe('triangle');
    expect(undirected.style('target-arrow-shape')).toBe('none');
    const opposition = cy.edges('.type-opposition').first();
    expect(opposition.style('line-style')).toBe('dashed');
    expect(opposition.style('line-color')).not.toBe(directed.style('line-color'));
  });

  it('reports a tap on an edge as the selection of that relation', async () => {
    const { canvas, cy } = await renderBundled();
    const selected = nextEvent(canvas, 'entente-select');
    cy.getElementById('lavrov-defends-kazakhstan-2007').emit('tap');
    expect((await selected).detail.selection).toEqual({ kind: 'relation', id: 'lavrov-defends-kazakhstan-2007' });
  });

  it('shows the selection it is given, and dims the rest', async () => {
    const { canvas, cy } = await renderBundled();
    canvas.selection = { kind: 'actor', id: 'lavrov' };
    await canvas.updateComplete;
    expect(cy.$('.selected').map((e) => e.id())).toEqual(['lavrov']);
    expect(cy.getElementById('kazakhstan').hasClass('outside-selection')).toBe(false);
    expect(cy.getElementById('greece').hasClass('outside-selection')).toBe(true);
    canvas.selection = null;
    await canvas.updateComplete;
    expect(cy.$('.selected, .outside-selection').length).toBe(0);
  });

  it('can be walked by keyboard: arrows move through actors and relations, Enter selects', async () => {
    const { canvas, cy } = await renderBundled();
    const frame = canvas.shadowRoot?.querySelector<HTMLElement>('.frame');
    frame?.focus();
    await userEvent.keyboard('{ArrowRight}');
    const live = canvas.shadowRoot?.querySelector('[aria-live]');
    const firstActor = [...bundledDataset().actors].sort((a, b) => a.name.localeCompare(b.name))[0]!;
    expect(live?.textContent).toContain(`Actor ${firstActor.name}`);
    await userEvent.keyboard('{ArrowDown}');
    expect(live?.textContent).toMatch(/^Relation: /);
    const focused = cy.$('.keyboard-focus');
    expect(focused.length === 1 && focused.isEdge()).toBe(true);
    const selected = nextEvent(canvas, 'entente-select');
    await userEvent.keyboard('{Enter}');
    expect((await selected).detail.selection).toEqual({ kind: 'relation', id: focused.id() });
  });

  it('marks the keyboard\'s place at 3:1 contrast, and is named with what it shows, its canvases hidden', async () => {
    const { canvas, cy } = await renderBundled();
    const dataset = bundledDataset();
    const frame = canvas.shadowRoot!.querySelector<HTMLElement>('.frame')!;
    expect(frame.getAttribute('aria-label')).toMatch(new RegExp(`^Actor graph: ${dataset.actors.length} actors, ${dataset.relations.length} relations shown\\.`));
    expect(canvas.shadowRoot!.querySelector('.cy')?.getAttribute('aria-hidden')).toBe('true');
    frame.focus();
    await userEvent.keyboard('{ArrowRight}');
    const node = cy.$('node.keyboard-focus');
    expect(Number.parseFloat(String(node.style('outline-width')))).toBeGreaterThanOrEqual(2);
    const channels = String(node.style('outline-color')).match(/\d+/g)!.map(Number);
    const luminance = (value: number) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const [r, g, b] = channels.map(luminance) as [number, number, number];
    const contrastWithWhite = 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
    expect(contrastWithWhite).toBeGreaterThanOrEqual(3);
  });
});
