/**
 * Where a toggle or a time step spends its time (issue 11): opens the built app on a generated
 * dataset as the benchmark does, then records a CPU profile (Chrome DevTools Protocol) around the
 * *Opposition* toggle or a one-year step of the *As of* slider, from the input to the end of the
 * first frame showing it, and lists the functions by self and by total time.
 *
 *   npx vite build --minify false && npx tsx scripts/profile-input.ts [toggle|step] [actors/relations = 1000/2700] [repeats = 3]
 *
 * PROFILE_TRACE=1 also prints each run's trace (tasks, frames, the canvas commit);
 * PROFILE_WITHIN=renderFn,_$EP lists the total times inside those functions (Cytoscape's frame,
 * Lit's updates); PROFILE_LIKE_BENCH=1 turns the wheel and opens the drawer just before the first
 * input, as the benchmark does; PROFILE_BASELINE=1 then makes the same change on a plain Cytoscape
 * page with the app's elements, stylesheet, positions and zoom, three ways (class, style bypass,
 * removal), and prints how long each took to reach the pixels.
 *
 * A build without minifying keeps function names readable; the timings come from the same
 * measure as the benchmark's (bench/page-probes.ts).
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright';
import { startBenchServer } from '../bench/bench-server.ts';
import { benchSizes, sizeLabel } from '../bench/generate-dataset.ts';
import { installAppProbe, watchNextChange, type BenchWindow } from '../bench/page-probes.ts';
import { datasetFor } from '../bench/runner.ts';
import { chromiumArgs, chromiumPath } from './chromium-options.ts';

const [which = 'toggle', sizeArgument = '1000/2700', repeatsArgument = '3'] = process.argv.slice(2);
if (which !== 'toggle' && which !== 'step') throw new Error('usage: profile-input.ts [toggle|step] [actors/relations] [repeats]');
const size = benchSizes.find((candidate) => sizeLabel(candidate) === sizeArgument);
if (!size) throw new Error(`no benchmark size ${sizeArgument}`);
const repeats = Number(repeatsArgument);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const nameOf = (frame: ProfileNode['callFrame']) => `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;

/** Self and total (inclusive) time by function, in ms, over all the profiles. */
function tally(profiles: readonly CpuProfile[], within?: string): { self: Map<string, number>; total: Map<string, number>; ms: number } {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let ms = 0;
  const add = (map: Map<string, number>, key: string, value: number) => map.set(key, (map.get(key) ?? 0) + value);
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    profile.samples.forEach((id, i) => {
      const interval = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
      ms += interval;
      const node = byId.get(id);
      if (!node) return;
      if (within !== undefined) {
        let inside = false;
        for (let at: number | undefined = id; at !== undefined && !inside; at = parent.get(at)) inside = byId.get(at)?.callFrame.functionName === within;
        if (!inside) return;
      }
      add(self, nameOf(node.callFrame), interval);
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const frame = byId.get(at)?.callFrame;
        if (!frame) continue;
        const key = nameOf(frame);
        if (!seen.has(key)) add(total, key, interval);
        seen.add(key);
      }
    });
  }
  return { self, total, ms };
}

/**
 * The first profile as a sequence: consecutive samples under the same entry point (the function
 * the task or callback started in, or the engine's own work) merged into one segment.
 */
function timeline(profile: CpuProfile): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const entryOf = (id: number): string => {
    let at = id;
    for (let up = parent.get(at); up !== undefined && parent.get(up) !== undefined; up = parent.get(at)) at = up;
    const frame = byId.get(at)?.callFrame;
    return frame ? nameOf(frame) : '?';
  };
  const segments: { entry: string; start: number; ms: number }[] = [];
  let clock = 0;
  profile.samples.forEach((id, i) => {
    const interval = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const entry = entryOf(id);
    const last = segments[segments.length - 1];
    if (last && last.entry === entry) last.ms += interval;
    else segments.push({ entry, start: clock, ms: interval });
    clock += interval;
  });
  // From the input's handler on: before it, Playwright finds the control and moves the mouse.
  const input = segments.findIndex((segment) => segment.entry.startsWith('handleEvent') || segment.entry.startsWith('listener'));
  return segments
    .slice(Math.max(0, input))
    .filter((segment) => segment.ms >= 0.5)
    .map((segment) => `  at ${segment.start.toFixed(1).padStart(6)} ms  ${segment.ms.toFixed(1).padStart(6)} ms  ${segment.entry}`)
    .join('\n');
}

