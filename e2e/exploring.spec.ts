import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import dataset from '../graph-data/zagorski-2009.json' with { type: 'json' };
import { graphState, openExplorer, openFilters, watchConsole } from './helpers';

const relationsOf = (type: string) => dataset.relations.filter((r) => r.type === type).map((r) => r.id).sort();
const allRelationIds = dataset.relations.map((r) => r.id).sort();

test('turning "opposition" off hides exactly the opposition edges, updates the counts, and moves nothing', async ({ page }) => {
  const messages = watchConsole(page);
  await openExplorer(page);
  const before = await graphState(page);
  await openFilters(page);
  const toggle = page.getByRole('checkbox', { name: /Opposition/ });
  const total = relationsOf('opposition').length;
  await expect(toggle).toHaveAccessibleName(new RegExp(`Opposition ${total} of ${total} visible`));
  await toggle.uncheck();
  await expect.poll(async () => (await graphState(page)).edges.length).toBe(dataset.relations.length - relationsOf('opposition').length);
  const after = await graphState(page);
  expect(after.edges).toEqual(allRelationIds.filter((id) => !relationsOf('opposition').includes(id)));
  await expect(toggle).toHaveAccessibleName(new RegExp(`Opposition 0 of ${total} visible`));
  await expect(page.getByRole('button', { name: /Relation table \(\d+ shown\)/ })).toHaveText(new RegExp(`${dataset.relations.length - total} shown`));
  // Positions stay put across a filter change.
  expect(after.positions).toEqual(before.positions);
  await toggle.check();
  await expect.poll(async () => (await graphState(page)).edges).toEqual(allRelationIds);
  expect(messages).toEqual([]);
});

test('with the slider "as of" 2003, no relation dated after 2003 is shown', async ({ page }) => {
  await openExplorer(page);
  await openFilters(page);
  await page.getByRole('radio', { name: 'As of' }).check();
  const slider = page.getByRole('slider', { name: 'As of year' });
  await slider.focus();
  await page.keyboard.press('Home');
  const first = Number(await slider.inputValue());
  for (let year = first; year < 2003; year++) await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Showing: As of 2003')).toBeVisible();
  const { edges } = await graphState(page);
  const begins = (r: (typeof dataset.relations)[number]) => ('date' in r && r.date) || ('period' in r && r.period?.start) || undefined;
  const expected = dataset.relations.filter((r) => {
    const start = begins(r);
    return start === undefined || Number(start.slice(0, 4)) <= 2003;
  });
  expect(edges).toEqual(expected.map((r) => r.id).sort());
  expect(edges.length).toBeLessThan(dataset.relations.length);
});

