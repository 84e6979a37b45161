import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { DOMParser } from '@xmldom/xmldom';
import dataset from '../graph-data/zagorski-2009.json' with { type: 'json' };
import { generateDataset, profileOf } from '../bench/generate-dataset.ts';
import { defaultViewState, type ViewState } from '../src/analysis/view-state';
import { createSnapshot, snapshotToJson } from '../src/export/snapshot';
import { datasetHash } from '../src/model/dataset-hash';
import type { Dataset } from '../src/model/schema';
import { graphState, openExplorer, openFilters, waitForLayout, watchConsole } from './helpers';

declare global {
  interface Window {
    /** Main-thread tasks over 50 ms: start and duration (ms since navigation). */
    openingLongTasks: { start: number; duration: number }[];
    /** When a poll first and last saw the loading status name the file being opened. */
    openingSeen: { first: number; last: number } | null;
  }
}

async function exportFile(page: Page, name: string): Promise<{ download: Download; text: string; bytes: Buffer }> {
  const menu = page.getByRole('button', { name: 'Export ▾' });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Export' }).getByRole('button', { name, exact: false }).first().click();
  const download = await downloadPromise;
  const path = await download.path();
  const bytes = readFileSync(path);
  return { download, text: bytes.toString('utf8'), bytes };
}

function parseXml(text: string) {
  const errors: string[] = [];
  const document = new DOMParser({ onError: (level, message) => { if (level !== 'warning') errors.push(message); } }).parseFromString(text, 'text/xml');
  expect(errors).toEqual([]);
  return document;
}

// Pictures label actors as the canvas does: by their short name where the source has one.
const visibleNames = dataset.actors.map((a) => ('shortName' in a && a.shortName ? a.shortName : a.name));

test('each export button downloads a file of its type', async ({ page }) => {
  const messages = watchConsole(page);
  await openExplorer(page);

  const png = await exportFile(page, 'PNG image');
  expect(png.download.suggestedFilename()).toMatch(/^zagorski-2009_view_\d{4}-\d{2}-\d{2}\.png$/);
  expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = png.bytes.readUInt32BE(16);
  const height = png.bytes.readUInt32BE(20);
  const canvasWidth = await page.evaluate(() => document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!.width());
  expect(width).toBe(Math.round(canvasWidth * 2)); // 2x by default
  expect(height).toBeGreaterThan(200);

  const svg = await exportFile(page, 'SVG image');
  expect(svg.download.suggestedFilename()).toMatch(/\.svg$/);
  const svgDocument = parseXml(svg.text);
  // The graph is the nested <svg> (the footer follows it); cytoscape-svg writes each label line as
  // its own text element, so a name may be split over lines.
  const graphSvg = svgDocument.getElementsByTagName('svg')[1]!;
  const graphText = Array.from(graphSvg.getElementsByTagName('text'))
    .map((t) => t.textContent)
    .join(' ')
    .replace(/\s+/g, ' ');
  for (const name of visibleNames) expect(graphText).toContain(name);
  const supportCount = dataset.relations.filter((r) => r.type === 'support').length;
  expect(svgDocument.documentElement?.textContent).toContain(`Support (${supportCount})`);

  const json = await exportFile(page, 'Dataset JSON');
  expect(json.download.suggestedFilename()).toMatch(/^zagorski-2009_\d{4}-\d{2}-\d{2}\.json$/);
  // The same dataset, without "./schema.json", which is not beside a downloaded file.
  const { $schema: _schema, ...portable } = dataset;
  expect(JSON.parse(json.text)).toEqual(portable);

  const cyjs = await exportFile(page, 'Cytoscape JSON');
  const cyDoc = JSON.parse(cyjs.text) as { elements: { nodes: { data: { id: string }; position: { x: number } }[]; edges: unknown[] }; style: unknown[] };
  expect(cyDoc.elements.nodes).toHaveLength(dataset.actors.length);
  expect(cyDoc.elements.edges).toHaveLength(dataset.relations.length);
  expect(typeof cyDoc.elements.nodes[0]!.position.x).toBe('number');
  expect(cyDoc.style.length).toBeGreaterThan(5);

  const graphml = parseXml((await exportFile(page, 'GraphML')).text);
  expect(graphml.getElementsByTagName('node')).toHaveLength(dataset.actors.length);
  expect(graphml.getElementsByTagName('edge')).toHaveLength(dataset.relations.length);

  const gexf = parseXml((await exportFile(page, 'GEXF')).text);
  expect(gexf.documentElement?.getAttribute('version')).toBe('1.3');
  expect(gexf.getElementsByTagName('spell').length).toBeGreaterThan(10);

  const menu = page.getByRole('button', { name: 'Export ▾' });
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: /^CSV/ }).click();
  await expect.poll(() => downloads.length).toBe(2);
  const names = downloads.map((d) => d.suggestedFilename()).sort();
  expect(names[0]).toMatch(/^zagorski-2009_actors_.*\.csv$/);
  expect(names[1]).toMatch(/^zagorski-2009_relations_.*\.csv$/);
  const relationsCsv = readFileSync(await downloads.find((d) => d.suggestedFilename().includes('relations'))!.path(), 'utf8');
  expect(relationsCsv.split('\r\n').filter((line) => line.startsWith('lavrov-defends-kazakhstan-2007,'))).toHaveLength(1);
  await expect(menu).toBeVisible();
  expect(messages).toEqual([]);
});

