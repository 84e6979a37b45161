import { expect, test, type Page } from '@playwright/test';
import { openExplorer } from './helpers';

/** On-screen size (zoom x font size) of every label the graph shows, smallest first. */
async function shownLabelSizes(page: Page): Promise<{ id: string; px: number }[]> {
  return page.evaluate(() => {
    const cy = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!;
    return cy
      .nodes(':visible')
      .filter((node) => node.style('label') !== '' && Number(node.style('text-opacity')) > 0)
      .map((node) => ({ id: node.id(), px: cy.zoom() * parseFloat(String(node.style('font-size'))) }))
      .sort((a, b) => a.px - b.px);
  });
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test(`labels are at least 11px on screen at ${size.width}x${size.height}, and stay between 11 and 18px while zooming`, async ({ page }) => {
    await page.setViewportSize(size);
    await openExplorer(page);
    const initial = await shownLabelSizes(page);
    console.log(`${size.width}x${size.height}: ${initial.length} labels shown, smallest ${initial[0]?.px.toFixed(1)}px, largest ${initial.at(-1)?.px.toFixed(1)}px`);
    expect(initial.length).toBeGreaterThan(10);
    expect(initial[0]!.px).toBeGreaterThanOrEqual(11);
    const canvas = page.locator('entente-app').locator('graph-canvas');
    for (const button of ['Zoom in', 'Zoom in', 'Zoom in', 'Zoom out', 'Zoom out', 'Zoom out', 'Zoom out', 'Zoom out']) {
      await canvas.getByRole('button', { name: button, exact: true }).click();
      const sizes = await shownLabelSizes(page);
      expect(sizes[0]!.px).toBeGreaterThanOrEqual(11);
      expect(sizes.at(-1)!.px).toBeLessThanOrEqual(18.5);
    }
  });
}

test('hovering an actor with the mouse highlights its neighbourhood', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openExplorer(page);
  const point = await page.evaluate(() => {
    const canvas = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!;
    const at = canvas.cy!.getElementById('kazakhstan').renderedPosition();
    const box = canvas.getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  });
  await page.mouse.move(point.x, point.y);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const cy = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!;
        return { highlighted: cy.getElementById('kazakhstan').hasClass('neighbourhood'), faded: cy.$('.faded').length > 0 };
      }),
    )
    .toEqual({ highlighted: true, faded: true });
});
