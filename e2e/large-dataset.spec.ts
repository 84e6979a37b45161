import { expect, test } from '@playwright/test';
import dataset from '../graph-data/zagorski-2009.json' with { type: 'json' };
import { generateDataset, profileOf } from '../bench/generate-dataset.ts';
import type { Dataset } from '../src/model/schema';
import { openFilters, watchConsole } from './helpers';

const large = generateDataset({ size: { actors: 1000, relations: 2700 }, profile: profileOf(dataset as Dataset) });

declare global {
  interface Window {
    /** Main-thread tasks over 50 ms: start and duration (ms since navigation). */
    longTasks: { start: number; duration: number }[];
    /** When a poll first and last saw the graph's "Laying out" status. */
    layoutSeen: { first: number; last: number } | null;
  }
}

test('a 1,000-actor dataset opened by ?data= is laid out off the main thread, then shows a picture that reacts to a toggle', async ({ page }) => {
  test.setTimeout(240_000);
  const messages = watchConsole(page);
  await page.route('**/datasets/large.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(large) }));
  await page.addInitScript(() => {
    window.longTasks = [];
    window.layoutSeen = null;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    // A poll every 16 ms: it runs only between tasks, so it brackets the time the layout ran.
    setInterval(() => {
      const status = document.querySelector('entente-app')?.shadowRoot?.querySelector('graph-canvas')?.shadowRoot?.querySelector('[role="status"]');
      if (!status?.textContent.includes('Laying out')) return;
      const now = performance.now();
      window.layoutSeen = { first: window.layoutSeen?.first ?? now, last: now };
    }, 16);
  });
  await page.goto('./?data=datasets/large.json');
  const canvas = page.locator('graph-canvas');
  await expect(canvas.getByRole('status')).toContainText('Laying out 1,000 actors', { timeout: 60_000 });
  await expect(canvas.getByRole('status')).toBeHidden({ timeout: 200_000 });

  // A picture: every actor on the canvas, spread out, the canvas on show.
  const picture = await page.evaluate(() => {
    const graph = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!;
    const cy = graph.cy!;
    const spots = new Set(cy.nodes().map((node) => `${Math.round(node.position('x'))},${Math.round(node.position('y'))}`));
    return { nodes: cy.nodes().length, spots: spots.size, hidden: graph.shadowRoot!.querySelector('.cy')!.classList.contains('laying-out') };
  });
  expect(picture).toEqual({ nodes: 1000, spots: 1000, hidden: false });

  // No main-thread task over 100 ms while the layout ran.
  const { longTasks, layoutSeen } = await page.evaluate(() => ({ longTasks: window.longTasks, layoutSeen: window.layoutSeen }));
  expect(layoutSeen).not.toBeNull();
  const during = longTasks.filter((task) => task.start < layoutSeen!.last && task.start + task.duration > layoutSeen!.first);
  const longest = Math.max(0, ...longTasks.map((task) => task.duration));
  test.info().annotations.push({ type: 'longest main-thread task from navigation', description: `${Math.round(longest)} ms` });
  test.info().annotations.push({ type: 'layout ran for', description: `${Math.round(layoutSeen!.last - layoutSeen!.first)} ms` });
  expect(during.filter((task) => task.duration > 100)).toEqual([]);

  // It reacts to a toggle: hiding opposition hides every opposition relation.
  const oppositionShown = () =>
    page.evaluate(() => document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!.edges('.type-opposition:visible').length);
  expect(await oppositionShown()).toBeGreaterThan(0);
  await openFilters(page);
  await page.getByRole('checkbox', { name: /Opposition/ }).uncheck();
  await expect.poll(oppositionShown).toBe(0);
  expect(messages).toEqual([]);
});
