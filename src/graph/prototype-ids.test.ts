/**
 * A graph whose actor and relation ids name Object.prototype's properties (`constructor`,
 * `tostring`...) lays out like any other: every node placed, none on another, no error.
 */
import type { Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../model/schema';
import { prototypeActorDataset, prototypeRelationDataset, prototypeSlugs } from '../model/testing/prototype-ids';
import { laidOut, mount, unmountAll } from '../components/testing/fixture';
import '../components/graph-canvas/graph-canvas';
import type { GraphCanvas } from '../components/graph-canvas/graph-canvas';
import { maxActorsForProof } from './layout-thresholds';

const errors: string[] = [];
const recordError = (event: ErrorEvent) => errors.push(event.message);
const recordRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));

beforeEach(() => {
  errors.length = 0;
  window.addEventListener('error', recordError);
  window.addEventListener('unhandledrejection', recordRejection);
});

afterEach(() => {
  window.removeEventListener('error', recordError);
  window.removeEventListener('unhandledrejection', recordRejection);
  unmountAll();
});

const layoutStatus = (canvas: GraphCanvas) => canvas.shadowRoot?.querySelector('[role="status"]')?.textContent.trim() ?? '';

async function mountCanvas(data: Dataset): Promise<{ canvas: GraphCanvas; cy: Core }> {
  const canvas = mount('graph-canvas', { data });
  await canvas.updateComplete;
  await laidOut(canvas);
  // Let any error thrown after the layout (a listener) surface before checking.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const cy = canvas.cy;
  if (!cy) throw new Error('no Cytoscape instance');
  return { canvas, cy };
}

async function draw(data: Dataset): Promise<Core> {
  return (await mountCanvas(data)).cy;
}

/** Pairs of nodes whose centres are closer than `gap` model pixels. */
function crowded(cy: Core, gap: number): string[] {
  const nodes = cy.nodes().toArray();
  return nodes.flatMap((a, i) =>
    nodes.slice(i + 1).flatMap((b) => {
      const dx = a.position('x') - b.position('x');
      const dy = a.position('y') - b.position('y');
      return Math.hypot(dx, dy) < gap ? [`${a.id()} / ${b.id()}`] : [];
    }),
  );
}

describe('ids named after Object.prototype properties on the graph', () => {
  it('places every actor apart from every other, with no error', async () => {
    const cy = await draw(prototypeActorDataset());
    expect(cy.nodes().map((node) => node.id())).toEqual([...prototypeSlugs, 'loner']);
    for (const node of cy.nodes()) expect({ id: node.id(), x: Number.isFinite(node.position('x')), y: Number.isFinite(node.position('y')) }).toEqual({ id: node.id(), x: true, y: true });
    expect(crowded(cy, 30)).toEqual([]);
    // The picture is fitted into the view: every node is on screen.
    for (const node of cy.nodes()) {
      const { x, y } = node.renderedPosition();
      expect({ id: node.id(), inside: x >= 0 && y >= 0 && x <= cy.width() && y <= cy.height() }).toEqual({ id: node.id(), inside: true });
    }
    expect(errors).toEqual([]);
  });

  it('draws relations named after them between the right actors', async () => {
    const dataset = prototypeRelationDataset();
    const cy = await draw(dataset);
    expect(cy.edges().map((edge) => edge.id())).toEqual(prototypeSlugs);
    for (const relation of dataset.relations) {
      const edge = cy.getElementById(relation.id);
      expect([edge.source().id(), edge.target().id()]).toEqual([relation.source, relation.target]);
    }
    expect(crowded(cy, 30)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('lays out again and restores a snapshot viewport that leaves constructor out, without moving it', async () => {
    const { canvas, cy } = await mountCanvas(prototypeActorDataset());
    await canvas.relayout();
    expect(crowded(cy, 30)).toEqual([]);
    const before = { ...cy.getElementById('constructor').position() };
    const viewport = canvas.captureViewport();
    if (!viewport) throw new Error('no viewport');
    const { constructor: _left, ...others } = viewport.positions;
    canvas.viewport = { ...viewport, positions: others };
    await canvas.updateComplete;
    expect(cy.getElementById('constructor').position()).toEqual(before);
    expect(errors).toEqual([]);
  });

  it('lays them out through the worker in a graph too large for the page, each at its own finite place', { timeout: 120_000 }, async () => {
    // The prototype names (and `prototype` itself) among enough other actors to go to the worker.
    const base = prototypeActorDataset();
    const fillers = Array.from({ length: maxActorsForProof + 20 }, (_, i) => `filler-${i}`);
    const ids = [...prototypeSlugs, 'prototype', ...fillers];
    const data: Dataset = {
      ...base,
      actors: ids.map((id) => ({ id, name: `The ${id}`, kind: 'organization', aliases: [], description: '' })),
      relations: ids.map((id, i) => ({ ...base.relations[0]!, id: `link-${i}`, source: id, target: ids[(i + 7) % ids.length]! })),
    };
    const canvas = mount('graph-canvas', { data });
    await canvas.updateComplete;
    const status = () => layoutStatus(canvas);
    const start = performance.now();
    while (status() === '' && performance.now() - start < 5000) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(status()).toContain(`Laying out ${ids.length} actors`);
    while (status() !== '' && performance.now() - start < 100_000) await new Promise((resolve) => setTimeout(resolve, 50));
    const cy = canvas.cy!;
    expect(cy.nodes().map((node) => node.id())).toEqual(ids);
    for (const id of [...prototypeSlugs, 'prototype']) {
      const { x, y } = cy.getElementById(id).position();
      expect({ id, x: Number.isFinite(x), y: Number.isFinite(y) }).toEqual({ id, x: true, y: true });
    }
    expect(crowded(cy, 20)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
