/**
 * The first load (issue 11): what the browser must fetch and run before the app starts stays
 * within 170 kB gzip, and the bundled dataset is drawn from its shipped positions, without the
 * layout code, which comes only when a dataset needs laying out or the user asks for it.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import dataset from '../graph-data/zagorski-2009.json' with { type: 'json' };
import { openExplorer, watchConsole } from './helpers';

const dist = new URL('../dist/', import.meta.url);
const initialBudget = 170_000;

/**
 * The entry script, the modules index.html preloads, and every module they import statically
 * (which run before the app does): what a visitor's browser fetches and parses first.
 */
function initialScripts(): Map<string, number> {
  const html = readFileSync(new URL('index.html', dist), 'utf8');
  const pending = [...html.matchAll(/<script type="module"[^>]*src="\.\/([^"]+)"|<link rel="modulepreload"[^>]*href="\.\/([^"]+)"/g)].map((match) => match[1] ?? match[2] ?? '');
  const sizes = new Map<string, number>();
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (file === '' || sizes.has(file)) continue;
    const code = readFileSync(new URL(file, dist), 'utf8');
    sizes.set(file, gzipSync(code).length);
    // Static imports only: `import("./x.js")` waits until the code asks for it.
    for (const [, imported] of code.matchAll(/(?:\bfrom|\bimport)\s*"\.\/([^"]+\.js)"/g)) if (imported) pending.push(`assets/${imported}`);
  }
  return sizes;
}

/** The script files the page has requested so far, by name. */
function watchScripts(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') requested.push(new URL(request.url()).pathname.split('/').pop() ?? '');
  });
  return requested;
}

/** The layout worker's script (fcose with it): what laying a dataset out needs. */
const isLayoutCode = (file: string) => file.startsWith('layout.worker-');
/** fcose in the page itself: only where no worker can run. */
const isPageLayout = (file: string) => file.startsWith('offscreen-layout-') || file.startsWith('cytoscape-fcose-');

test('the initial JavaScript is at most 170 kB gzip', () => {
  const sizes = initialScripts();
  const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  expect(sizes.size).toBeGreaterThan(0);
  expect(total, `initial scripts (gzip bytes): ${JSON.stringify(Object.fromEntries(sizes))}`).toBeLessThanOrEqual(initialBudget);
});

/** Every actor's position, rounded to whole graph units as the shipped file has them. */
function positions(page: Page): Promise<[string, number, number][]> {
  return page.evaluate(() => {
    const cy = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!;
    return cy.nodes().map((node) => [node.id(), Math.round(node.position('x')), Math.round(node.position('y'))] as [string, number, number]);
  });
}

test('the bundled dataset is drawn from its shipped positions, without the layout code, and a re-layout gives the same picture', async ({ page }) => {
  const messages = watchConsole(page);
  const scripts = watchScripts(page);
  // The size the wide shipped layout was computed at, so that the layout itself gives it again.
  await page.setViewportSize({ width: 1440, height: 900 });
  await openExplorer(page);
  const shipped = await positions(page);
  expect(shipped).toHaveLength(dataset.actors.length);
  // Every actor has its own place on the first picture.
  expect(new Set(shipped.map(([, x, y]) => `${x},${y}`)).size).toBe(dataset.actors.length);
  await expect(page.getByRole('button', { name: 'Filters' })).toBeVisible();
  expect(scripts.filter(isLayoutCode)).toEqual([]);

  // The Layout button needs the layout code: it comes then, and lays the graph out as shipped.
  await page.getByRole('button', { name: 'Re-layout' }).click();
  await expect.poll(() => scripts.filter(isLayoutCode).length).toBe(1);
  await expect.poll(async () => (await positions(page)).every(([, x, y], i) => Math.abs(x - shipped[i]![1]) <= 1 && Math.abs(y - shipped[i]![2]) <= 1)).toBe(true);
  // It ran in the worker: the page never loaded fcose.
  expect(scripts.filter(isPageLayout)).toEqual([]);
  expect(messages).toEqual([]);
});

test('a copy of the bundled dataset opened by ?data= is laid out as usual', async ({ page }) => {
  const scripts = watchScripts(page);
  await page.route('**/datasets/copy.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }));
  await page.goto('./?data=datasets/copy.json');
  await expect(page.getByRole('note', { name: 'Dataset on show' })).toContainText('datasets/copy.json');
  await page.waitForFunction(() => {
    const cy = document.querySelector('entente-app')?.shadowRoot?.querySelector('graph-canvas')?.cy;
    return cy !== undefined && cy.nodes().length > 0 && cy.nodes().toArray().some((node) => node.position('x') !== 0 || node.position('y') !== 0);
  });
  expect(scripts.filter(isLayoutCode)).toHaveLength(1);
  expect(scripts.filter(isPageLayout)).toEqual([]);
});
