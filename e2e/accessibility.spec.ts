import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import dataset from '../graph-data/zagorski-2009.json' with { type: 'json' };
import { openExplorer } from './helpers';

/** axe's findings, as "rule: where" lines a reader can act on. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' > ')}`));
}

test('the explorer has no axe violations at rest', async ({ page }) => {
  await openExplorer(page);
  expect(await axeViolations(page)).toEqual([]);
});

test('no axe violations with the evidence panel, the table and the export menu open', async ({ page }) => {
  await openExplorer(page, '#sel=relation:lavrov-defends-kazakhstan-2007&path=lavrov..odihr&compare=2003..2008');
  await page.getByRole('button', { name: /Relation table/ }).click();
  await page.getByRole('button', { name: 'Export ▾' }).click();
  expect(await axeViolations(page)).toEqual([]);
});

test('no axe violations in the source reader with every quote highlighted', async ({ page }) => {
  await openExplorer(page, '#sel=relation:lavrov-defends-kazakhstan-2007');
  const text = dataset.relations.flatMap((r) => r.evidence.map((e) => `${e.prefix} ${e.quote} ${e.suffix}`)).join('\n\n');
  await page.getByRole('button', { name: 'Read source text' }).click();
  await page.getByLabel(/Open your copy of this source/).setInputFiles({ name: 'quotes.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await expect(page.getByRole('status').filter({ hasText: 'quotes highlighted' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
