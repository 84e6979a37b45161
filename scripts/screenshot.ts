// Takes a screenshot of the running app: `tsx scripts/screenshot.ts URL OUT.png [edge-id] [--dark] [--phone]`.
// 1440x900 unless --phone (390x844, touch); --dark asks for the dark colour scheme.
// Used for the README pictures and for looking at what we built.
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium-options.ts';

const flags = new Set(process.argv.slice(2).filter((arg) => arg.startsWith('--')));
const [url = 'http://127.0.0.1:4173/', out = 'screenshot.png', edgeId] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const phone = flags.has('--phone');
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const page = await browser.newPage({
  viewport: phone ? { width: 390, height: 844 } : { width: 1440, height: 900 },
  colorScheme: flags.has('--dark') ? 'dark' : 'light',
  hasTouch: phone,
  isMobile: phone,
});
page.on('console', (message) => console.log(`[console.${message.type()}] ${message.text()}`));
page.on('pageerror', (error) => console.log(`[pageerror] ${error.stack ?? error.message}`));
await page.goto(url);
// Laid out, not only added: a dataset opened by `?data=` is hidden while the worker lays it out.
await page.waitForFunction(() => {
  const canvas = document.querySelector('entente-app')?.shadowRoot?.querySelector('graph-canvas');
  const container = canvas?.shadowRoot?.querySelector('.cy');
  return (canvas?.cy?.nodes().length ?? 0) > 0 && container !== null && container !== undefined && !container.classList.contains('laying-out');
});
// The first frame after the layout.
await page.waitForTimeout(500);
if (edgeId) {
  await page.evaluate((id) => {
    const canvas = document.querySelector('entente-app')?.shadowRoot?.querySelector('graph-canvas');
    canvas?.cy?.getElementById(id).emit('tap');
  }, edgeId);
  // Let the camera finish moving the edge clear of the panel.
  await page.waitForTimeout(800);
}
console.log('zoom', await page.evaluate(() => document.querySelector('entente-app')?.shadowRoot?.querySelector('graph-canvas')?.cy?.zoom()));
await page.screenshot({ path: out });
await browser.close();
console.log(`wrote ${out}`);