test('the CSV separator option writes semicolon-separated files', async ({ page }) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Export ▾' }).click();
  const group = page.getByRole('group', { name: 'Export' });
  await group.getByRole('combobox', { name: 'CSV separator' }).selectOption('semicolon');
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await group.getByRole('button', { name: /^CSV/ }).click();
  await expect.poll(() => downloads.length).toBe(2);
  const actors = downloads.find((d) => d.suggestedFilename().includes('actors'))!;
  const header = readFileSync(await actors.path(), 'utf8').replace(/^\uFEFF/, '').split('\r\n')[0];
  expect(header).toBe('id;name;shortName;kind;aliases;description;affiliation');
});

test('the GraphML edges option writes one edge per source and target, holding every relation', async ({ page }) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Export ▾' }).click();
  const group = page.getByRole('group', { name: 'Export' });
  await group.getByRole('combobox', { name: 'GraphML edges' }).selectOption('one per source and target (Gephi)');
  const graphml = parseXml((await exportFile(page, 'GraphML')).text);
  const edges = Array.from(graphml.getElementsByTagName('edge'));
  const pairs = new Set(dataset.relations.map((r) => `${r.source} ${r.target}`));
  expect(edges.map((edge) => `${edge.getAttribute('source')} ${edge.getAttribute('target')}`).sort()).toEqual([...pairs].sort());
  const relationIds = Array.from(graphml.getElementsByTagName('data'))
    .filter((data) => data.getAttribute('key') === 'edge_relation_ids')
    .flatMap((data) => (data.textContent ?? '').split('; '));
  expect(relationIds.sort()).toEqual(dataset.relations.map((r) => r.id).sort());
});

test('exports hold what is visible, and their names say how it was filtered', async ({ page }) => {
  await openExplorer(page, '#types=-opposition');
  const json = await exportFile(page, 'Dataset JSON');
  expect(json.download.suggestedFilename()).toMatch(/^zagorski-2009_opposition-hidden_\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(json.text) as typeof dataset;
  expect(exported.relations.map((r) => r.id).sort()).toEqual(dataset.relations.filter((r) => r.type !== 'opposition').map((r) => r.id).sort());
  expect(exported.relations.every((r) => r.evidence.length > 0)).toBe(true);
});

test('a saved snapshot reopened in a fresh page gives the same positions and state', async ({ page, context }) => {
  await openExplorer(page, '#types=-deal&time=as-of:2007&sel=relation:lavrov-defends-kazakhstan-2007');
  // Move the view away from the default so restoring it means something.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.evaluate(() => {
    const cy = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!;
    cy.getElementById('greece').position({ x: 1234, y: -321 });
  });
  const saved = await graphState(page);
  const viewport = await page.evaluate(() => {
    const cy = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!;
    return { zoom: cy.zoom(), pan: cy.pan() };
  });
  const snapshot = await exportFile(page, 'Save snapshot');
  expect(snapshot.download.suggestedFilename()).toMatch(/_snapshot_.*\.entente\.json$/);
  expect(JSON.parse(snapshot.text)).not.toHaveProperty('dataset.content');

  const fresh = await context.newPage();
  await openExplorer(fresh);
  await fresh.getByRole('button', { name: 'Export ▾' }).click();
  await fresh.locator('export-menu input[type=file]').setInputFiles({ name: 'view.entente.json', mimeType: 'application/json', buffer: snapshot.bytes });
  await expect(fresh.getByRole('status').filter({ hasText: 'Restored the view saved in view.entente.json' })).toBeVisible();
  const restored = await graphState(fresh);
  expect({ nodes: restored.nodes, edges: restored.edges, selected: restored.selected }).toEqual({ nodes: saved.nodes, edges: saved.edges, selected: saved.selected });
  for (const [id, position] of Object.entries(saved.positions)) {
    expect(Math.abs(restored.positions[id]!.x - position.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(restored.positions[id]!.y - position.y)).toBeLessThanOrEqual(1);
  }
  const restoredViewport = await fresh.evaluate(() => {
    const cy = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!;
    return { zoom: cy.zoom(), pan: cy.pan() };
  });
  expect(restoredViewport.zoom).toBeCloseTo(viewport.zoom, 6);
  expect(Math.abs(restoredViewport.pan.x - viewport.pan.x)).toBeLessThanOrEqual(1);
  await openFilters(fresh);
  await expect(fresh.getByRole('checkbox', { name: /Deal/ })).not.toBeChecked();
  await expect(fresh.getByRole('region', { name: 'Evidence' })).toBeVisible();
});