test('searching "Astana" selects and centres Kazakhstan', async ({ page }) => {
  await openExplorer(page);
  const search = page.getByRole('combobox', { name: /Find an actor/ });
  await search.fill('Astana');
  await expect(page.getByRole('option', { name: /Kazakhstan/ }).first()).toBeVisible();
  await search.press('Enter');
  await expect(page.getByRole('region', { name: 'Actor: Kazakhstan' })).toBeVisible();
  expect((await graphState(page)).selected).toEqual(['kazakhstan']);
  await expect(page).toHaveURL(/#sel=actor:kazakhstan$/);
});

test('focus at 1 step shows exactly the actor and its neighbours', async ({ page }) => {
  await openExplorer(page);
  await openFilters(page);
  await page.getByRole('combobox', { name: 'Actor to focus on' }).selectOption({ label: 'Sergey Lavrov' });
  await page.getByRole('radio', { name: '1 step' }).check();
  await page.getByRole('radio', { name: 'Hide the rest' }).check();
  await page.getByRole('button', { name: 'Focus', exact: true }).click();
  const neighbours = new Set(['lavrov']);
  for (const r of dataset.relations) {
    if (r.source === 'lavrov') neighbours.add(r.target);
    if (r.target === 'lavrov') neighbours.add(r.source);
  }
  await expect.poll(async () => (await graphState(page)).nodes).toEqual([...neighbours].sort());
  await page.getByRole('radio', { name: 'Dim the rest' }).check();
  await page.getByRole('button', { name: 'Focus', exact: true }).click();
  await expect(page).toHaveURL(/focus=lavrov:1:dim/);
  const dimmed = await graphState(page);
  expect(dimmed.nodes).toHaveLength(dataset.actors.length);
  expect(dataset.actors.map((a) => a.id).filter((id) => !dimmed.outsideFocus.includes(id)).sort()).toEqual([...neighbours].sort());
});

test('a path between two actors is highlighted and listed with its evidence', async ({ page }) => {
  await openExplorer(page);
  await openFilters(page);
  await page.getByRole('combobox', { name: 'Path from' }).selectOption({ label: 'Sergey Lavrov' });
  await page.getByRole('combobox', { name: 'Path to' }).selectOption({ label: 'Office for Democratic Institutions and Human Rights' });
  await page.getByRole('button', { name: 'Find path' }).click();
  const panel = page.getByRole('region', { name: 'Path' });
  await expect(panel.getByRole('heading', { name: /Path between Sergey Lavrov and Office for Democratic/ })).toBeVisible();
  const { onPath } = await graphState(page);
  expect(onPath.length).toBeGreaterThanOrEqual(2);
  const firstStep = panel.locator('details').first();
  await firstStep.locator('summary').click();
  await expect(firstStep.locator('relation-evidence').locator('blockquote').first()).toBeVisible();
});

test('reloading a copied URL restores the view; back and forward step through changes', async ({ page, context }) => {
  await openExplorer(page);
  await openFilters(page);
  await page.getByRole('checkbox', { name: /Opposition/ }).uncheck();
  await page.getByRole('checkbox', { name: /^\s*Person/ }).uncheck();
  await page.getByRole('radio', { name: 'Stated only' }).check();
  await page.getByRole('combobox', { name: /Find an actor/ }).fill('Kremlin');
  await page.getByRole('combobox', { name: /Find an actor/ }).press('Enter');
  // The address follows once the change is drawn.
  await expect(page).toHaveURL(/sel=actor:russia/);
  const url = page.url();
  expect(url).toContain('types=-opposition');
  const shown = await graphState(page);

  const second = await context.newPage();
  await openExplorer(second, url.slice(url.indexOf('#')));
  const restored = await graphState(second);
  expect({ nodes: restored.nodes, edges: restored.edges, selected: restored.selected }).toEqual({ nodes: shown.nodes, edges: shown.edges, selected: ['russia'] });
  await openFilters(second);
  await expect(second.getByRole('checkbox', { name: /Opposition/ })).not.toBeChecked();
  await expect(second.getByRole('radio', { name: 'Stated only' })).toBeChecked();

  await page.goBack();
  await expect(page.getByRole('region', { name: 'Actor: Russia' })).toBeHidden();
  await page.goForward();
  await expect(page.getByRole('region', { name: 'Actor: Russia' })).toBeVisible();
});

test('a malformed address is ignored with a notice, never a blank page', async ({ page }) => {
  await openExplorer(page, '#types=-bananas&time=window:2009..2001&sel=relation:no-such-relation');
  const notice = page.getByRole('status').filter({ hasText: 'Parts of the address were ignored' });
  await expect(notice).toContainText('unknown relation type "bananas"');
  await expect(notice).toContainText('time=window:2009..2001: the window starts (2009) after it ends (2001)');
  await expect(notice).toContainText('sel: "no-such-relation" is not a relation in this dataset');
  expect((await graphState(page)).edges).toEqual(allRelationIds);
});

test('a keyboard-only walk: into the table, between rows, expand to the evidence', async ({ page }) => {
  await openExplorer(page);
  const toggle = page.getByRole('button', { name: /Relation table/ });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  // First Tab lands on the first column header; tab past the six sort buttons into the rows.
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
  const focusedRow = page.locator('relation-table tr.relation:focus');
  await expect(focusedRow).toHaveCount(1);
  const firstId = await focusedRow.getAttribute('data-id');
  await page.keyboard.press('ArrowDown');
  const secondId = await page.locator('relation-table tr.relation:focus').getAttribute('data-id');
  expect(secondId).not.toBe(firstId);
  expect((await graphState(page)).selected).toEqual([secondId]);
  await page.keyboard.press('Enter');
  const relation = dataset.relations.find((r) => r.id === secondId)!;
  await expect(page.locator('relation-table .evidence-row blockquote').first()).toContainText(relation.evidence[0]!.quote);
  await expect(page.getByRole('region', { name: 'Evidence' }).locator('blockquote').first()).toContainText(relation.evidence[0]!.quote);

  // The wheel takes the rows far from the one in focus; the next arrow goes on from it all the same.
  const table = page.locator('relation-table');
  const secondIndex = Number(await page.locator('relation-table tr.relation:focus').getAttribute('aria-rowindex'));
  await table.hover();
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 600);
  await expect.poll(() => table.evaluate((element) => element.scrollTop)).toBeGreaterThan(1500);
  await expect(page.locator('relation-table tr.relation:focus')).toHaveAttribute('data-id', secondId!);
  await page.keyboard.press('ArrowDown');
  // The second row's quotes row counts as a row of the grid: the third relation is two rows on.
  await expect(page.locator('relation-table tr.relation:focus')).toHaveAttribute('aria-rowindex', String(secondIndex + 2));
  await expect(page.locator('relation-table tr.relation:focus')).toBeInViewport();
});

