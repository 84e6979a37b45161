import { expect, test, type Browser, type Page } from '@playwright/test';
import dataset from '../graph-data/zagorski-2009.json' with { type: 'json' };
import { openExplorer, openFilters, watchConsole } from './helpers';

/** Records every CSP violation the page reports, from anywhere in it (shadow roots included). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective}: ${event.blockedURI} ${event.sample}`), true);
  });
  return () => page.evaluate(() => [...(window as unknown as { cspViolations: string[] }).cspViolations]);
}

/** A screenshot once the graph has stopped moving (two in a row alike). */
async function settledScreenshot(page: Page): Promise<Buffer> {
  let previous = await page.screenshot({ animations: 'disabled' });
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.waitForTimeout(250);
    const next = await page.screenshot({ animations: 'disabled' });
    if (next.equals(previous)) return next;
    previous = next;
  }
  return previous;
}

/** How many pixels differ visibly (beyond anti-aliasing noise) between two PNGs of one size, decoded in a page of their own. */
async function differingPixels(browser: Browser, a: Buffer, b: Buffer): Promise<number> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ([first, second]) => {
        const decode = async (base64: string) => {
          const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const context = canvas.getContext('2d')!;
          context.drawImage(bitmap, 0, 0);
          return context.getImageData(0, 0, bitmap.width, bitmap.height);
        };
        const [x, y] = await Promise.all([decode(first), decode(second)]);
        if (x.width !== y.width || x.height !== y.height) return Number.POSITIVE_INFINITY;
        // Canvas lines are anti-aliased in software, which can land one unit apart between two
        // runs of the same drawing; a style the policy blocked changes a colour by far more.
        const noise = 8;
        let differing = 0;
        for (let i = 0; i < x.data.length; i += 4) {
          for (let channel = 0; channel < 4; channel++) {
            if (Math.abs(x.data[i + channel]! - y.data[i + channel]!) > noise) {
              differing++;
              break;
            }
          }
        }
        return differing;
      },
      [a.toString('base64'), b.toString('base64')] as const,
    );
  } finally {
    await page.close();
  }
}

/** Serves index.html without its Content-Security-Policy meta tag. */
async function withoutCsp(page: Page): Promise<void> {
  await page.route(/\/deep\/sub\/path\/(index\.html)?(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, '');
    await route.fulfill({ response, body });
  });
}

// A view that shows the legend's swatches, the evidence accent, the table's swatches and a path.
const busyView = '#sel=relation:lavrov-defends-kazakhstan-2007&path=lavrov..odihr';

test('the built app ships a strict CSP and draws under it with no violation', async ({ page }) => {
  const console = watchConsole(page);
  const violations = await watchViolations(page);
  await openExplorer(page, busyView);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  await page.getByRole('button', { name: /Relation table/ }).click();
  await page.getByRole('button', { name: /^Export/ }).click();
  await settledScreenshot(page);
  expect(await violations()).toEqual([]);
  expect(console.filter((message) => /Content.Security.Policy|Refused to/i.test(message))).toEqual([]);
});

/** The legend's marks and the filters' swatches, which inline styles once drew: the legend unfolded and the Filters drawer open. */
async function openLegendAndFilters(page: Page): Promise<void> {
  await page.locator('graph-legend summary').click();
  await expect(page.locator('graph-legend details')).toHaveAttribute('open', '');
  await openFilters(page);
  await expect(page.locator('filter-panel .swatch').first()).toBeVisible();
}

test('every panel draws under the CSP with no violation: drawer, legend, blocs, matrix, comparison, reader, problems', async ({ page }) => {
  const console = watchConsole(page);
  const violations = await watchViolations(page);
  await openExplorer(page, '#blocs=on&align=russia..kazakhstan&compare=2003..2008');
  await openLegendAndFilters(page);
  await expect(page.locator('graph-legend section.blocs')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Alignments' }).getByRole('grid')).toBeVisible();
  await page.getByRole('button', { name: 'Read source text' }).click();
  const quotes = dataset.relations.flatMap((r) => r.evidence.map((e) => `${e.prefix} ${e.quote} ${e.suffix}`)).join('\n\n');
  await page.getByLabel(/Open your copy of this source/).setInputFiles({ name: 'quotes.txt', mimeType: 'text/plain', buffer: Buffer.from(quotes) });
  await expect(page.getByRole('status').filter({ hasText: 'quotes highlighted' })).toBeVisible();
  const broken = { ...dataset, relations: dataset.relations.map((r, i) => (i < 40 ? { ...r, target: 'nowhere' } : r)) };
  await page.locator('#dataset-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(page.getByRole('alert')).toContainText('broken.json could not be opened');
  await settledScreenshot(page);
  expect(await violations()).toEqual([]);
  expect(console.filter((message) => /Content.Security.Policy|Refused to/i.test(message))).toEqual([]);
});

/** Screenshots of the busy view: with the legend unfolded and the Filters drawer open, then with the table open (which folds the legend) and a row expanded. */
async function pictures(page: Page): Promise<Buffer[]> {
  // The camera jumps instead of gliding: a glide leaves Cytoscape's cached textures in a state that depends on timing.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openExplorer(page, busyView);
  await openLegendAndFilters(page);
  const atRest = await settledScreenshot(page);
  await page.getByRole('button', { name: /Relation table/ }).click();
  await page.getByRole('row').nth(1).getByRole('button').click();
  return [atRest, await settledScreenshot(page)];
}

test('the app under its CSP looks exactly as it does without one', async ({ page, browser }) => {
  const withPolicy = await pictures(page);
  const other = await browser.newPage({ viewport: page.viewportSize()! });
  await withoutCsp(other);
  const withoutPolicy = await pictures(other);
  expect(await other.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(0);
  await other.close();

  for (const [i, picture] of withPolicy.entries()) expect(await differingPixels(browser, picture, withoutPolicy[i]!)).toBe(0);
});