test('a snapshot edited to show nothing, or to name an actor the dataset lacks, is refused by name', async ({ page }) => {
  await openExplorer(page);
  const before = await graphState(page);
  const saved = JSON.parse((await exportFile(page, 'Save snapshot')).text) as { view: object; viewport: { pan: object } };
  const open = async (name: string, edited: object) => {
    const menu = page.getByRole('button', { name: 'Export ▾' });
    if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
    await page.locator('export-menu input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(edited)) });
  };
  await open('far.entente.json', { ...saved, viewport: { ...saved.viewport, pan: { x: 1e12, y: 0 } } });
  await expect(page.getByRole('alert')).toContainText('viewport.pan: puts every actor off the screen');
  await open('ghost.entente.json', { ...saved, view: { ...saved.view, selection: { kind: 'actor', id: 'atlantis' } } });
  await expect(page.getByRole('alert')).toContainText('view.selection.id: "atlantis" is not an actor in this dataset');
  expect((await graphState(page)).positions).toEqual(before.positions);
});

test('a snapshot of a dataset that is not here says so and changes nothing', async ({ page }) => {
  await openExplorer(page);
  const before = await graphState(page);
  const snapshot = {
    format: 'entente-snapshot',
    version: 1,
    savedAt: '2026-01-01T00:00:00.000Z',
    dataset: { id: 'other-set', title: 'Another dataset', hash: `sha256:${'0'.repeat(64)}` },
    view: { hiddenTypes: [], hiddenKinds: [], hideIsolated: false, statedOnly: false, time: null, showUndated: true, focus: null, path: null, compare: null, selection: null },
    viewport: { positions: {}, zoom: 1, pan: { x: 0, y: 0 } },
  };
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.locator('export-menu input[type=file]').setInputFiles({ name: 'other.entente.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(snapshot)) });
  await expect(page.getByRole('alert')).toContainText('this snapshot was saved from “Another dataset” (other-set), which is not open here');
  expect((await graphState(page)).positions).toEqual(before.positions);
});

test('opening a broken dataset shows its errors with line and path, and keeps the previous graph', async ({ page }) => {
  await openExplorer(page);
  const before = await graphState(page);
  const broken = JSON.stringify({ ...dataset, relations: [{ ...dataset.relations[0], target: 'kazakstan' }, ...dataset.relations.slice(1)] }, null, 2);
  await page.locator('#dataset-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('broken.json could not be opened (1 problem)');
  await expect(alert).toContainText(/broken\.json:\d+:\d+: relations\[0\]\.target: "kazakstan" is not an actor id \(did you mean "kazakhstan"\?\)/);
  const after = await graphState(page);
  expect(after.edges).toEqual(before.edges);
  await expect(page.getByRole('note', { name: 'Dataset on show' })).toHaveText('bundled dataset');
});

/**
 * Records, in every page loaded from now on, the main-thread tasks over 50 ms and when a poll
 * first and last saw the loading status name the file being opened.
 */
async function watchOpening(page: Page, fileName: string): Promise<void> {
  await page.addInitScript((name) => {
    window.openingLongTasks = [];
    window.openingSeen = null;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.openingLongTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    // A poll every 16 ms: it runs only between tasks, so it brackets the time the file was being opened.
    setInterval(() => {
      const status = document.querySelector('entente-app')?.shadowRoot?.querySelector('app-messages')?.shadowRoot?.querySelector('.loading');
      if (!status?.textContent.includes(`Opening ${name}`)) return;
      const now = performance.now();
      window.openingSeen = { first: window.openingSeen?.first ?? now, last: now };
    }, 16);
  }, fileName);
}

/** Drops a file on the app from a Blob the page fetches, and clears what watchOpening recorded before. */
async function dropFetched(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  // setInputFiles pushes the bytes through the DevTools protocol into the page's heap, a task of
  // seconds that leaves garbage to collect later; a fetched Blob does not.
  await page.route(`**/${file.name}`, (route) => route.fulfill({ contentType: file.mimeType, body: file.buffer }));
  const dropped = await page.evaluateHandle(async ({ name, type }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([await (await fetch(name)).blob()], name, { type }));
    return transfer;
  }, { name: file.name, type: file.mimeType });
  await page.evaluate(() => {
    window.openingLongTasks = [];
    window.openingSeen = null;
  });
  await page.evaluate((transfer) => {
    document.querySelector('entente-app')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, dropped);
}

/** Fails on any main-thread task over 100 ms while the status named the file; notes how long opening took. */
async function expectNoLongTaskWhileOpening(page: Page): Promise<void> {
  const { openingLongTasks, openingSeen } = await page.evaluate(() => ({ openingLongTasks: window.openingLongTasks, openingSeen: window.openingSeen }));
  expect(openingSeen).not.toBeNull();
  const during = openingLongTasks.filter((task) => task.start < openingSeen!.last && task.start + task.duration > openingSeen!.first);
  test.info().annotations.push({ type: 'opening took', description: `${Math.round(openingSeen!.last - openingSeen!.first)} ms` });
  test.info().annotations.push({ type: 'longest task while opening', description: `${Math.round(Math.max(0, ...during.map((task) => task.duration)))} ms` });
  expect(during.filter((task) => task.duration > 100)).toEqual([]);
}

test('a 10,000-actor file is checked off the main thread, saying how far it has got; Cancel keeps the graph and what is kept', async ({ page }) => {
  test.setTimeout(240_000);
  const messages = watchConsole(page);
  const large = generateDataset({ size: { actors: 10_000, relations: 27_000 }, profile: profileOf(dataset as Dataset) });
  const file = { name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(large, null, 2)) };
  await watchOpening(page, 'big.json');
  await openExplorer(page);
  const before = await graphState(page);
  const status = page.getByRole('status').filter({ hasText: 'Opening big.json' });

  // Cancelled while it is being checked: the graph, the view and what is kept stay as they were.
  await page.locator('#dataset-file').setInputFiles(file);
  await expect(status).toContainText(/Opening big\.json: (reading the JSON|checking the data) \(step [12] of 3\)/, { timeout: 20_000 });
  await expect(status.getByRole('progressbar', { name: 'Opening big.json' })).toBeVisible();
  await status.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toHaveCount(0);
  await page.waitForTimeout(3000);
  await expect(page.getByRole('note', { name: 'Dataset on show' })).toHaveText('bundled dataset');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await graphState(page)).toEqual(before);
  expect(await keptDatasetName(page)).toBeNull();

  // Opened to the end: the page answers throughout, with no main-thread task over 100 ms.
  // Dropped this time, from a Blob the page fetches.
  await dropFetched(page, file);
  await expect(page.getByRole('note', { name: 'Dataset on show' })).toHaveText('opened from big.json', { timeout: 60_000 });
  await expectNoLongTaskWhileOpening(page);
  expect(messages).toEqual([]);
});

/** The name of the dataset the app keeps for the next visit (in IndexedDB), or null. */
function keptDatasetName(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const request = indexedDB.open('entente', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('kept');
        request.onsuccess = () => {
          const get = request.result.transaction('kept', 'readonly').objectStore('kept').get('opened-dataset');
          get.onsuccess = () => {
            request.result.close();
            resolve((get.result as { name?: string } | undefined)?.name ?? null);
          };
          get.onerror = () => resolve(null);
        };
        request.onerror = () => resolve(null);
      }),
  );
}

