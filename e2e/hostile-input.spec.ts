/**
 * The hostile corpus (src/testing/hostile) opened in the built app, on one page reused across
 * cases: a kept dataset is on show with a non-default view, then each broken or malicious file or
 * tampered snapshot is opened by file picker, drop, the snapshot menu or `?data=`. Each must be
 * refused with a message that names the problem, leave the graph and view as they were (dataset,
 * counts, address, camera and positions), and leave what the app keeps (IndexedDB, localStorage)
 * unchanged. Ids that shadow Object.prototype are valid: they open, lay out and survive a reload.
 */
import { expect, test, type Page } from '@playwright/test';
import dataset from '../graph-data/zagorski-2009.json' with { type: 'json' };
import { hostileDatasets, hostileSnapshots, prototypeIdsDataset, type HostileCase } from '../src/testing/hostile/hostile-cases';
import { openExplorer, waitForLayout, watchConsole } from './helpers';

const keptName = 'kept.json';
const keptText = JSON.stringify({ ...dataset, id: 'kept-set', title: 'Kept before the hostile files' }, null, 2);
/** A view other than the default: opposition hidden, as of 2008, Russia selected. */
const viewHash = '#types=-opposition&time=as-of:2008&sel=actor:russia';
/** Files up to this size are also dropped on the page (the larger ones go through the picker). */
const dropLimit = 1024 * 1024;

let page: Page;
let consoleMessages: string[];

/** What is on show: the dataset, what the graph says it shows, the address, and the picture. */
async function onShow(target: Page) {
  const camera = await target.evaluate(() => {
    const cy = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!;
    const round = (value: number) => Math.round(value * 100) / 100;
    return {
      zoom: round(cy.zoom()),
      pan: { x: round(cy.pan().x), y: round(cy.pan().y) },
      positions: Object.fromEntries(cy.nodes().map((node) => [node.id(), { x: round(node.position('x')), y: round(node.position('y')) }])),
    };
  });
  return {
    title: await target.locator('app-header .dataset-title').textContent(),
    origin: await target.getByRole('note', { name: 'Dataset on show' }).textContent(),
    graph: await target.locator('graph-canvas .frame').getAttribute('aria-label'),
    hash: await target.evaluate(() => window.location.hash),
    ...camera,
  };
}

/** Everything the app keeps across visits: the IndexedDB records and localStorage. */
function stored(target: Page) {
  return target.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('entente', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('kept');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
    });
    const read = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
      });
    const store = database.transaction('kept', 'readonly').objectStore('kept');
    const [keys, values] = await Promise.all([read(store.getAllKeys()), read(store.getAll())]);
    database.close();
    // A digest of each record rather than the record itself, so that a failure reads in a line.
    const digest = async (value: unknown) => {
      const text = value === undefined ? 'undefined' : JSON.stringify(value);
      const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
      return { characters: text.length, sha256: Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('') };
    };
    const name = (value: unknown) => (typeof value === 'object' && value !== null && 'name' in value ? String(value.name) : null);
    const records = await Promise.all(keys.map(async (key, i) => ({ key: JSON.stringify(key), name: name(values[i]), ...(await digest(values[i])) })));
    const local = await Promise.all(Object.keys(localStorage).map(async (key) => ({ key, ...(await digest(localStorage.getItem(key))) })));
    return { indexedDb: records, localStorage: local };
  });
}

async function dismissProblems(target: Page): Promise<void> {
  const dismiss = target.getByRole('alert').getByRole('button', { name: 'Dismiss' });
  if ((await dismiss.count()) > 0) await dismiss.click();
  await expect(target.getByRole('alert')).toHaveCount(0);
}

async function drop(target: Page, name: string, bytes: Buffer): Promise<void> {
  await target.evaluate(
    ({ fileName, base64 }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], fileName, { type: 'application/json' }));
      document.querySelector('entente-app')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { fileName: name, base64: bytes.toString('base64') },
  );
}

