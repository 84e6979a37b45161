import { expect, test, type Page } from '@playwright/test';
import dataset from '../graph-data/zagorski-2009.json' with { type: 'json' };
import { elementPointOnPage, graphState, openExplorer, openFilters, watchConsole } from './helpers';

/** The graph canvas's box on the page, and the window's size. */
async function canvasBox(page: Page) {
  return page.evaluate(() => {
    const box = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.getBoundingClientRect();
    return { top: box.top, left: box.left, width: box.width, height: box.height, windowWidth: innerWidth, windowHeight: innerHeight };
  });
}

/** The part of the canvas no panel lies over, in page pixels. */
async function clearArea(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('entente-app')!.shadowRoot!;
    const canvas = root.querySelector('graph-canvas')!.getBoundingClientRect();
    const area = { left: canvas.left, top: canvas.top, right: canvas.right, bottom: canvas.bottom };
    const panel = root.querySelector('side-panel')?.getBoundingClientRect();
    if (panel && panel.width < canvas.width * 0.6) area.right = Math.min(area.right, panel.left);
    else if (panel) area.bottom = Math.min(area.bottom, panel.top);
    const table = root.querySelector('relation-table')?.getBoundingClientRect();
    if (table) area.bottom = Math.min(area.bottom, table.top);
    const drawer = root.querySelector('explore-drawer')?.coveringBox;
    if (drawer) area.left = Math.max(area.left, drawer.right);
    return area;
  });
}

/** Where these elements are drawn on the page, as one box. */
async function renderedBox(page: Page, ids: readonly string[]) {
  return page.evaluate((elementIds) => {
    const canvas = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!;
    const cy = canvas.cy!;
    const offset = canvas.getBoundingClientRect();
    let elements = cy.collection();
    for (const id of elementIds) elements = elements.union(cy.getElementById(id));
    const box = elements.renderedBoundingBox({ includeLabels: false });
    return { left: offset.left + box.x1, top: offset.top + box.y1, right: offset.left + box.x2, bottom: offset.top + box.y2 };
  }, ids);
}

function inside(box: { left: number; top: number; right: number; bottom: number }, area: { left: number; top: number; right: number; bottom: number }): boolean {
  return box.left >= area.left - 1 && box.top >= area.top - 1 && box.right <= area.right + 1 && box.bottom <= area.bottom + 1;
}

for (const [width, height] of [
  [1280, 720],
  [1440, 900],
] as const) {
  test(`at ${width}x${height} the graph takes at least 75% of the window, under a one-line header`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openExplorer(page);
    const box = await canvasBox(page);
    expect((box.width * box.height) / (box.windowWidth * box.windowHeight)).toBeGreaterThanOrEqual(0.75);
    const header = await page.locator('app-header header').boundingBox();
    expect(header!.height).toBeLessThan(56);
    // The citation is one click away, in the info popover.
    await page.getByRole('button', { name: 'About this dataset and its source' }).click();
    await expect(page.getByRole('link', { name: 'doi:10.1163/187502309787858219' })).toBeVisible();
  });
}

test('a panel opens over the graph: the drawing keeps its size, and what was clicked stays clear of the panel', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openExplorer(page);
  const before = await canvasBox(page);
  const zoom = await page.evaluate(() => document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!.zoom());
  // The right-most actor: the panel opens over where it is drawn.
  const rightMost = await page.evaluate(() => {
    const cy = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!;
    return cy.nodes().max((node) => node.renderedPosition().x).ele.id();
  });
  const point = await elementPointOnPage(page, rightMost);
  await page.mouse.click(point.x, point.y);
  await expect(page.getByRole('region', { name: /^Actor: / })).toBeVisible();
  expect(await canvasBox(page)).toEqual(before);
  expect(await page.evaluate(() => document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!.zoom())).toBeCloseTo(zoom, 6);
  const area = await clearArea(page);
  expect(area.right).toBeLessThan(before.left + before.width);
  await expect.poll(async () => inside(await renderedBox(page, [rightMost]), area)).toBe(true);
});

/** How many actors show their label (one stepped back for a collision shows none), and the smallest on-screen size. */
async function shownLabels(page: Page): Promise<{ count: number; smallestPx: number }> {
  return page.evaluate(() => {
    const cy = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!;
    const shown = cy.nodes(':visible').filter((node) => node.style('label') !== '' && Number(node.style('text-opacity')) > 0);
    return { count: shown.length, smallestPx: Math.min(...shown.map((node) => cy.zoom() * parseFloat(String(node.style('font-size'))))) };
  });
}