test('a snapshot carrying a 10,000-actor dataset is read off the main thread with its view, saying how far it has got; Cancel keeps the graph, view and what is kept', async ({ page }) => {
  test.setTimeout(300_000);
  const messages = watchConsole(page);
  const large = generateDataset({ size: { actors: 10_000, relations: 27_000 }, profile: profileOf(dataset as Dataset) });
  const [hub, other] = large.actors;
  const view: ViewState = { ...defaultViewState, hiddenTypes: ['opposition'], selection: { kind: 'actor', id: hub!.id } };
  const viewport = { positions: Object.fromEntries(large.actors.map((actor, i) => [actor.id, { x: (i % 100) * 40, y: Math.floor(i / 100) * 40 }])), zoom: 0.5, pan: { x: 30, y: 40 } };
  const snapshot = createSnapshot({ dataset: large, hash: datasetHash(large), embed: true, view, viewport, savedAt: new Date(0) });
  const file = { name: 'big.entente.json', mimeType: 'application/json', buffer: Buffer.from(snapshotToJson(snapshot)) };
  await watchOpening(page, file.name);
  await openExplorer(page);
  // What was there before: a dataset the user opened, kept, and a view of it.
  const small = { ...dataset, id: 'small-set', title: 'Small set' };
  await page.locator('#dataset-file').setInputFiles({ name: 'small.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(small)) });
  await expect(page.getByRole('note', { name: 'Dataset on show' })).toHaveText('opened from small.json');
  await waitForLayout(page);
  await openFilters(page);
  await page.getByRole('checkbox', { name: /Deal/ }).uncheck();
  await expect.poll(() => keptDatasetName(page)).toBe('small.json');
  await expect(page).toHaveURL(/types=-deal/);
  const before = { graph: await graphState(page), url: page.url() };
  const status = page.getByRole('status').filter({ hasText: `Opening ${file.name}` });

  // Cancelled while it is being read or checked: the graph, the view and what is kept stay as they were.
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.locator('export-menu input[type=file]').setInputFiles(file);
  await expect(status).toContainText(/Opening big\.entente\.json: (reading the JSON|checking the data) \(step [12] of 3\)/, { timeout: 20_000 });
  await expect(status.getByRole('progressbar', { name: `Opening ${file.name}` })).toBeVisible();
  await status.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toHaveCount(0);
  await page.waitForTimeout(3000);
  await expect(page.getByRole('note', { name: 'Dataset on show' })).toHaveText('opened from small.json');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect({ graph: await graphState(page), url: page.url() }).toEqual(before);
  expect(await keptDatasetName(page)).toBe('small.json');

  // Opened to the end, dropped as a dataset (it says it is a snapshot): no main-thread task over 100 ms.
  await dropFetched(page, file);
  await expect(page.getByRole('status').filter({ hasText: `Restored the view saved in ${file.name}` })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('note', { name: 'Dataset on show' })).toHaveText(`opened from ${file.name} (snapshot)`);
  await expectNoLongTaskWhileOpening(page);

  // Its view, positions, zoom and pan are those it was saved with.
  await openFilters(page);
  await expect(page.getByRole('checkbox', { name: /Opposition/ })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Deal/ })).toBeChecked();
  const shown = await page.evaluate(
    (ids) => {
      const cy = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!;
      return { actors: cy.nodes().length, selected: cy.$('.selected').map((e) => e.id()), zoom: cy.zoom(), pan: cy.pan(), positions: ids.map((id) => cy.getElementById(id).position()) };
    },
    [hub!.id, other!.id],
  );
  expect(shown.actors).toBe(10_000);
  expect(shown.selected).toEqual([hub!.id]);
  expect(shown.zoom).toBeCloseTo(viewport.zoom, 6);
  expect(shown.pan).toEqual(viewport.pan);
  expect(shown.positions).toEqual([viewport.positions[hub!.id], viewport.positions[other!.id]]);
  await expect.poll(() => keptDatasetName(page)).toBe(`${file.name} (snapshot)`);
  expect(messages).toEqual([]);
});

