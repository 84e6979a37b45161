import { expect, test } from '@playwright/test';
import dataset from '../graph-data/zagorski-2009.json' with { type: 'json' };
import { elementPointOnPage, openExplorer, watchConsole } from './helpers';

test('serves the whole bundled graph from a sub-path, with no console errors or warnings', async ({ page }) => {
  const messages = watchConsole(page);
  await openExplorer(page);
  const counts = await page.evaluate(() => {
    const cy = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!;
    // One edge per relation, besides the merged edges that carry several relations' ids.
    return { nodes: cy.nodes().length, edges: cy.edges().filter((edge) => edge.data('relationIds') === undefined).length };
  });
  expect(counts).toEqual({ nodes: dataset.actors.length, edges: dataset.relations.length });
  await expect(page.getByRole('heading', { name: 'Entente' })).toBeVisible();
  await expect(page.getByText(dataset.title)).toBeVisible();
  expect(messages).toEqual([]);
});

test('clicking an edge opens the Evidence panel with its quotes', async ({ page }) => {
  const messages = watchConsole(page);
  await openExplorer(page);
  const relation = dataset.relations.find((r) => r.id === 'tazhin-pledges-to-preserve-odihr-2007')!;
  const point = await elementPointOnPage(page, relation.id);
  await page.mouse.click(point.x, point.y);
  const evidence = page.getByRole('region', { name: 'Evidence' });
  await expect(evidence).toBeVisible();
  await expect(evidence.getByRole('heading', { level: 2 })).toHaveText('Marat Tazhin → Office for Democratic Institutions and Human Rights');
  for (const item of relation.evidence) await expect(evidence.locator('blockquote', { hasText: item.quote })).toBeVisible();
  await expect(evidence.getByRole('link', { name: 'doi:10.1163/187502309787858219' })).toHaveCount(relation.evidence.length);
  await expect(evidence.getByRole('link', { name: 'doi:10.1163/187502309787858219' }).first()).toHaveAttribute('href', 'https://doi.org/10.1163/187502309787858219');
  await page.keyboard.press('Escape');
  await expect(evidence).toBeHidden();
  expect(messages).toEqual([]);
});

test('a keyboard-only user can reach a relation and read its evidence', async ({ page }) => {
  await openExplorer(page);
  const graph = page.getByRole('group', { name: /Actor graph/ });
  await graph.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const evidence = page.getByRole('region', { name: 'Evidence' });
  await expect(evidence).toBeVisible();
  await expect(evidence.locator('blockquote').first()).toBeVisible();
});

test('clicking an actor opens its panel, with relations expandable to their quotes', async ({ page }) => {
  await openExplorer(page);
  const point = await elementPointOnPage(page, 'lavrov');
  await page.mouse.click(point.x, point.y);
  const panel = page.getByRole('region', { name: 'Actor: Sergey Lavrov' });
  await expect(panel).toBeVisible();
  const relation = dataset.relations.find((r) => r.id === 'lavrov-defends-kazakhstan-2007')!;
  const row = panel.locator('details', { has: page.locator('summary', { hasText: relation.summary }) });
  await expect(row.locator('blockquote')).toBeHidden();
  await row.locator('summary').click();
  await expect(row.locator('blockquote', { hasText: relation.evidence[0]!.quote })).toBeVisible();
});
