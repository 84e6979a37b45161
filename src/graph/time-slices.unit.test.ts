import { describe, expect, it } from 'vitest';
import { inSlices } from './time-slices';

describe('work in time slices', () => {
  it('does every item once, in order, over several slices', async () => {
    const items = Array.from({ length: 2000 }, (_, i) => i);
    const done: number[] = [];
    let slices = 0;
    const finished = await inSlices(
      items,
      (slice) => {
        slices++;
        const until = performance.now() + slice.length * 0.01;
        while (performance.now() < until) done.length += 0;
        done.push(...slice);
      },
      () => false,
      2,
    );
    expect(finished).toBe(true);
    expect(done).toEqual(items);
    expect(slices).toBeGreaterThan(1);
  });

  it('grows a slice at most twofold, so cheap items first do not make one huge slice of dear ones', async () => {
    const sizes: number[] = [];
    await inSlices(
      Array.from({ length: 3000 }, (_, i) => i),
      (slice) => void sizes.push(slice.length),
      () => false,
    );
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(3000);
    sizes.slice(1).forEach((size, i) => expect(size).toBeLessThanOrEqual(2 * sizes[i]!));
  });

  it('stops at the next slice once cancelled', async () => {
    const done: number[] = [];
    let stop = false;
    const finished = await inSlices(
      Array.from({ length: 1000 }, (_, i) => i),
      (slice) => {
        done.push(...slice);
        stop = true;
      },
      () => stop,
    );
    expect(finished).toBe(false);
    expect(done.length).toBeLessThan(1000);
  });
});