const top = (map: Map<string, number>, count: number, runs: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `  ${(ms / runs).toFixed(1).padStart(6)} ms  ${key}`)
    .join('\n');

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: Record<string, unknown>; name?: string };
}

/**
 * The renderer main thread's trace events of half a millisecond or more, nested: the tasks of the
 * 300 ms before the input's dispatch (what it may have waited for), then everything to 300 ms after.
 */
function traceOutline(events: readonly TraceEvent[]): string {
  const main = events.find((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && events.some((e) => e.pid === event.pid && e.tid === event.tid && e.name === 'EventDispatch'));
  if (!main) return '(no renderer main thread)';
  const own = events.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const start = own.find((event) => event.name === 'EventDispatch' && ['click', 'keydown'].includes(String(event.args?.data?.['type'])))?.ts ?? own[0]?.ts ?? 0;
  const lines: string[] = [];
  const stack: number[] = [];
  for (const event of own) {
    if (event.ts < start - 300_000 || (event.dur ?? 0) < 500) continue;
    while (stack.length > 0 && (stack[stack.length - 1] ?? 0) <= event.ts) stack.pop();
    const depth = stack.length;
    stack.push(event.ts + (event.dur ?? 0));
    if (depth > 8 || (event.ts < start && depth > 1)) continue;
    const data = event.args?.data ?? {};
    const detail = [data['type'], data['functionName']].find((value): value is string => typeof value === 'string') ?? '';
    lines.push(`  ${'  '.repeat(depth)}at ${((event.ts - start) / 1000).toFixed(1).padStart(6)} ms  ${((event.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms  ${event.name} ${detail}`);
    if ((event.ts - start) / 1000 > 300) break;
  }
  return lines.join('\n');
}

const tracing = process.env['PROFILE_TRACE'] === '1';

async function measured(page: Page, session: CDPSession, eventType: 'click' | 'keydown', input: () => Promise<void>): Promise<{ ms: number | null; profile: CpuProfile }> {
  await page.evaluate(watchNextChange, eventType);
  const browser = page.context().browser();
  if (tracing && browser) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'gpu'] });
  await session.send('Profiler.start');
  await input();
  await page.waitForFunction(() => (window as unknown as BenchWindow).benchChange?.done === true, undefined, { polling: 50 });
  const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  if (tracing && browser) {
    const buffer = await browser.stopTracing();
    console.log(`trace:\n${traceOutline((JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents)}`);
  }
  const ms = await page.evaluate(() => (window as unknown as BenchWindow).benchChange?.result ?? null);
  return { ms, profile };
}

/**
 * The same change on a plain page (Cytoscape with the app's stylesheet, elements, positions,
 * zoom, pan and edge level of detail, and nothing else): what Cytoscape alone takes.
 */
async function plainPageToggle(appPage: Page, context: BrowserContext): Promise<void> {
  const state = await appPage.evaluate(() => {
    const cy = document.querySelector('entente-app')?.shadowRoot?.querySelector('graph-canvas')?.cy;
    if (!cy) throw new Error('no graph');
    return {
      elements: cy.elements().map((element) => ({ group: element.group(), data: element.data() as Record<string, unknown>, classes: element.classes().filter((name) => name !== 'hidden'), position: element.isNode() ? { ...element.position() } : undefined })),
      zoom: cy.zoom(),
      pan: cy.pan(),
    };
  });
  const page = await context.newPage();
  await page.goto(`${server.origin}/baseline.html`);
  await page.waitForFunction(() => 'cytoscape' in window);
  const { graphStylesheet } = await import('../src/graph/stylesheet.ts');
  const runs = await page.evaluate(
    async ({ state, style, repeats }) => {
      const win = window as unknown as { cytoscape: (options: object) => import('cytoscape').Core };
      const container = document.querySelector('#cy') as HTMLElement;
      const cy = win.cytoscape({ container, elements: state.elements, style, layout: { name: 'preset', fit: false } });
      cy.viewport({ zoom: state.zoom, pan: state.pan });
      const frames = (n: number) => new Promise<void>((resolve) => { const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1))); step(n); });
      await frames(60);
      const opposition = cy.edges('.type-opposition');
      const ways: Record<string, (hide: boolean) => void> = {
        class: (hide) => opposition.toggleClass('hidden', hide),
        bypass: (hide) => (hide ? opposition.style('display', 'none') : opposition.removeStyle('display')),
        remove: (hide) => (hide ? opposition.remove() : opposition.restore()),
      };
      const times: Record<string, number[]> = {};
      for (let i = 0; i < repeats; i++) {
        for (const [way, change] of Object.entries(ways)) {
          for (const hide of [true, false]) {
            const start = performance.now();
            cy.batch(() => change(hide));
            const end = await new Promise<number>((resolve) => requestAnimationFrame(() => { const channel = new MessageChannel(); channel.port1.onmessage = () => resolve(performance.now()); channel.port2.postMessage(null); }));
            (times[`${way} ${hide ? 'hide' : 'show'}`] ??= []).push(end - start);
            await frames(40);
          }
        }
      }
      return Object.entries(times).map(([way, ms]) => `${way}: ${ms.map((t) => t.toFixed(0)).join(', ')}`).join('; ');
    },
    { state, style: graphStylesheet(), repeats },
  );
  console.log(`plain page, opposition hidden, ms: ${runs}`);
}

