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
