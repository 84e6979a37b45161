import type { BoundingBox12, Core, EdgeSingular } from 'cytoscape';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStore } from '../../state/app-store';
import { bundledDataset, laidOut, mount, nextEvent, unmountAll } from '../testing/fixture';
import { edgesThroughBodies } from '../../graph/edge-obstruction';
import './graph-canvas';
import type { GraphCanvas } from './graph-canvas';

afterEach(unmountAll);

async function renderBundled(size?: { width: number; height: number }): Promise<{ canvas: GraphCanvas; cy: Core }> {
  const canvas = mount('graph-canvas', { data: bundledDataset() }, size);
  await canvas.updateComplete;
  await laidOut(canvas);
  const cy = canvas.cy;
  if (!cy) throw new Error('no Cytoscape instance');
  return { canvas, cy };
}

function overlaps(a: BoundingBox12, b: BoundingBox12): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

describe('<graph-canvas> on the bundled dataset', () => {
  it('steps back everything off a path as it does around a selection, and brings it back when the path goes', async () => {
    const { canvas, cy } = await renderBundled();
    const store = new AppStore();
    store.showDataset(bundledDataset(), 'bundled');
    store.setView({ path: { from: 'lavrov', to: 'odihr' } });
    canvas.emphasis = store.emphasis;
    await canvas.updateComplete;
    const onPath = store.pathResult!.actorIds;
    expect(onPath.size).toBeGreaterThan(1);
    for (const node of cy.nodes()) {
      expect(Number(node.style('opacity')), node.id()).toBe(onPath.has(node.id()) ? 1 : 0.4);
    }
    store.setView({ path: null });
    canvas.emphasis = store.emphasis;
    await canvas.updateComplete;
    expect(cy.$('.outside-highlight')).toHaveLength(0);
  });

  it('draws one node per actor and one edge per relation, with the same ids and ends, plus merged edges naming theirs', async () => {
    const dataset = bundledDataset();
    const { cy } = await renderBundled();
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual(dataset.actors.map((a) => a.id).sort());
    const single = cy.edges().filter((edge) => edge.data('relationIds') === undefined);
    expect(single.map((e) => e.id()).sort()).toEqual(dataset.relations.map((r) => r.id).sort());
    for (const relation of dataset.relations) {
      const edge = cy.getElementById(relation.id);
      expect([edge.source().id(), edge.target().id()]).toEqual([relation.source, relation.target]);
    }
    const relations = new Map(dataset.relations.map((relation) => [relation.id, relation]));
    for (const merged of cy.edges('.merged')) {
      const members = (merged.data('relationIds') as string[]).map((id) => relations.get(id)!);
      expect(members.length).toBeGreaterThan(1);
      for (const member of members) {
        expect(member.type).toBe(merged.data('type'));
        expect([member.source, member.target].sort()).toEqual([merged.source().id(), merged.target().id()].sort());
      }
    }
  });

  it('lays out the same picture every time', async () => {
    const first = await renderBundled();
    const second = await renderBundled();
    const positions = (cy: Core) => cy.nodes().map((n) => [n.id(), n.position('x'), n.position('y')] as const);
    expect(positions(second.cy)).toEqual(positions(first.cy));
    // Re-layout on a live graph gives the same picture (it may sit a few units over as a whole:
    // fitting it to the window takes that away), each actor within a pixel of where it was.
    await second.canvas.relayout();
    const centred = (list: (readonly [string, number, number])[]) => {
      const cx = list.reduce((sum, [, x]) => sum + x, 0) / list.length;
      const cy = list.reduce((sum, [, , y]) => sum + y, 0) / list.length;
      return list.map(([id, x, y]) => [id, x - cx, y - cy] as const);
    };
    const again = centred(positions(second.cy));
    centred(positions(first.cy)).forEach(([id, x, y], i) => {
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
    // Readable: every label shown is drawn at 11px or more on screen, and most are shown.
    const shown = cy.nodes().filter((node) => node.style('label') !== '');
    expect(shown.length).toBeGreaterThan(cy.nodes().length * 0.6);
    for (const node of shown) expect(cy.zoom() * parseFloat(String(node.style('font-size')))).toBeGreaterThanOrEqual(11);
  });

  it('draws parallel relations of one type as one edge with a count, wider the more it stands for', async () => {
    const { cy } = await renderBundled();
    const shownMerged = cy.edges('.merged').filter((edge) => edge.visible());
    expect(shownMerged.length).toBeGreaterThan(0);
    for (const merged of shownMerged) {
      const ids = merged.data('relationIds') as string[];
      expect(merged.style('label')).toBe(`${ids.length} ×`);
      for (const id of ids) expect(cy.getElementById(id).visible()).toBe(false);
    }
    const widest = shownMerged.max((edge) => (edge.data('relationIds') as string[]).length).ele;
    const narrowest = shownMerged.min((edge) => (edge.data('relationIds') as string[]).length).ele;
    if ((widest.data('relationIds') as string[]).length > (narrowest.data('relationIds') as string[]).length) {
      expect(parseFloat(String(widest.style('width')))).toBeGreaterThan(parseFloat(String(narrowest.style('width'))));
    }
    expect(parseFloat(String(narrowest.style('width')))).toBeGreaterThan(3);
    // No two visible edges of one type run between the same pair any more.
    const seen = new Set<string>();
    for (const edge of cy.edges().filter((e) => e.visible())) {
      const key = JSON.stringify([edge.data('type'), edge.data('directed'), edge.source().id(), edge.target().id()]);
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });

  it('reports a tap on a merged edge as the selection of all its relations, and shows it selected', async () => {
    const { canvas, cy } = await renderBundled();
    const merged = cy.edges('.merged').filter((edge) => edge.visible()).first();
    const ids = merged.data('relationIds') as string[];
    const selected = nextEvent(canvas, 'entente-select');
    merged.emit('tap');
    const selection = (await selected).detail.selection;
    expect(selection).toEqual({ kind: 'relation', id: ids[0], relationIds: ids });
    canvas.selection = selection;
    await canvas.updateComplete;
    expect(cy.$('.selected').map((e) => e.id())).toEqual([merged.id()]);
    // A relation picked elsewhere (the table) that is drawn through a merged edge lights that edge up.
    canvas.selection = { kind: 'relation', id: ids[1]! };
    await canvas.updateComplete;
    expect(cy.$('.selected').map((e) => e.id())).toEqual([merged.id()]);
  });

  it('splits merged edges into separate curves when asked, or when zoomed in far enough', async () => {
    const { canvas, cy } = await renderBundled();
    const merged = cy.edges('.merged').filter((edge) => edge.visible()).first();
    const ids = merged.data('relationIds') as string[];
    const distinctCurves = () => {
      const parallel = ids.map((id) => cy.getElementById(id) as EdgeSingular);
      return parallel.every((edge) => edge.visible()) && new Set(parallel.map((edge) => `${Math.round(edge.midpoint().x)},${Math.round(edge.midpoint().y)}`)).size === ids.length;
    };
    expect(distinctCurves()).toBe(false);
    const toggle = canvas.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Show each relation"]')!;
    toggle.click();
    await canvas.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    // What the next frame draws (Cytoscape restyles lazily; curves are routed when drawn).
    await new Promise(requestAnimationFrame);
    expect(merged.visible()).toBe(false);
    expect(distinctCurves()).toBe(true);
    toggle.click();
    await canvas.updateComplete;
    await new Promise(requestAnimationFrame);
    expect(merged.visible()).toBe(true);
    cy.zoom({ level: 1.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    await new Promise(requestAnimationFrame);
    expect(merged.visible()).toBe(false);
    expect(distinctCurves()).toBe(true);
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
    // The walk's code loads when the graph takes focus: the first step may come a moment later.
    await expect.poll(() => live?.textContent).toContain(`Actor ${firstActor.name}`);
    await userEvent.keyboard('{ArrowDown}');
    expect(live?.textContent).toMatch(/^(Relation: |\d+ [a-z]+ relations: )/);
    const focused = cy.$('.keyboard-focus');
    expect(focused.length === 1 && focused.isEdge()).toBe(true);
    const selected = nextEvent(canvas, 'entente-select');
    await userEvent.keyboard('{Enter}');
    expect((await selected).detail.selection).toEqual({ kind: 'relation', id: focused.id() });
  });

  it('highlights an actor\'s neighbourhood and shows a pointer when the mouse really hovers it', async () => {
    const { canvas, cy } = await renderBundled();
    const container = canvas.shadowRoot!.querySelector<HTMLElement>('.cy')!;
    const node = cy.getElementById('kazakhstan');
    const at = node.renderedPosition();
    await userEvent.hover(container, { position: { x: Math.round(at.x), y: Math.round(at.y) } });
    await expect.poll(() => node.hasClass('neighbourhood')).toBe(true);
    const neighbour = node.neighborhood('node').first();
    expect(neighbour.hasClass('neighbourhood')).toBe(true);
    expect(neighbour.hasClass('faded')).toBe(false);
    const stranger = cy.nodes().not(node.closedNeighborhood()).first();
    expect(stranger.hasClass('faded')).toBe(true);
    expect(getComputedStyle(container).cursor).toBe('pointer');
    await userEvent.hover(container, { position: { x: 2, y: 2 } });
    await expect.poll(() => cy.$('.faded, .neighbourhood').length).toBe(0);
    expect(getComputedStyle(container).cursor).toBe('auto');
  });

  it('labels an edge while the mouse hovers it', async () => {
    const { canvas, cy } = await renderBundled();
    const container = canvas.shadowRoot!.querySelector<HTMLElement>('.cy')!;
    const edge = cy.getElementById('lavrov-defends-kazakhstan-2007');
    expect(edge.style('label')).toBe('');
    const at = edge.renderedMidpoint();
    await userEvent.hover(container, { position: { x: Math.round(at.x), y: Math.round(at.y) } });
    await expect.poll(() => edge.hasClass('hovered')).toBe(true);
    expect(edge.style('label')).toBe(String(edge.data('label')));
    expect(getComputedStyle(container).cursor).toBe('pointer');
  });

  it('keeps labels between 11 and 18px on screen while zooming, hiding only colliding ones of lesser actors', async () => {
    const { canvas, cy } = await renderBundled({ width: 1280, height: 720 });
    const zoomIn = canvas.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!;
    const zoomOut = canvas.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Zoom out"]')!;
    for (const button of [zoomIn, zoomIn, zoomIn, zoomIn, zoomOut, zoomOut, zoomOut, zoomOut, zoomOut, zoomOut]) {
      button.click();
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      const shown = cy.nodes().filter((node) => node.style('label') !== '');
      for (const node of shown) {
        const onScreen = cy.zoom() * parseFloat(String(node.style('font-size')));
        expect(onScreen).toBeGreaterThanOrEqual(11);
        expect(onScreen).toBeLessThanOrEqual(18);
      }
      const hub = cy.nodes().max((node) => Number(node.data('degree'))).ele;
      expect(hub.style('label')).not.toBe('');
    }
  });

  it('sizes labels to 11-18px on screen once a wheel zoom stops', async () => {
    const { canvas, cy } = await renderBundled({ width: 1280, height: 720 });
    const container = canvas.shadowRoot!.querySelector<HTMLElement>('.cy')!;
    const box = container.getBoundingClientRect();
    const onScreen = () => cy.nodes().filter((node) => node.style('label') !== '').map((node) => cy.zoom() * parseFloat(String(node.style('font-size'))));
    for (const deltaY of [-100, -100, -100, -100, -100, 100, 100, 100, 100, 100, 100, 100, 100, 100]) {
      const zoomBefore = cy.zoom();
      container.dispatchEvent(new WheelEvent('wheel', { deltaY, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true, cancelable: true }));
      expect(cy.zoom()).not.toBe(zoomBefore);
      await new Promise(requestAnimationFrame);
    }
    await expect.poll(() => Math.min(...onScreen())).toBeGreaterThanOrEqual(11);
    expect(Math.max(...onScreen())).toBeLessThanOrEqual(18);
  });

  it('draws the short name on the canvas and the full name on hover', async () => {
    const dataset = bundledDataset();
    const data = { ...dataset, actors: dataset.actors.map((actor) => (actor.id === 'osce' ? { ...actor, shortName: 'OSCE' } : actor)) };
    const canvas = mount('graph-canvas', { data });
    await canvas.updateComplete;
    await laidOut(canvas);
    const cy = canvas.cy!;
    const osce = cy.getElementById('osce');
    expect(osce.style('label')).toBe('OSCE');
    const container = canvas.shadowRoot!.querySelector<HTMLElement>('.cy')!;
    const at = osce.renderedPosition();
    await userEvent.hover(container, { position: { x: Math.round(at.x), y: Math.round(at.y) } });
    await expect.poll(() => String(osce.style('label'))).toBe(dataset.actors.find((actor) => actor.id === 'osce')!.name);
  });

  for (const size of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
    { width: 1200, height: 800 },
  ]) {
    it(`draws at most 2 lines between actors through a third actor's body at ${size.width}x${size.height}`, async () => {
      const { cy } = await renderBundled(size);
      const bodies = cy.nodes().map((node) => ({ id: node.id(), ...node.position(), width: node.outerWidth(), height: node.outerHeight() }));
      // One straight line per connected pair, as a merged edge or the middle of a fan of curves runs.
      const pairs = new Map(bundledDataset().relations.map((r) => [[r.source, r.target].sort().join(' '), r]));
      const lines = [...pairs].map(([id, r]) => ({ id, source: r.source, target: r.target }));
      const through = new Set(edgesThroughBodies(bodies, lines).map((found) => found.edge));
      expect(through.size).toBeLessThanOrEqual(2);
    });
  }

  it('marks the keyboard\'s place at 3:1 contrast, and is named with what it shows, its canvases hidden', async () => {
    const { canvas, cy } = await renderBundled();
    const dataset = bundledDataset();
    const frame = canvas.shadowRoot!.querySelector<HTMLElement>('.frame')!;
    expect(frame.getAttribute('aria-label')).toMatch(new RegExp(`^Actor graph: ${dataset.actors.length} actors, ${dataset.relations.length} relations shown\\.`));
    expect(canvas.shadowRoot!.querySelector('.cy')?.getAttribute('aria-hidden')).toBe('true');
    frame.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => cy.$('node.keyboard-focus').length).toBe(1);
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
