/**
 * Runs the benchmark: for each dataset size, the built app (opened by `?data=`, driven by its
 * visible controls and the mouse wheel, read through `graph-canvas`'s public `cy`) and the
 * same-run baselines (a plain page with the same elements and stylesheet), each several times.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { chromium, errors, type Browser, type BrowserContext, type Page } from 'playwright';
import bundledJson from '../graph-data/zagorski-2009.json' with { type: 'json' };
import { chromiumArgs, chromiumPath } from '../scripts/chromium-options.ts';
import { toElements } from '../src/graph/elements.ts';
import { groupParallelRelations } from '../src/graph/parallel-relations.ts';
import { graphStylesheet } from '../src/graph/stylesheet.ts';
import { defaultViewState, type ViewState } from '../src/analysis/view-state.ts';
import { computeVisibility } from '../src/analysis/visibility.ts';
import { yearRange } from '../src/analysis/relation-time.ts';
import { indexDataset } from '../src/model/dataset-index.ts';
import type { Dataset } from '../src/model/schema.ts';
import { validateDataset } from '../src/model/validate.ts';
import { startBenchServer, type BenchServer } from './bench-server.ts';
import { generateDataset, profileOf, sizeLabel, type DatasetSize } from './generate-dataset.ts';
import { emptyCanvasPoint, installAppProbe, installBaselineControls, waitForQuietFrames, runBaseline, startFrameCount, stopFrameCount, watchNextChange, type AppLook, type BaselineArgs, type BaselineChanges, type BenchWindow, type FrameCount } from './page-probes.ts';
import { measures, ratioOf, ratios, summarize, type BenchResults, type MeasureId, type Sample, type SizeResult } from './report.ts';

export interface BenchOptions {
  readonly sizes: readonly DatasetSize[];
  readonly runs: number;
  readonly quick: boolean;
  /** Per measure; a measure over it is reported as "> limit" and not run again for that size. */
  readonly timeoutMs: number;
  /** How long the wheel turns, the view is dragged or the pointer moves for a frames-per-second figure. */
  readonly zoomMs: number;
  readonly port: number;
  /** The build to open (default: the project's dist/). */
  readonly distDir?: string;
  /** Which baselines to run (default: all). */
  readonly baselines?: readonly BaselineLayout[];
  readonly log: (line: string) => void;
}

const viewport = { width: 1440, height: 900 };
/** The picture counts as settled when it has not moved for this long (and at least 20 frames). */
const settleQuietMs = 1500;
export const baselineLayouts = ['fcose-default', 'fcose-draft', 'cose', 'preset'] as const;
export type BaselineLayout = (typeof baselineLayouts)[number];

export function bundledDataset(): Dataset {
  const result = validateDataset(bundledJson);
  if (!result.ok) throw new Error('the bundled dataset does not validate');
  return result.dataset;
}

/** The dataset for a size: the bundled one at its own size, otherwise a generated one. */
export function datasetFor(size: DatasetSize): Dataset {
  const bundled = bundledDataset();
  if (size.actors === bundled.actors.length && size.relations === bundled.relations.length) return bundled;
  return generateDataset({ size, profile: profileOf(bundled) });
}

class Timeout extends Error {}

/** Waits for a promise, giving up after `ms` (the page is thrown away afterwards either way). */
async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Timeout()), ms)));
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof Timeout || error instanceof errors.TimeoutError;
}

/** One browser for the run; relaunched when a page hung so badly it could not be closed. */
class BrowserHolder {
  private browser: Browser | undefined;

  async get(): Promise<Browser> {
    this.browser ??= await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    return this.browser;
  }

