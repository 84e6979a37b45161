/** The layout runs in a Web Worker; where none can run, the page runs the same layout: the same picture. */
import { describe, expect, it } from 'vitest';
import { layoutOffMainThread } from './layout-worker-client';
import { layoutSeed } from './layout-thresholds';
import type { LayoutRequest } from './offscreen-layout';

/** A small graph (proof quality, line clearing): two hubs, a ring, labels below each body. */
function smallGraph(): LayoutRequest {
  const count = 24;
  const nodes = Array.from({ length: count }, (_, i) => {
    const size = i < 2 ? 60 : 24;
    return { width: Math.max(size, 50 + (i % 4) * 12), height: size + 18, offsetX: 0, offsetY: 9, bodyWidth: size, bodyHeight: size };
  });
  const edges = Array.from({ length: count }, (_, i) => [i % 2, (i + 2) % count] as const).concat(Array.from({ length: count - 3 }, (_, i) => [i + 2, i + 3] as const));
  return { nodes, edges, aspect: 16 / 9, seed: layoutSeed };
}

describe('layoutOffMainThread', () => {
  it('gives the same positions from the worker, without one (the constructor throws), and when the worker fails', { timeout: 60_000 }, async () => {
    const request = smallGraph();
    const inWorker = Array.from(await layoutOffMainThread(request).done);
    expect(inWorker).toHaveLength(2 * request.nodes.length);
    expect(inWorker.every(Number.isFinite)).toBe(true);
    expect(new Set(inWorker).size).toBeGreaterThan(request.nodes.length);
    const noWorker = () => {
      throw new Error('workers are not allowed here');
    };
    expect(Array.from(await layoutOffMainThread(request, noWorker).done)).toEqual(inWorker);
    const brokenWorker = () => new Worker(new URL('./no-such-layout.worker.js', import.meta.url), { type: 'module' });
    expect(Array.from(await layoutOffMainThread(request, brokenWorker).done)).toEqual(inWorker);
  });

  it('rejects as cancelled once cancelled', async () => {
    const job = layoutOffMainThread(smallGraph());
    job.cancel();
    await expect(job.done).rejects.toThrow('cancelled');
  });
});