/**
 * Waits until bloc A is marked, placed apart (left of bloc B: the placement code may come after the
 * marks) and no actor glides (the camera then fits at once), then gives bloc A's actors.
 */
async function settledBlocA(page: Page): Promise<string[]> {
  const state = () =>
    page.evaluate(() => {
      const cy = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!;
      const [blocA, blocB] = [cy.$('node.bloc-0'), cy.$('node.bloc-1')];
      const apart = blocA.nonempty() && blocB.nonempty() && blocA.boundingBox({ includeLabels: false }).x2 < blocB.boundingBox({ includeLabels: false }).x1;
      return { moving: cy.nodes().toArray().some((node) => node.animated()), apart, blocA: blocA.map((node) => node.id()) };
    });
  await expect.poll(async () => { const now = await state(); return !now.moving && now.apart; }).toBe(true);
  return (await state()).blocA;
}

for (const [width, height] of [
  [1280, 720],
  [1440, 900],
] as const) {
  test(`at ${width}x${height} the blocs view shows at least as many labels as the normal view, as large, and keeps bloc A clear of the open Filters drawer`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openExplorer(page);
    const normal = await shownLabels(page);
    await openExplorer(page, '#blocs=on');
    await settledBlocA(page);
    const blocs = await shownLabels(page);
    expect(blocs.count).toBeGreaterThanOrEqual(normal.count);
    expect(blocs.smallestPx).toBeGreaterThanOrEqual(12);

    // Turned on from the drawer, the blocs are placed and fitted beside it.
    await openFilters(page);
    const blocsBox = page.getByRole('checkbox', { name: 'Blocs (structural balance)' });
    await blocsBox.uncheck();
    await expect.poll(() => page.evaluate(() => document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!.$('node.bloc-0').length)).toBe(0);
    await blocsBox.check();
    const blocA = await settledBlocA(page);
    const area = await clearArea(page);
    const canvas = await canvasBox(page);
    expect(area.left).toBeGreaterThan(canvas.left + 100);
    expect(inside(await renderedBox(page, blocA), area)).toBe(true);
  });
}

test('notices are toasts: the graph neither moves nor re-fits when one comes or goes', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openExplorer(page);
  const atRest = await canvasBox(page);
  await openExplorer(page, '#types=-bananas');
  const notice = page.getByRole('status').filter({ hasText: 'Parts of the address were ignored' });
  await expect(notice).toBeVisible();
  expect(await canvasBox(page)).toEqual(atRest);
  const viewport = () => page.evaluate(() => {
    const cy = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!;
    return { zoom: cy.zoom(), pan: cy.pan() };
  });
  const shown = await viewport();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
  expect(await viewport()).toEqual(shown);
  expect(await canvasBox(page)).toEqual(atRest);
});

test('a path, then a table row, bring what matters into the part of the graph no panel covers', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openExplorer(page);
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await openFilters(page);
  await page.getByRole('combobox', { name: 'Path from' }).selectOption({ label: 'Sergey Lavrov' });
  await page.getByRole('combobox', { name: 'Path to' }).selectOption({ label: 'Office for Democratic Institutions and Human Rights' });
  await page.getByRole('button', { name: 'Find path' }).click();
  await expect(page.getByRole('region', { name: 'Path' })).toBeVisible();
  const { onPath } = await graphState(page);
  expect(onPath.length).toBeGreaterThanOrEqual(2);
  await expect.poll(async () => inside(await renderedBox(page, onPath), await clearArea(page))).toBe(true);

  // Far from the path, and off screen once zoomed in on it.
  await page.getByRole('button', { name: 'Filters' }).click();
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: /Relation table/ }).click();
  // A relation drawn outside the window now.
  const id = await page.evaluate(() => {
    const cy = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!;
    // Drawn edges that stand for one relation (a merged edge's members have no place of their own).
    const offScreen = cy.edges(':visible[!relationIds]').filter((edge) => {
      const { x, y } = edge.renderedMidpoint();
      return x < 0 || y < 0 || x > cy.width() || y > cy.height();
    });
    return offScreen.first().id();
  });
  expect(id).not.toBe('');
  const row = page.locator(`relation-table tr.relation[data-id="${id}"]`);
  // The table draws only the rows near its view: wheel down to the row, as a user would.
  await page.locator('relation-table').hover();
  for (let i = 0; i < 60 && (await row.count()) === 0; i++) await page.mouse.wheel(0, 200);
  await row.click();
  await expect.poll(async () => (await graphState(page)).selected).toEqual([id]);
  await expect.poll(async () => inside(await renderedBox(page, [id]), await clearArea(page))).toBe(true);
});