  async withPage<T>(work: (page: Page) => Promise<T>): Promise<T> {
    const browser = await this.get();
    const context: BrowserContext = await browser.newContext({ viewport });
    // tsx keeps function names with an __name() helper that serialised page functions call.
    await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    try {
      return await work(await context.newPage());
    } finally {
      try {
        await within(15_000, context.close());
      } catch {
        await this.close();
      }
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    if (browser) await within(15_000, browser.close()).catch(() => undefined);
  }
}

async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Frames per second between the first and last frame; with fewer than 2 frames, over the whole count. */
function framesPerSecond(count: FrameCount | undefined): number | null {
  if (!count) return null;
  if (count.frames >= 2 && count.last > count.first) return (count.frames - 1) / ((count.last - count.first) / 1000);
  return count.stoppedAt > count.startedAt ? count.frames / ((count.stoppedAt - count.startedAt) / 1000) : null;
}

/**
 * Turns the wheel over a point for `ms`, three notches in then three out (each about 1.26x in
 * Cytoscape, so the app's zoom limits are not reached), and gives the frames drawn per second.
 */
async function wheelZoomFps(page: Page, point: { x: number; y: number }, ms: number): Promise<Sample> {
  await page.mouse.move(point.x, point.y);
  // A large graph takes the pointer as resting there after a moment, and hovers what is under it
  // (a redraw of the whole graph): that is not the zoom's cost.
  await page.evaluate(waitForQuietFrames, { quietMs: 500, maxMs: 20_000 });
  await page.evaluate(startFrameCount);
  const end = Date.now() + ms;
  for (let i = 0; Date.now() < end; i++) await page.mouse.wheel(0, Math.floor(i / 3) % 2 === 0 ? -25 : 25);
  const count = await page.evaluate(stopFrameCount);
  const fps = framesPerSecond(count);
  return fps === null || !count?.zoomChanged ? 'failed' : fps;
}

/**
 * Presses the button on empty canvas (so the view pans, no actor moves) and drags in circles of
 * 120 px, 10 px a step, for `ms`, then lets go: the frames drawn per second while the view pans.
 */
export async function dragPanFps(page: Page, ms: number): Promise<Sample> {
  const start = await page.evaluate(emptyCanvasPoint, 6);
  if (!start) return 'failed';
  const radius = 120;
  const stepsPerTurn = Math.round((2 * Math.PI * radius) / 10);
  // Start on the circle's rim: the circle's centre is left of the pressed point.
  const at = (i: number) => ({ x: start.x - radius + radius * Math.cos((2 * Math.PI * i) / stepsPerTurn), y: start.y + radius * Math.sin((2 * Math.PI * i) / stepsPerTurn) });
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.evaluate(startFrameCount);
  const end = Date.now() + ms;
  for (let i = 1; Date.now() < end; i++) {
    const { x, y } = at(i);
    await page.mouse.move(x, y);
  }
  const count = await page.evaluate(stopFrameCount);
  await page.mouse.up();
  const fps = framesPerSecond(count);
  return fps === null || !count?.panChanged ? 'failed' : fps;
}

/**
 * Moves the pointer without a button, 6 px a step, to and fro across the middle of the graph
 * (over actors and relations) for `ms`: the frames drawn per second, and the longest task.
 */
export async function pointerMove(page: Page, box: { x: number; y: number; width: number; height: number }, ms: number): Promise<{ fps: Sample; longestTask: Sample }> {
  const left = box.x + box.width * 0.25;
  const width = box.width * 0.5;
  const rows = [0.35, 0.45, 0.55, 0.65].map((f) => box.y + box.height * f);
  const perRow = Math.round(width / 6);
  const at = (i: number) => {
    const row = Math.floor(i / perRow);
    const along = i % perRow;
    const forward = row % 2 === 0;
    return { x: left + (forward ? along : perRow - along) * 6, y: rows[row % rows.length] ?? box.y + box.height / 2 };
  };
  // Counting starts with the first move: the page is not left a moment to take the pointer as resting.
  await page.evaluate(startFrameCount);
  const end = Date.now() + ms;
  for (let i = 0; Date.now() < end; i++) {
    const { x, y } = at(i);
    await page.mouse.move(x, y);
  }
  const count = await page.evaluate(stopFrameCount);
  const fps = framesPerSecond(count);
  return { fps: fps ?? 'failed', longestTask: count ? count.longestTask : 'failed' };
}

/**
 * The pointer measures but those in `skip`; before each, the page is left to finish what the last
 * gesture started (frames coming steadily for 1 s, at most 20 s).
 */
async function measurePointer(page: Page, box: { x: number; y: number; width: number; height: number }, ms: number, prefix: 'app' | 'preset', skip: ReadonlySet<MeasureId>): Promise<Samples> {
  const samples: Samples = {};
  if (!skip.has(`${prefix}.pointerFps`)) {
    await page.evaluate(waitForQuietFrames, { quietMs: 1000, maxMs: 20_000 });
    const moved = await pointerMove(page, box, ms);
    samples[`${prefix}.pointerFps`] = moved.fps;
    samples[`${prefix}.pointerLongestTask`] = moved.longestTask;
  }
  if (!skip.has(`${prefix}.panFps`)) {
    await page.evaluate(waitForQuietFrames, { quietMs: 1000, maxMs: 20_000 });
    samples[`${prefix}.panFps`] = await dragPanFps(page, ms);
  }
  return samples;
}

/** Arms a change watch, performs the input, and waits for the frame that shows its effect. */
async function inputToPixels(page: Page, eventType: 'click' | 'keydown', input: () => Promise<void>, timeoutMs: number): Promise<Sample> {
  await page.evaluate(watchNextChange, eventType);
  await input();
  await page.waitForFunction(() => (window as unknown as BenchWindow).benchChange?.done === true, undefined, { timeout: timeoutMs, polling: 50 });
  const result = await page.evaluate(() => (window as unknown as BenchWindow).benchChange?.result ?? null);
  return result ?? 'failed';
}

type Samples = Partial<Record<MeasureId, Sample>>;
type Positions = Record<string, { x: number; y: number }>;

interface AppRun {
  readonly samples: Samples;
  /** Where the app put each actor, for the preset baseline. */
  readonly positions?: Positions;
  /** How the app drew the settled graph, for the preset baseline's toggle and time step. */
  readonly look?: AppLook;
}

async function measureApp(holder: BrowserHolder, server: BenchServer, name: string, dataset: Dataset, options: BenchOptions, skip: ReadonlySet<MeasureId>): Promise<AppRun> {
  const limit = options.timeoutMs;
  return holder.withPage(async (page) => {
    const samples: Samples = {};
    await page.addInitScript(installAppProbe, { expectedNodes: dataset.actors.length, quietMs: settleQuietMs, quietFrames: 20 });
    await page.goto(`${server.origin}/app/?data=${encodeURIComponent(`/data/${name}.json`)}`, { waitUntil: 'commit' });
    try {
      // Playwright's own timeout, and ours in case a blocked page keeps it from firing.
      await within(limit + settleQuietMs + 5000, page.waitForFunction(() => (window as unknown as BenchWindow).benchProbe?.settledAt != null, undefined, { timeout: limit + settleQuietMs, polling: 250 }));
    } catch (error) {
      if (!isTimeout(error)) throw error;
      // The first picture may have come in time even if the graph never settled.
      const firstPictureAt = await within(5000, page.evaluate(() => (window as unknown as BenchWindow).benchProbe?.firstPictureAt ?? null)).catch(() => null);
      return { samples: { 'app.settled': 'timeout', 'app.firstPicture': firstPictureAt !== null && firstPictureAt <= limit ? firstPictureAt : 'timeout' } };
    }
    const probe = await page.evaluate(() => (window as unknown as BenchWindow).benchProbe);
    if (!probe || probe.settledAt === null) return { samples: { 'app.settled': 'failed' } };
    const settledAt = probe.settledAt;
    samples['app.settled'] = settledAt > limit ? 'timeout' : settledAt;
    samples['app.firstPicture'] = probe.firstPictureAt ?? 'failed';
    samples['app.longestTask'] = Math.max(0, ...probe.longTasks.filter((t) => t.start <= settledAt).map((t) => t.duration));
    const positions = await page.evaluate((): Positions | undefined => {
      const cy = document.querySelector('entente-app')?.shadowRoot?.querySelector('graph-canvas')?.cy;
      return cy ? Object.fromEntries(cy.nodes().map((node) => [node.id(), { ...node.position() }])) : undefined;
    });
    const look = await page.evaluate((): AppLook | undefined => {
      const cy = document.querySelector('entente-app')?.shadowRoot?.querySelector('graph-canvas')?.cy;
      return cy ? { classes: cy.elements().map((element) => [element.id(), element.classes().join(' ')] as const), zoom: cy.zoom(), pan: { ...cy.pan() } } : undefined;
    });

    const step = async (id: MeasureId, work: () => Promise<Sample>) => {
      if (skip.has(id)) return;
      try {
        samples[id] = await within(limit, work());
      } catch (error) {
        if (!isTimeout(error)) throw error;
        samples[id] = 'timeout';
      }
    };
    // Zoom first, on the whole graph; the toggle and the time step then hide some of it.
    await step('app.zoomFps', async () => {
      const box = await page.locator('graph-canvas').boundingBox({ timeout: limit });
      if (!box) return 'failed';
      return wheelZoomFps(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, options.zoomMs);
    });
    // Then the pointer over the graph, and a drag that pans it (back to about where it was).
    if (!skip.has('app.pointerFps') || !skip.has('app.panFps')) {
      try {
        const box = await page.locator('graph-canvas').boundingBox({ timeout: limit });
        if (box) Object.assign(samples, await within(limit, measurePointer(page, box, options.zoomMs, 'app', skip)));
      } catch (error) {
        if (!isTimeout(error)) throw error;
        samples['app.pointerFps'] ??= 'timeout';
        samples['app.panFps'] ??= 'timeout';
      }
    }
    // The filter and time controls are in the Filters drawer; opening it is not measured.
    const openFilters = async () => {
      const filters = page.getByRole('button', { name: 'Filters' });
      if ((await filters.getAttribute('aria-expanded', { timeout: limit })) !== 'true') await filters.click({ timeout: limit });
      await nextFrames(page);
    };
    await step('app.toggle', async () => {
      await openFilters();
      return inputToPixels(page, 'click', () => page.getByRole('checkbox', { name: /Opposition/ }).click({ timeout: limit }), limit);
    });
    await step('app.timeStep', async () => {
      await openFilters();
      await page.getByRole('radio', { name: 'As of' }).check({ timeout: limit });
      const slider = page.getByRole('slider', { name: 'As of year' });
      await slider.waitFor({ timeout: limit });
      await nextFrames(page);
      return inputToPixels(page, 'keydown', () => slider.press('ArrowLeft', { timeout: limit }), limit);
    });
    return { samples, ...(positions ? { positions } : {}), ...(look ? { look } : {}) };
  });
}

interface BaselineRun {
  readonly samples: Samples;
  readonly positions?: Positions;
}

/**
 * What the benchmark's toggle and time step hide in the app, by the app's own visibility code:
 * "Opposition" off, then (with it still off) "As of" the last year and one year back.
 */
export function baselineChanges(dataset: Dataset): BaselineChanges | undefined {
  const years = yearRange(dataset.relations);
  if (!years) return undefined;
  const index = indexDataset(dataset);
  const groups = groupParallelRelations(dataset.relations);
  const hiddenBy = (before: ViewState, after: ViewState) => {
    const shown = computeVisibility(index, before);
    const then = computeVisibility(index, after);
    // A merged edge (drawn instead of its relations when zoomed out) goes when none of them is left.
    const standsFor = (visible: ReadonlySet<string>) => new Set(groups.filter((group) => group.relationIds.some((id) => visible.has(id))).map((group) => group.id));
    const mergedThen = standsFor(then.visibleRelations);
    const mergedGone = [...standsFor(shown.visibleRelations)].filter((id) => !mergedThen.has(id));
    return {
      relations: [...[...shown.visibleRelations].filter((id) => !then.visibleRelations.has(id)), ...mergedGone],
      actors: [...shown.visibleActors].filter((id) => !then.visibleActors.has(id)),
    };
  };
  const toggled: ViewState = { ...defaultViewState, hiddenTypes: ['opposition'] };
  const toggle = hiddenBy(defaultViewState, toggled);
  const asOf = (year: number): ViewState => ({ ...toggled, time: { mode: 'as-of', date: String(year) } });
  const step = hiddenBy(asOf(years.last), asOf(years.last - 1));
  return { toggleRelationIds: toggle.relations, stepRelationIds: step.relations, stepActorIds: step.actors, firstYear: years.first, lastYear: years.last };
}

/** On the preset baseline's page: the "Opposition" toggle, then the one-year step, as the app's are measured. */
async function measureBaselineInputs(page: Page, changes: BaselineChanges, look: AppLook | undefined, timeoutMs: number): Promise<Samples> {
  await page.evaluate(installBaselineControls, { changes, look: look ?? null });
  await page.evaluate(waitForQuietFrames, { quietMs: 1000, maxMs: 20_000 });
  const samples: Samples = {};
  samples['preset.toggle'] = await inputToPixels(page, 'click', () => page.getByRole('checkbox', { name: 'Opposition' }).click({ timeout: timeoutMs }), timeoutMs);
  // As in the app, the step comes two frames after the toggle's change.
  await nextFrames(page);
  const slider = page.getByRole('slider', { name: 'As of year' });
  samples['preset.timeStep'] = await inputToPixels(page, 'keydown', () => slider.press('ArrowLeft', { timeout: timeoutMs }), timeoutMs);
  return samples;
}

async function measureBaseline(holder: BrowserHolder, server: BenchServer, name: string, layout: BaselineLayout, options: BenchOptions, changes: BaselineChanges | undefined, look: AppLook | undefined): Promise<BaselineRun> {
  return holder.withPage(async (page) => {
    const args: BaselineArgs = {
      elementsUrl: `/data/${name}-elements${layout === 'preset' ? '-positioned' : ''}.json`,
      styleUrl: '/data/stylesheet.json',
      layout,
      seed: 20100101,
      keepPositions: layout === 'fcose-draft',
    };
    await page.addInitScript(runBaseline, args);
    await page.goto(`${server.origin}/baseline.html`, { waitUntil: 'commit' });
    try {
      await within(options.timeoutMs + 5000, page.waitForFunction(() => (window as unknown as BenchWindow).benchBaseline !== undefined, undefined, { timeout: options.timeoutMs, polling: 250 }));
    } catch (error) {
      if (!isTimeout(error)) throw error;
      return { samples: { [`${layout}.firstFrame`]: 'timeout', [layout === 'preset' ? 'preset.zoomFps' : `${layout}.layout`]: 'timeout' } };
    }
    const outcome = await page.evaluate(() => (window as unknown as BenchWindow).benchBaseline);
    if (!outcome || outcome.error !== undefined) {
      options.log(`  baseline ${layout} failed: ${outcome?.error ?? 'no outcome'}`);
      return { samples: { [`${layout}.firstFrame`]: 'failed' } };
    }
    const samples: Samples = { [`${layout}.firstFrame`]: outcome.firstFrameAt };
    if (layout === 'preset') {
      // As in the app, where the picture has stood still this long before the wheel turns.
      await page.waitForTimeout(settleQuietMs);
      samples['preset.zoomFps'] = await within(options.timeoutMs, wheelZoomFps(page, { x: viewport.width / 2, y: viewport.height / 2 }, options.zoomMs)).catch((error: unknown) => {
        if (isTimeout(error)) return 'timeout' as const;
        throw error;
      });
      const box = { x: 0, y: 0, ...viewport };
      Object.assign(
        samples,
        await within(options.timeoutMs, measurePointer(page, box, options.zoomMs, 'preset', new Set())).catch((error: unknown) => {
          if (isTimeout(error)) return { 'preset.pointerFps': 'timeout', 'preset.panFps': 'timeout' } as const;
          throw error;
        }),
      );
      if (changes) {
        Object.assign(
          samples,
          await within(options.timeoutMs, measureBaselineInputs(page, changes, look, options.timeoutMs)).catch((error: unknown) => {
            if (isTimeout(error)) return { 'preset.toggle': 'timeout', 'preset.timeStep': 'timeout' } as const;
            throw error;
          }),
        );
      }
    } else samples[`${layout}.layout`] = outcome.layoutMs;
    return outcome.positions ? { samples, positions: outcome.positions } : { samples };
  });
}

function describe(samples: Samples): string {
  return Object.entries(samples)
    .map(([id, s]) => `${id} ${typeof s === 'number' ? (id.endsWith('Fps') ? s.toFixed(1) : `${s.toFixed(0)} ms`) : s}`)
    .join(', ');
}

/** A grid, used for the preset baseline only if neither the app nor the draft layout gave positions. */
function gridPositions(dataset: Dataset): Positions {
  const side = Math.ceil(Math.sqrt(dataset.actors.length));
  return Object.fromEntries(dataset.actors.map((a, i) => [a.id, { x: (i % side) * 120, y: Math.floor(i / side) * 120 }]));
}

async function measureSize(holder: BrowserHolder, server: BenchServer, size: DatasetSize, options: BenchOptions): Promise<SizeResult> {
  const label = sizeLabel(size);
  const name = `size-${size.actors}-${size.relations}`;
  const dataset = datasetFor(size);
  const elements = toElements(dataset);
  const changes = baselineChanges(dataset);
  server.put(name, dataset);
  server.put(`${name}-elements`, elements);
  const all = new Map<MeasureId, Sample[]>();
  // Once a measure goes over the limit it is not repeated for this size.
  const overLimit = new Set<MeasureId>();
  const presetPositions: string[] = [];
  const record = (samples: Samples) => {
    for (const [id, sample] of Object.entries(samples) as [MeasureId, Sample][]) {
      all.set(id, [...(all.get(id) ?? []), sample]);
      if (sample === 'timeout') overLimit.add(id);
    }
  };
  for (let run = 1; run <= options.runs; run++) {
    // The preset baseline draws the app's own layout; when the app gave none, fcose draft's.
    let positions: Positions | undefined;
    let look: AppLook | undefined;
    let positionsFrom = 'app';
    if (!overLimit.has('app.settled')) {
      const app = await measureApp(holder, server, name, dataset, options, overLimit);
      options.log(`${label} run ${run} app: ${describe(app.samples)}`);
      record(app.samples);
      positions = app.positions;
      look = app.look;
    }
    for (const layout of options.baselines ?? baselineLayouts) {
      if (overLimit.has(`${layout}.firstFrame`)) continue;
      if (layout === 'preset') {
        if (!positions) positionsFrom = 'grid';
        // A Map, so that an id such as `constructor` finds no inherited value.
        const placed = new Map(Object.entries(positions ?? gridPositions(dataset)));
        presetPositions.push(positionsFrom);
        server.put(`${name}-elements-positioned`, elements.map((e) => (e.group === 'nodes' && e.data.id !== undefined ? { ...e, position: placed.get(e.data.id) ?? { x: 0, y: 0 } } : e)));
      }
      const result = await measureBaseline(holder, server, name, layout, options, changes, layout === 'preset' ? look : undefined);
      if (!positions && result.positions) {
        positions = result.positions;
        positionsFrom = layout;
      }
      options.log(`${label} run ${run} ${layout}: ${describe(result.samples)}`);
      record(result.samples);
    }
  }
  const summaries: SizeResult['measures'] = {};
  for (const m of measures) {
    const samples = all.get(m.id);
    if (samples) summaries[m.id] = summarize(samples, m.unit);
  }
  return { size: label, presetPositions, measures: summaries, ratios: Object.fromEntries(ratios.map((r) => [r.label, ratioOf(summaries, r.app, r.baseline)])) };
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const loadAverageAtStart = loadavg();
  const server = await startBenchServer(options.port, options.distDir);
  server.put('stylesheet', graphStylesheet());
  const holder = new BrowserHolder();
  try {
    const chromiumVersion = (await holder.get()).version();
    const sizes: SizeResult[] = [];
    for (const size of options.sizes) sizes.push(await measureSize(holder, server, size, options));
    return {
      machine: {
        date: new Date().toISOString(),
        chromium: chromiumVersion,
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
        loadAverageAtStart,
        loadAverageAtEnd: loadavg(),
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        commit: options.distDir === undefined ? gitCommit() : `${gitCommit()} (the build in ${options.distDir})`,
        viewport: `${viewport.width}x${viewport.height}`,
      },
      settings: { runs: options.runs, quick: options.quick, timeoutMs: options.timeoutMs, zoomMs: options.zoomMs, settleQuietMs },
      sizes,
    };
  } finally {
    await holder.close();
    await server.close();
  }
}