const articlePath = new URL('../../shared/sources/zagorski-2009-kazakhstan-osce-chairmanship.txt', import.meta.url).pathname;

test('the reader highlights every quote of the bundled dataset in the source text', async ({ page }) => {
  // The article is copyrighted and not in the repository: use it when it is beside the project,
  // else a stand-in made of each quote with its context, and say which.
  const article = existsSync(articlePath);
  test.info().annotations.push({ type: 'source text', description: article ? articlePath : 'stand-in built from the quotes and their context' });
  const text = article
    ? readFileSync(articlePath, 'utf8')
    : dataset.relations.flatMap((r) => r.evidence.map((e) => `${e.prefix} ${e.quote} ${e.suffix}`)).join('\n\n');
  await openExplorer(page);
  await page.getByRole('button', { name: 'Read source text' }).click();
  await page.getByLabel(/Open your copy of this source/).setInputFiles({ name: 'zagorski-2009.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  const quoteCount = dataset.relations.reduce((n, r) => n + r.evidence.length, 0);
  await expect(page.getByRole('status').filter({ hasText: 'quotes highlighted' })).toHaveText(`${quoteCount} quotes highlighted.`);
  const marked = await page.locator('source-reader mark').evaluateAll((marks) => new Set(marks.flatMap((m) => (m.getAttribute('data-quotes') ?? '').split(' '))).size);
  expect(marked).toBe(quoteCount);

  await page.locator('source-reader mark').first().click();
  expect((await graphState(page)).selected).toHaveLength(1);
  await page.getByRole('tab', { name: 'Details' }).click();
  await page.getByRole('region', { name: 'Evidence' }).getByRole('button', { name: 'Show in text' }).first().click();
  await expect(page.locator('source-reader mark.current').first()).toBeInViewport();
});

test('comparing two dates lists what appeared and marks it in the graph', async ({ page }) => {
  await openExplorer(page);
  await openFilters(page);
  await page.getByRole('combobox', { name: 'Compare from year' }).selectOption('2003');
  await page.getByRole('combobox', { name: 'Compare to year' }).selectOption('2008');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Comparison' });
  await expect(panel.getByRole('heading', { name: 'From 2003 to 2008' })).toBeVisible();
  const appeared = await page.evaluate(() =>
    document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!.$('edge.appeared').map((e) => e.id()),
  );
  expect(appeared).toContain('lavrov-defends-kazakhstan-2007');
  await expect(panel.getByRole('heading', { name: `Appear (${appeared.length})` })).toBeVisible();
});

test('play steps the "as of" date through the years', async ({ page }) => {
  await openExplorer(page);
  await openFilters(page);
  await page.getByRole('button', { name: 'Play years' }).click();
  const showing = page.locator('time-filter output');
  await expect(showing).toHaveText(/^As of \d{4}$/);
  const first = Number((await showing.textContent())?.slice(-4));
  await expect(showing).toHaveText(`As of ${first + 1}`);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play years' })).toBeVisible();
});

test('an actor panel offers focus on that actor', async ({ page }) => {
  await openExplorer(page, '#sel=actor:tokaev');
  await page.getByRole('button', { name: 'Focus on Kasymzhomart Tokaev' }).click();
  const { outsideFocus } = await graphState(page);
  expect(outsideFocus).not.toContain('tokaev');
  expect(outsideFocus).toContain('greece');
  await expect(page).toHaveURL(/focus=tokaev:1:dim/);
});
