// Takes a screenshot of the running app: `tsx scripts/screenshot.ts URL OUT.png [edge-id]`.
// Used for the README picture and for looking at what we built.
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium-options.ts';

const [url = 'http://127.0.0.1:4173/', out = 'screenshot.png', edgeId] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on('console', (message) => console.log(`[console.${message.type()}] ${message.text()}`));
page.on("pageerror", (error) => console.log(`[pageerror] ${error.stack ?? error.message}`));
await page.goto(url);
await page.waitForFunction(() => (document.querySelector('entente-app')?.shadowRoot?.querySelector('graph-canvas')?.cy?.nodes().length ?? 0) > 0);
if (edgeId) {
  await page.evaluate((id) => {
    const canvas = document.querySelector('entente-app')?.shadowRoot?.querySelector('graph-canvas');
    canvas?.cy?.getElementById(id).emit('tap');
  }, edgeId);
  await page.waitForTimeout(200);
}
console.log('zoom', await page.evaluate(() => document.querySelector('entente-app')?.shadowRoot?.querySelector('graph-canvas')?.cy?.zoom()));
await page.screenshot({ path: out });
await browser.close();
console.log(`wrote ${out}`);
