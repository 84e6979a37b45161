import { afterEach, describe, expect, it } from 'vitest';
import { bundledDataset, mount, unmountAll } from '../components/testing/fixture';
import '../components/graph-canvas/graph-canvas';
import type { ImageOptions } from './image-export';

afterEach(unmountAll);

async function pixels(blob: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** Rows (from `from` to `to`) that hold any pixel that is not plain white. */
function inkedRows(image: ImageData, from: number, to: number): number {
  let rows = 0;
  for (let y = from; y < to; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      if (image.data[i]! < 250 || image.data[i + 1]! < 250 || image.data[i + 2]! < 250) {
        rows++;
        break;
      }
    }
  }
  return rows;
}

describe('PNG export', () => {
  it('draws the legend and credit line below the graph, leaving the graph as it is', async () => {
    const canvas = mount('graph-canvas', { data: bundledDataset() });
    await canvas.updateComplete;
    const base: ImageOptions = { scope: 'full', scale: 1, background: 'white', footer: { legend: null, credit: null } };
    const graphOnly = await pixels(await canvas.png(base));
    const withFooter = await pixels(
      await canvas.png({ ...base, footer: { legend: { kindCounts: { state: 3, person: 2 }, typeCounts: { support: 4 } }, credit: 'Credit line for the test' } }),
    );
    expect(withFooter.width).toBe(graphOnly.width);
    expect(withFooter.height).toBeGreaterThan(graphOnly.height + 20);
    // The top is the graph, pixel for pixel: nothing of the footer is painted over it.
    const top = withFooter.data.subarray(0, graphOnly.data.length);
    let differing = 0;
    for (let i = 0; i < top.length; i++) if (top[i] !== graphOnly.data[i]) differing++;
    expect(differing).toBe(0);
    // And the strip under it holds the footer's marks and text.
    expect(inkedRows(withFooter, graphOnly.height, withFooter.height)).toBeGreaterThan(10);
  });
});
