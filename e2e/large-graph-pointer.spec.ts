import { expect, test } from '@playwright/test';
import dataset from '../graph-data/zagorski-2009.json' with { type: 'json' };
import { generateDataset, profileOf } from '../bench/generate-dataset.ts';
import { largeGraphActors } from '../src/graph/level-of-detail.ts';
import type { Dataset } from '../src/model/schema';
import { elementPointOnPage, waitForLayout, watchConsole } from './helpers';

// Above the size from which the graph hears of a button-less pointer only once it rests.
const large = generateDataset({ size: { actors: largeGraphActors + 100, relations: 1100 }, profile: profileOf(dataset as Dataset) });

test('on a large graph the mouse still hovers, selects and pans', async ({ page }) => {
  test.setTimeout(120_000);
  const messages = watchConsole(page);
  await page.route('**/datasets/large.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(large) }));
  await page.goto('./?data=datasets/large.json');
  await expect(page.locator('graph-canvas').getByRole('status')).toBeHidden({ timeout: 90_000 });
  await waitForLayout(page);
  const [hub, other] = await page.evaluate(() =>
    document
      .querySelector('entente-app')!
      .shadowRoot!.querySelector('graph-canvas')!
      .cy!.nodes()
      .sort((a, b) => Number(b.data('degree')) - Number(a.data('degree')))
      .slice(0, 2)
      .map((node) => node.id()),
  );
  const hubAt = await elementPointOnPage(page, hub!);
  const otherAt = await elementPointOnPage(page, other!);

  // The pointer crosses one actor and comes to rest on another: that one is highlighted.
  await page.mouse.move(otherAt.x, otherAt.y, { steps: 5 });
  await page.mouse.move(hubAt.x, hubAt.y, { steps: 10 });
  const marks = () =>
    page.evaluate((ids) => {
      const cy = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!;
      return ids.map((id) => cy.getElementById(id).hasClass('hovered'));
    }, [hub!, other!]);
  await expect.poll(marks).toEqual([true, false]);

  // A click selects it (the address says so).
  await page.mouse.click(hubAt.x, hubAt.y);
  await expect(page).toHaveURL(new RegExp(`sel=actor:${hub!}`));

  // A drag from empty canvas pans the view by as much, and leaves the selection alone.
  const empty = await page.evaluate(() => {
    const canvas = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!;
    const cy = canvas.cy!;
    const box = canvas.getBoundingClientRect();
    const bodies = cy.nodes(':visible').map((node) => node.renderedBoundingBox({ includeLabels: false }));
    for (let y = box.height * 0.3; y < box.height * 0.7; y += 7) {
      for (let x = box.width * 0.2; x < box.width * 0.5; x += 7) {
        if (bodies.every((b) => x < b.x1 - 6 || x > b.x2 + 6 || y < b.y1 - 6 || y > b.y2 + 6)) return { x: box.left + x, y: box.top + y };
      }
    }
    return null;
  });
  expect(empty).not.toBeNull();
  const pan = () => page.evaluate(() => ({ ...document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!.pan() }));
  const before = await pan();
  await page.mouse.move(empty!.x, empty!.y);
  await page.mouse.down();
  await page.mouse.move(empty!.x + 150, empty!.y + 90, { steps: 15 });
  await page.mouse.up();
  const after = await pan();
  expect(Math.abs(after.x - before.x - 150)).toBeLessThan(2);
  expect(Math.abs(after.y - before.y - 90)).toBeLessThan(2);
  await expect(page).toHaveURL(new RegExp(`sel=actor:${hub!}`));
  expect(messages).toEqual([]);
});