test.describe('on a phone (390x844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the graph takes most of the height, and tapping an edge shows its first quote on screen', async ({ page }) => {
    const messages = watchConsole(page);
    await openExplorer(page);
    const box = await canvasBox(page);
    expect(box.height / box.windowHeight).toBeGreaterThanOrEqual(0.6);
    expect(box.width).toBe(box.windowWidth);
    // An edge drawn well clear of every actor and of the buttons floating over the graph.
    const target = await page.evaluate(() => {
      const root = document.querySelector('entente-app')!.shadowRoot!;
      const canvas = root.querySelector('graph-canvas')!;
      const offset = canvas.getBoundingClientRect();
      const cy = canvas.cy!;
      const nodes = cy.nodes().map((node) => node.renderedPosition());
      // Drawn edges that stand for one relation (a merged edge's members have no place of their own).
      const single = cy.edges(':visible[!relationIds]');
      const mids = single.map((edge) => ({ id: edge.id(), ...edge.renderedMidpoint() }));
      const clear = mids.filter(
        (mid) =>
          nodes.every((node) => Math.hypot(node.x - mid.x, node.y - mid.y) > 40) &&
          mids.every((other) => other.id === mid.id || Math.hypot(other.x - mid.x, other.y - mid.y) > 20) &&
          root.elementFromPoint(offset.left + mid.x, offset.top + mid.y)?.localName === 'graph-canvas',
      );
      const mid = clear[0]!;
      return { id: mid.id, x: offset.left + mid.x, y: offset.top + mid.y };
    });
    await page.touchscreen.tap(target.x, target.y);
    await expect.poll(async () => (await graphState(page)).selected).toEqual([target.id]);
    const relation = dataset.relations.find((r) => r.id === target.id)!;
    const quote = page.getByRole('region', { name: 'Evidence' }).locator('blockquote').first();
    await expect(quote).toContainText(relation.evidence[0]!.quote.slice(0, 40));
    await expect(quote).toBeInViewport({ ratio: 1 });
    // The edge itself stays in sight above the sheet.
    await expect.poll(async () => inside(await renderedBox(page, [target.id]), await clearArea(page))).toBe(true);
    expect(messages).toEqual([]);
  });

  test('the filters live in a drawer over the graph', async ({ page }) => {
    await openExplorer(page);
    await expect(page.getByRole('checkbox', { name: /Opposition/ })).toBeHidden();
    await openFilters(page);
    await expect(page.getByRole('checkbox', { name: /Opposition/ })).toBeInViewport();
    await page.getByRole('button', { name: 'Filters' }).click();
    await expect(page.getByRole('checkbox', { name: /Opposition/ })).toBeHidden();
    // From the keyboard: Escape in the drawer closes it and puts focus back on its button.
    await openFilters(page);
    await page.getByRole('checkbox', { name: /Opposition/ }).focus();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('checkbox', { name: /Opposition/ })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Filters' })).toBeFocused();
  });
});

// axe checks every state in the dark theme too: see accessibility.spec.ts.
test('the page turns dark when the system does, without a reload', async ({ page }) => {
  await openExplorer(page);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(background).not.toBe(light);
});

for (const reducedMotion of ['no-preference', 'reduce'] as const) {
  test(`a new path brings the camera to it ${reducedMotion === 'reduce' ? 'in one jump when the user prefers reduced motion' : 'in a glide'}`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion });
    await openExplorer(page);
    await openFilters(page);
    await page.evaluate(() => {
      const cy = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!;
      const counter = window as unknown as { cameraSteps: number };
      counter.cameraSteps = 0;
      cy.on('viewport', () => {
        counter.cameraSteps += 1;
      });
    });
    await page.getByRole('combobox', { name: 'Path from' }).selectOption({ label: 'Sergey Lavrov' });
    await page.getByRole('combobox', { name: 'Path to' }).selectOption({ label: 'Office for Democratic Institutions and Human Rights' });
    await page.getByRole('button', { name: 'Find path' }).click();
    const { onPath } = await graphState(page);
    await expect.poll(async () => inside(await renderedBox(page, onPath), await clearArea(page))).toBe(true);
    await page.waitForTimeout(600);
    const steps = await page.evaluate(() => (window as unknown as { cameraSteps: number }).cameraSteps);
    if (reducedMotion === 'reduce') expect(steps).toBe(1);
    else expect(steps).toBeGreaterThan(3);
  });
}
