import { expect, test } from '@playwright/test';
import { markdownTable, measures } from '../bench/report.ts';
import { runBench } from '../bench/runner.ts';

// A smoke test of `npm run bench`: the runner still drives the app and the baselines and takes
// every figure. It asserts no timings: those belong to the benchmark itself.
test('the benchmark takes every figure on a small generated dataset', async () => {
  test.setTimeout(300_000);
  const results = await runBench({ sizes: [{ actors: 100, relations: 270 }], runs: 1, quick: true, timeoutMs: 120_000, zoomMs: 300, port: 0, log: () => undefined });
  expect(results.sizes.map((s) => s.size)).toEqual(['100/270']);
  const size = results.sizes[0]!;
  for (const measure of measures) {
    const samples = size.measures[measure.id]?.samples;
    expect(samples, measure.id).toHaveLength(1);
    // A figure, not "failed" (the wheel did not zoom...) nor "timeout" (the toggle changed nothing).
    const sample = samples![0];
    expect(typeof sample === 'number' && Number.isFinite(sample) && sample >= 0, `${measure.id}: ${String(sample)}`).toBe(true);
  }
  const table = markdownTable(results);
  for (const measure of measures) expect(table).toContain(`| ${measure.label} |`);
  expect(results.machine.chromium).toMatch(/^\d+\./);
});
