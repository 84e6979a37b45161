import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
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