test('a dataset larger than localStorage holds is kept and reopened after a reload', async ({ page }) => {
  await openExplorer(page);
  const ids = ['russia', 'kazakhstan', 'lavrov'];
  const small = {
    ...dataset,
    id: 'small-set',
    title: 'A small set',
    actors: dataset.actors.filter((a) => ids.includes(a.id)),
    relations: dataset.relations.filter((r) => ids.includes(r.source) && ids.includes(r.target)),
  };
  await page.locator('#dataset-file').setInputFiles({ name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(small)) });
  await expect.poll(() => keptDatasetName(page)).toBe('a.json');
  const large = { ...small, id: 'large-set', title: 'A large set', description: 'x'.repeat(10 * 1024 * 1024) };
  await page.locator('#dataset-file').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(large)) });
  await expect(page.getByRole('note', { name: 'Dataset on show' })).toHaveText('opened from b.json');
  await expect.poll(() => keptDatasetName(page), { timeout: 15_000 }).toBe('b.json');
  await expect(page.getByText('will not be reopened')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('note', { name: 'Dataset on show' })).toHaveText('opened from b.json');
  await expect(page.getByText('A large set')).toBeVisible();
});

test('an opened dataset survives a reload, and the user can go back to the bundled one', async ({ page }) => {
  await openExplorer(page);
  const small = {
    ...dataset,
    id: 'small-set',
    title: 'A small set',
    actors: dataset.actors.filter((a) => ['russia', 'kazakhstan', 'lavrov'].includes(a.id)),
    relations: dataset.relations.filter((r) => ['russia', 'kazakhstan', 'lavrov'].includes(r.source) && ['russia', 'kazakhstan', 'lavrov'].includes(r.target)),
  };
  await page.locator('#dataset-file').setInputFiles({ name: 'small.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(small)) });
  await expect(page.getByRole('note', { name: 'Dataset on show' })).toHaveText('opened from small.json');
  await expect(page.getByText('A small set')).toBeVisible();
  // Keeping happens in the background (IndexedDB); a reload before it finishes keeps nothing.
  await expect.poll(() => keptDatasetName(page)).toBe('small.json');
  await page.reload();
  await page.waitForFunction(() => (document.querySelector('entente-app')?.shadowRoot?.querySelector('graph-canvas')?.cy?.nodes().length ?? 0) > 0);
  await expect(page.getByRole('note', { name: 'Dataset on show' })).toHaveText('opened from small.json');
  expect((await graphState(page)).nodes).toEqual(['kazakhstan', 'lavrov', 'russia']);
  await page.getByRole('button', { name: 'Back to bundled dataset' }).click();
  await expect(page.getByRole('note', { name: 'Dataset on show' })).toHaveText('bundled dataset');
  await expect.poll(() => keptDatasetName(page)).toBeNull();
  await page.reload();
  await expect(page.getByRole('note', { name: 'Dataset on show' })).toHaveText('bundled dataset');
});

test('?data= opens a dataset from an address; a failing one keeps the bundled graph and says why', async ({ page }) => {
  await page.route('**/datasets/small.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...dataset, id: 'remote-set', title: 'Remote set' }) }),
  );
  await page.goto('./?data=datasets/small.json');
  await expect(page.getByRole('note', { name: 'Dataset on show' })).toContainText('datasets/small.json');
  await expect(page.getByText('Remote set')).toBeVisible();
  await page.evaluate(() => localStorage.clear());
  await page.goto('./?data=datasets/missing.json');
  await expect(page.getByRole('alert')).toContainText('missing.json could not be opened');
  await expect(page.getByRole('note', { name: 'Dataset on show' })).toHaveText('bundled dataset');
});

test('the exported PNG shows the graph as it is, with the legend and credit line below the drawing', async ({ page }) => {
  await openExplorer(page);
  const png = await exportFile(page, 'PNG image');
  const result = await page.evaluate(async (base64) => {
    const pixels = async (blob: Blob) => {
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      return context.getImageData(0, 0, bitmap.width, bitmap.height);
    };
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const exported = await pixels(new Blob([bytes], { type: 'image/png' }));
    const canvas = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!;
    // The same picture without a footer: the menu's defaults (current view, 2x, white).
    const graph = await pixels(await canvas.png({ scope: 'view', scale: 2, background: 'white', footer: { legend: null, credit: null } }));
    let differing = 0;
    for (let i = 0; i < graph.data.length; i++) if (exported.data[i] !== graph.data[i]) differing++;
    // Rows under the drawing that hold ink: the legend and the credit line.
    let inkedFooterRows = 0;
    for (let y = graph.height; y < exported.height; y++) {
      for (let x = 0; x < exported.width; x++) {
        const i = (y * exported.width + x) * 4;
        if (exported.data[i]! < 200 || exported.data[i + 1]! < 200 || exported.data[i + 2]! < 200) {
          inkedFooterRows++;
          break;
        }
      }
    }
    return { exportedHeight: exported.height, graphHeight: graph.height, width: [exported.width, graph.width], differing, inkedFooterRows };
  }, png.bytes.toString('base64'));
  expect(result.width[0]).toBe(result.width[1]);
  expect(result.exportedHeight).toBeGreaterThan(result.graphHeight + 40);
  // The top of the file is the graph, pixel for pixel: nothing is painted over the drawing.
  expect(result.differing).toBe(0);
  expect(result.inkedFooterRows).toBeGreaterThan(20);
});
