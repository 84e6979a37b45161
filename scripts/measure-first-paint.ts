/**
 * How soon the bundled dataset is on screen when the app opens (issue 11): from navigation to
 * the end of the first frame with every actor placed apart, and the longest main-thread task
 * from navigation until a second after that, at 1440x900 in Debian's headless Chromium.
 *
 *   npx tsx scripts/measure-first-paint.ts http://127.0.0.1:4173/ [runs]
 *
 * The benchmark (`npm run bench`) opens every dataset by `?data=`, which lays it out; this opens
 * the app as a visitor does, on the bundled dataset.
 */
import { chromium } from 'playwright';
import dataset from '../graph-data/zagorski-2009.json' with { type: 'json' };
import { chromiumArgs, chromiumPath } from './chromium-options';

const [url, runsArgument = '7'] = process.argv.slice(2);
if (!url) throw new Error('usage: measure-first-paint.ts URL [runs]');

interface FirstPaintProbe {
  firstPictureAt: number | null;
  longTasks: { start: number; duration: number }[];
}

/** Runs in the page before the app: long tasks, and the first frame showing every actor apart. */
function installProbe(expectedNodes: number): void {
  const probe: FirstPaintProbe = { firstPictureAt: null, longTasks: [] };
  (window as unknown as { firstPaintProbe: FirstPaintProbe }).firstPaintProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const tick = (): void => {
    const cy = document.querySelector('entente-app')?.shadowRoot?.querySelector('graph-canvas')?.cy;
    const places = new Set(cy?.nodes().map((node) => `${node.position('x')},${node.position('y')}`));
    // Placed in this frame: the time once its drawing is done (a message runs after the frame).
    if (places.size === expectedNodes) {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (probe.firstPictureAt = performance.now());
      channel.port2.postMessage(null);
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const describe = (values: number[]) => `${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const firstPictures: number[] = [];
  const longestTasks: number[] = [];
  for (let i = 0; i < Number(runsArgument); i++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // tsx names functions with an `__name` helper that the page lacks.
    await page.addInitScript({ content: `var __name = (f) => f; (${installProbe.toString()})(${dataset.actors.length});` });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as { firstPaintProbe?: FirstPaintProbe }).firstPaintProbe?.firstPictureAt != null, undefined, { timeout: 60_000 });
    await page.waitForTimeout(1000);
    const probe = await page.evaluate(() => (window as unknown as { firstPaintProbe: FirstPaintProbe }).firstPaintProbe);
    await page.close();
    const until = (probe.firstPictureAt ?? 0) + 1000;
    firstPictures.push(probe.firstPictureAt ?? NaN);
    longestTasks.push(Math.max(0, ...probe.longTasks.filter((task) => task.start <= until).map((task) => task.duration)));
  }
  console.log(`first picture ${describe(firstPictures)}; longest main-thread task ${describe(longestTasks)} (median of ${firstPictures.length}, range)`);
} finally {
  await browser.close();
}