async function openSnapshotFromMenu(target: Page, name: string, bytes: Buffer): Promise<void> {
  const menu = target.getByRole('button', { name: 'Export ▾' });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  await target.locator('export-menu input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: bytes });
}

/** The alert names the file, the count, and each expected line; a long list says how many more. */
async function expectRefusal(target: Page, hostile: HostileCase): Promise<void> {
  const alert = target.getByRole('alert');
  const count = hostile.problemCount;
  const counted = count === undefined ? /\(\d[\d,]* problems?\)/ : `(${count.toLocaleString('en')} ${count === 1 ? 'problem' : 'problems'})`;
  await expect(alert).toContainText(`${hostile.name} could not be opened `, { timeout: 20_000 });
  await expect(alert).toContainText(counted);
  await expect(alert).toContainText('what was on show stays');
  for (const message of hostile.messages) await expect(alert).toContainText(message);
  if (count !== undefined && count > 50) await expect(alert).toContainText(`and ${(count - 5).toLocaleString('en')} more of the same kind`);
}

test.beforeAll(async ({ browser }, testInfo) => {
  const { baseURL, viewport } = testInfo.project.use;
  page = await browser.newPage({ baseURL, viewport });
  consoleMessages = watchConsole(page);
  await openExplorer(page);
  await page.locator('#dataset-file').setInputFiles({ name: keptName, mimeType: 'application/json', buffer: Buffer.from(keptText) });
  await expect(page.getByRole('note', { name: 'Dataset on show' })).toHaveText(`opened from ${keptName}`);
  await waitForLayout(page);
  await expect.poll(async () => (await stored(page)).indexedDb.map((record) => record.name)).toEqual([keptName]);
  await page.evaluate((hash) => (window.location.hash = hash), viewHash);
  await expect(page.locator('graph-canvas .frame')).toHaveAttribute('aria-label', /relations shown/);
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(viewHash);
  await page.getByRole('button', { name: 'Zoom in' }).click();
});

test.afterAll(async () => {
  await page.close();
});

test.afterEach(() => {
  expect(consoleMessages).toEqual([]);
});

test('the kept dataset is on show with a view of its own before any hostile file', async () => {
  const state = await onShow(page);
  expect(state.title).toBe('Kept before the hostile files');
  expect(state.hash).toBe(viewHash);
  expect(state.graph).not.toContain(`${dataset.relations.length} relations shown`);
});

const openedAsFiles = hostileDatasets.filter((hostile) => !hostile.name.endsWith('.entente.json'));
openedAsFiles.forEach((hostile, index) => {
  test(`a dataset with ${hostile.what} is refused by name, and nothing on show or kept changes`, async () => {
    await dismissProblems(page);
    const before = { show: await onShow(page), kept: await stored(page) };
    const bytes = hostile.bytes();
    if (index % 2 === 1 && bytes.length <= dropLimit) await drop(page, hostile.name, bytes);
    else await page.locator('#dataset-file').setInputFiles({ name: hostile.name, mimeType: 'application/json', buffer: bytes });
    await expectRefusal(page, hostile);
    expect(await onShow(page)).toEqual(before.show);
    expect(await stored(page)).toEqual(before.kept);
  });
});

hostileSnapshots.forEach((hostile, index) => {
  test(`a snapshot with ${hostile.what} is refused by name, and nothing on show or kept changes`, async () => {
    await dismissProblems(page);
    const before = { show: await onShow(page), kept: await stored(page) };
    const bytes = hostile.bytes();
    // The snapshot menu, the dataset picker (which recognises a snapshot) and a drop all open snapshots.
    if (index % 3 === 0) await openSnapshotFromMenu(page, hostile.name, bytes);
    else if (index % 3 === 1) await page.locator('#dataset-file').setInputFiles({ name: hostile.name, mimeType: 'application/json', buffer: bytes });
    else await drop(page, hostile.name, bytes);
    await expectRefusal(page, hostile);
    expect(await onShow(page)).toEqual(before.show);
    expect(await stored(page)).toEqual(before.kept);
  });
});

const hostileHashes = [
  { hash: '#time=window:2009..2001', message: 'time=window:2009..2001: the window starts (2009) after it ends (2001)' },
  { hash: '#time=as-of:0000', message: 'time=as-of:0000: "0000" is not a date: there is no year 0000' },
  { hash: '#sel=actor:atlantis', message: 'sel: "atlantis" is not an actor in this dataset' },
];
for (const { hash, message } of hostileHashes) {
  test(`an address ${hash} is ignored with a notice that names it; the dataset and kept data stay`, async () => {
    const before = { show: await onShow(page), kept: await stored(page) };
    await page.evaluate((next) => (window.location.hash = next), hash);
    await expect(page.getByRole('status').filter({ hasText: 'Parts of the address were ignored' })).toContainText(message);
    const after = await onShow(page);
    // The address is the view: its unreadable part is dropped from it, and nothing moves.
    expect(after.hash).toBe('');
    expect({ ...after, hash: before.show.hash, graph: before.show.graph }).toEqual(before.show);
    expect(await stored(page)).toEqual(before.kept);
    await page.getByRole('status').filter({ hasText: 'Parts of the address were ignored' }).getByRole('button', { name: 'Dismiss' }).click();
    await page.evaluate((next) => (window.location.hash = next), viewHash);
    await expect.poll(async () => (await onShow(page)).graph).toBe(before.show.graph);
  });
}

test('?data= with hostile content keeps the bundled graph and the address, and forgets nothing kept', async () => {
  test.setTimeout(90_000);
  const before = await stored(page);
  const byData = hostileDatasets.filter((hostile) => ['binary-garbage.json', 'truncated.json', 'hash-mismatch.entente.json', 'empty.json'].includes(hostile.name) || (hostile.problemCount ?? 0) > 50);
  for (const hostile of byData) {
    const bytes = hostile.bytes();
    await page.route(`**/hostile/${hostile.name}`, (route) => route.fulfill({ contentType: 'application/json', body: bytes }));
    await page.goto(`./?data=hostile/${hostile.name}${viewHash}`);
    // The app names a fetched dataset by its full address.
    const address = new URL(`hostile/${hostile.name}`, page.url()).href;
    await expectRefusal(page, { ...hostile, name: address, messages: hostile.messages.map((line) => line.replace(hostile.name, address)) });
    const show = await onShow(page);
    expect({ title: show.title, origin: show.origin, hash: show.hash }).toEqual({ title: dataset.title, origin: 'bundled dataset', hash: viewHash });
    expect(await stored(page)).toEqual(before);
  }
  // Back without ?data=: the kept dataset comes back with the address's view.
  await page.goto(`./${viewHash}`);
  await expect(page.getByRole('note', { name: 'Dataset on show' })).toHaveText(`opened from ${keptName}`);
  await expect.poll(async () => (await onShow(page)).hash).toBe(viewHash);
  await page.getByRole('button', { name: 'Zoom in' }).click();
});

test('ids that shadow Object.prototype open, lay out, are kept and come back after a reload', async () => {
  await dismissProblems(page);
  const laidOut = async () => {
    const state = await onShow(page);
    const places = new Set(Object.values(state.positions).map(({ x, y }) => `${Math.round(x)},${Math.round(y)}`));
    return { ids: Object.keys(state.positions).length, places: places.size };
  };
  await page.locator('#dataset-file').setInputFiles({ name: prototypeIdsDataset.name, mimeType: 'application/json', buffer: prototypeIdsDataset.bytes() });
  await expect(page.getByRole('note', { name: 'Dataset on show' })).toHaveText(`opened from ${prototypeIdsDataset.name}`);
  await expect(page.getByRole('alert')).toHaveCount(0);
  const { actors, relations } = prototypeIdsDataset;
  await expect(page.locator('graph-canvas .frame')).toHaveAttribute('aria-label', new RegExp(`^Actor graph: ${actors} actors, ${relations} relations shown`));
  await expect.poll(laidOut).toEqual({ ids: actors, places: actors });
  await expect.poll(async () => (await stored(page)).indexedDb.map((record) => record.name)).toEqual([prototypeIdsDataset.name]);
  await page.goto('./');
  await expect(page.getByRole('note', { name: 'Dataset on show' })).toHaveText(`opened from ${prototypeIdsDataset.name}`);
  await expect.poll(laidOut).toEqual({ ids: actors, places: actors });
  await expect(page.getByRole('alert')).toHaveCount(0);
});
