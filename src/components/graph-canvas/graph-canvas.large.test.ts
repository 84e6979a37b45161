import type { Core, NodeSingular } from 'cytoscape';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDataset, profileOf } from '../../../bench/generate-dataset';
import { largeGraphActors, overviewLabelCount } from '../../graph/level-of-detail';
import { maxLabelPx, minLabelPx } from '../../graph/label-sizing';
import { bundledDataset, mount, nextEvent, unmountAll } from '../testing/fixture';
import './graph-canvas';
import type { GraphCanvas } from './graph-canvas';

afterEach(unmountAll);

const largeDataset = () => generateDataset({ size: { actors: largeGraphActors + 100, relations: 1100 }, profile: profileOf(bundledDataset()) });

function status(canvas: GraphCanvas): string {
  return canvas.shadowRoot?.querySelector('[role="status"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
}

async function until(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const spreadOut = (cy: Core) => new Set(cy.nodes().map((node) => `${Math.round(node.position('x'))},${Math.round(node.position('y'))}`)).size === cy.nodes().length;

describe('<graph-canvas> on a large dataset', () => {
  it('lays it out in a worker while a status says so, then shows every actor apart, the same picture each time', { timeout: 180_000 }, async () => {
    const runs: (readonly [string, number, number])[][] = [];
    for (let run = 0; run < 2; run++) {
      const canvas = mount('graph-canvas', { data: largeDataset() }, { width: 1200, height: 800 });
      await canvas.updateComplete;
      await until(() => status(canvas) !== '', 5000);
      expect(status(canvas)).toContain(`Laying out ${largeGraphActors + 100} actors`);
      const cy = canvas.cy!;
      await until(() => status(canvas) === '');
      expect(spreadOut(cy)).toBe(true);
      // Every actor's body is apart from every other.
      const boxes = cy.nodes().map((node) => node.boundingBox({ includeLabels: false }));
      const sorted = [...boxes].sort((a, b) => a.x1 - b.x1);
      for (let i = 0; i < sorted.length; i++) {
        for (let j = i + 1; j < sorted.length && sorted[j]!.x1 < sorted[i]!.x2; j++) {
          const [a, b] = [sorted[i]!, sorted[j]!];
          expect(a.y1 < b.y2 && b.y1 < a.y2).toBe(false);
        }
      }
      runs.push(cy.nodes().map((node) => [node.id(), node.position('x'), node.position('y')] as const));
      unmountAll();
    }
    expect(runs[1]).toEqual(runs[0]);
  });

  it('cancels a running layout and still shows every actor', { timeout: 60_000 }, async () => {
    const canvas = mount('graph-canvas', { data: largeDataset() }, { width: 1200, height: 800 });
    await canvas.updateComplete;
    await until(() => status(canvas) !== '', 5000);
    canvas.shadowRoot!.querySelector<HTMLButtonElement>('[role="status"] button')!.click();
    await canvas.updateComplete;
    expect(status(canvas)).toBe('');
    expect(spreadOut(canvas.cy!)).toBe(true);
  });

  it('zoomed out, draws simple edges and labels only for the most connected actors', { timeout: 120_000 }, async () => {
    const canvas = mount('graph-canvas', { data: largeDataset() }, { width: 1200, height: 800 });
    await canvas.updateComplete;
    // The load has started (its status shows) and ended (it is gone): the graph is all in.
    await until(() => status(canvas) !== '', 5000);
    await until(() => status(canvas) === '' && spreadOut(canvas.cy!));
    const cy = canvas.cy!;
    cy.zoom({ level: 0.3, renderedPosition: { x: 600, y: 400 } });
    await until(() => cy.edges('.simple').length > 0, 5000);
    await until(() => cy.nodes().filter((node) => node.style('label') !== '').length <= overviewLabelCount, 5000);
    expect(cy.edges().filter((edge) => edge.visible() && edge.style('curve-style') !== 'haystack').length).toBe(0);
    const labelled = cy.nodes().filter((node) => node.style('label') !== '');
    expect(labelled.length).toBeGreaterThan(0);
    // Only actors among the most connected keep a label.
    const degrees = cy.nodes().map((node) => Number(node.data('degree'))).sort((a, b) => b - a);
    const cutoff = degrees[overviewLabelCount - 1] ?? 0;
    for (const node of labelled) expect(Number(node.data('degree'))).toBeGreaterThanOrEqual(cutoff);
  });

  it('sizes every label that shows for the zoom, including one that comes back on hover', { timeout: 120_000 }, async () => {
    const canvas = mount('graph-canvas', { data: largeDataset() }, { width: 1200, height: 800 });
    await canvas.updateComplete;
    // The load has started (its status shows) and ended (it is gone): the graph is all in.
    await until(() => status(canvas) !== '', 5000);
    await until(() => status(canvas) === '' && spreadOut(canvas.cy!));
    const cy = canvas.cy!;
    const onScreenPx = (node: NodeSingular) => parseFloat(String(node.style('font-size'))) * cy.zoom();
    const missized = () => cy.nodes().filter((node) => node.style('label') !== '' && (onScreenPx(node) < minLabelPx - 0.5 || onScreenPx(node) > maxLabelPx + 0.5));
    for (const zoom of [0.25, 0.6, 1.4]) {
      cy.zoom({ level: zoom, renderedPosition: { x: 600, y: 400 } });
      await until(() => missized().empty(), 5000);
    }
    cy.zoom({ level: 0.25, renderedPosition: { x: 600, y: 400 } });
    await until(() => missized().empty() && cy.nodes('.label-hidden').nonempty(), 5000);
    const stepped = cy.nodes('.label-hidden').first();
    stepped.emit('mouseover');
    // In a large graph the highlight waits for the pointer to rest.
    await until(() => stepped.style('label') !== '', 2000);
    expect(onScreenPx(stepped)).toBeGreaterThanOrEqual(minLabelPx - 0.5);
    expect(onScreenPx(stepped)).toBeLessThanOrEqual(maxLabelPx + 0.5);
  });

  it('highlights a hovered actor once the pointer rests, without fading the rest, and not while the view moves', { timeout: 120_000 }, async () => {
    const canvas = mount('graph-canvas', { data: largeDataset() }, { width: 1200, height: 800 });
    await canvas.updateComplete;
    await until(() => status(canvas) !== '', 5000);
    await until(() => status(canvas) === '' && spreadOut(canvas.cy!));
    const cy = canvas.cy!;
    const hub = cy.nodes().max((node) => Number(node.data('degree'))).ele;
    const container = canvas.shadowRoot!.querySelector<HTMLElement>('.cy')!;
    // A pointer that comes to rest on the hub.
    hub.emit('mouseover');
    expect(getComputedStyle(container).cursor).toBe('pointer');
    await until(() => hub.hasClass('neighbourhood'), 2000);
    expect(hub.neighborhood().nodes().not('.neighbourhood')).toHaveLength(0);
    expect(cy.$('.faded')).toHaveLength(0);
    hub.emit('mouseout');
    expect(cy.$('.neighbourhood, .hovered')).toHaveLength(0);
    // The view zooming under a still pointer: the actor passing under it is not highlighted.
    hub.emit('mouseover');
    cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: { x: 600, y: 400 } });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(cy.$('.neighbourhood, .hovered')).toHaveLength(0);
  });

  it('with the real mouse: the actor the pointer comes to rest on is highlighted, with a pointer cursor, and a click selects it', { timeout: 120_000 }, async () => {
    const canvas = mount('graph-canvas', { data: largeDataset() }, { width: 1200, height: 800 });
    await canvas.updateComplete;
    await until(() => status(canvas) !== '', 5000);
    await until(() => status(canvas) === '' && spreadOut(canvas.cy!));
    const cy = canvas.cy!;
    const container = canvas.shadowRoot!.querySelector<HTMLElement>('.cy')!;
    const pointAt = (node: NodeSingular) => {
      const at = node.renderedPosition();
      return { x: Math.round(at.x), y: Math.round(at.y) };
    };
    const byDegree = cy.nodes().sort((a, b) => Number(b.data('degree')) - Number(a.data('degree')));
    const [hub, other] = [byDegree[0]!, byDegree[1]!];
    // The pointer passes over one actor on its way to another, where it rests.
    await userEvent.hover(container, { position: pointAt(other) });
    await userEvent.hover(container, { position: pointAt(hub) });
    await until(() => hub.hasClass('neighbourhood'), 5000);
    expect(hub.hasClass('hovered')).toBe(true);
    expect(other.hasClass('hovered')).toBe(false);
    expect(getComputedStyle(container).cursor).toBe('pointer');
    const selected = nextEvent(canvas, 'entente-select');
    await userEvent.click(container, { position: pointAt(hub) });
    expect((await selected).detail.selection).toEqual({ kind: 'actor', id: hub.id() });
    // Away from every actor and relation, the mark and the pointer cursor go.
    await userEvent.hover(container, { position: { x: 3, y: 3 } });
    await until(() => cy.$('.hovered, .neighbourhood').empty(), 5000);
    expect(getComputedStyle(container).cursor).toBe('auto');
  });

  it("puts a large dataset where a snapshot's viewport says, rather than where the layout would", { timeout: 60_000 }, async () => {
    const data = largeDataset();
    const positions = Object.fromEntries(data.actors.map((actor, i) => [actor.id, { x: (i % 20) * 150, y: Math.floor(i / 20) * 120 }]));
    const canvas = mount('graph-canvas', { data, viewport: { positions, zoom: 0.4, pan: { x: 30, y: 20 } } }, { width: 1200, height: 800 });
    await canvas.updateComplete;
    await until(() => status(canvas) === '' && canvas.cy!.nodes().length === data.actors.length);
    const cy = canvas.cy!;
    expect(cy.nodes().map((node) => node.position())).toEqual(data.actors.map((actor) => positions[actor.id]));
    expect({ zoom: cy.zoom(), pan: cy.pan() }).toEqual({ zoom: 0.4, pan: { x: 30, y: 20 } });
  });
});