const server = await startBenchServer();
server.put('profiled', datasetFor(size));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const page = await context.newPage();
  await page.addInitScript(installAppProbe, { expectedNodes: size.actors, quietMs: 1500, quietFrames: 20 });
  await page.goto(`${server.origin}/app/?data=${encodeURIComponent('/data/profiled.json')}`);
  await page.waitForFunction(() => (window as unknown as BenchWindow).benchProbe?.settledAt != null, undefined, { timeout: 120_000, polling: 250 });
  // As the benchmark does: the wheel first, then the Filters drawer, and the input two frames later.
  const likeBench = process.env['PROFILE_LIKE_BENCH'] === '1';
  const zoomNow = () => page.evaluate(() => document.querySelector('entente-app')?.shadowRoot?.querySelector('graph-canvas')?.cy?.zoom() ?? NaN);
  console.log(`zoom after loading: ${(await zoomNow()).toFixed(3)}`);
  if (likeBench) {
    await page.mouse.move(720, 450);
    const end = Date.now() + 2000;
    for (let i = 0; Date.now() < end; i++) await page.mouse.wheel(0, Math.floor(i / 3) % 2 === 0 ? -25 : 25);
  }
  console.log(`zoom before the input: ${(await zoomNow()).toFixed(3)}`);
  const session = await context.newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  await page.getByRole('button', { name: 'Filters' }).click();
  const nextFrames = () => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  let first = true;
  const settle = async () => {
    if (likeBench && first) await nextFrames();
    else await page.waitForTimeout(1000);
    first = false;
  };
  const profiles: CpuProfile[] = [];
  const times: (number | null)[] = [];
  if (which === 'step') {
    await page.getByRole('radio', { name: 'As of' }).check();
    if (!likeBench) await settle();
  }
  const checkbox = page.getByRole('checkbox', { name: /Opposition/ });
  const slider = page.getByRole('slider', { name: 'As of year' });
  for (let i = 0; i < repeats; i++) {
    await settle();
    // The benchmark's input (hide opposition, a year back), then its undoing, unmeasured.
    const run =
      which === 'toggle'
        ? await measured(page, session, 'click', () => checkbox.click())
        : await measured(page, session, 'keydown', () => slider.press('ArrowLeft'));
    profiles.push(run.profile);
    times.push(run.ms);
    await settle();
    if (which === 'toggle') await checkbox.click();
    else await slider.press('ArrowRight');
  }
  if (process.env['PROFILE_BASELINE'] === '1') await plainPageToggle(page, context);
  const { self, total, ms } = tally(profiles);
  console.log(`${which} at ${sizeLabel(size)}: input to pixels ${times.map((t) => (t === null ? 'none' : `${t.toFixed(0)} ms`)).join(', ')}; profiled ${(ms / repeats).toFixed(0)} ms a run`);
  for (const profile of profiles) console.log(`timeline:\n${timeline(profile)}`);
  console.log(`by self time (per run):\n${top(self, 40, repeats)}`);
  console.log(`by total time (per run):\n${top(total, 70, repeats)}`);
  for (const entry of (process.env['PROFILE_WITHIN'] ?? '').split(',').filter(Boolean)) {
    const part = tally(profiles, entry);
    console.log(`within ${entry}, ${(part.ms / repeats).toFixed(1)} ms a run, by total time:\n${top(part.total, 50, repeats)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
