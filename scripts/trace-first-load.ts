/**
 * What the page's main thread does while the app first opens (issue 11): records a Chrome trace
 * of the production build's first load at 1440x900 in Debian's headless Chromium and lists every
 * main-thread task over a threshold with what it runs (compiling and evaluating scripts, style,
 * layout, paint, timers, frames, messages), each with its own largest parts.
 *
 *   npx tsx scripts/trace-first-load.ts http://127.0.0.1:4173/ [threshold ms = 50] [trace.json]
 *   npx tsx scripts/trace-first-load.ts 'http://127.0.0.1:4173/?data=/some.json' 30
 *
 * The trace file, if named, opens in Chrome DevTools' Performance panel or ui.perfetto.dev.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium-options';

const [url, thresholdArgument = '50', traceFile] = process.argv.slice(2);
if (!url) throw new Error('usage: trace-first-load.ts URL [threshold ms] [trace.json]');
const thresholdMs = Number(thresholdArgument);

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time in the event: what the task costs, whatever else the machine runs. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown>; fileName?: string };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string; lineNumber?: number; columnNumber?: number };
}

interface ProfileChunk {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

/** One CPU sample: when, and the function running then (with its callers). */
interface Sample {
  ts: number;
  node: number;
}

/** The sampled CPU profile of one thread from the trace's Profile and ProfileChunk events. */
function cpuSamples(events: TraceEvent[], pid: number, tid: number): { samples: Sample[]; nodes: Map<number, ProfileNode> } {
  const nodes = new Map<number, ProfileNode>();
  const samples: Sample[] = [];
  for (const profile of events.filter((event) => event.name === 'Profile' && event.pid === pid && event.tid === tid)) {
    let ts = Number(profile.args?.data?.['startTime'] ?? profile.ts);
    for (const chunk of events.filter((event) => event.name === 'ProfileChunk' && event.pid === pid && event.id === profile.id)) {
      const data = chunk.args?.data as ProfileChunk | undefined;
      for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const deltas = data?.timeDeltas ?? [];
      (data?.cpuProfile?.samples ?? []).forEach((node, i) => {
        ts += deltas[i] ?? 0;
        samples.push({ ts, node });
      });
    }
  }
  return { samples, nodes };
}

/** Where a task's sampled time went: self time by function, the largest first. */
function hotFunctions(task: Slice, profile: ReturnType<typeof cpuSamples>): string[] {
  const inTask = profile.samples.filter((sample) => sample.ts >= task.event.ts && sample.ts < task.end);
  if (inTask.length < 2) return [];
  const first = inTask[0]?.ts ?? 0;
  const last = inTask[inTask.length - 1]?.ts ?? first;
  const interval = (last - first) / (inTask.length - 1);
  const byFunction = new Map<string, number>();
  for (const sample of inTask) {
    const frame = profile.nodes.get(sample.node)?.callFrame;
    const key = frame ? `${frame.functionName || '(anonymous)'} ${frame.url?.split('/').pop() ?? ''}:${(frame.lineNumber ?? -1) + 1}:${(frame.columnNumber ?? -1) + 1}` : '?';
    byFunction.set(key, (byFunction.get(key) ?? 0) + interval);
  }
  return [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([name, us]) => `    self ${(us / 1000).toFixed(1)} ms  ${name}`);
}

/** A complete event with the events it encloses on the same thread. */
interface Slice {
  event: TraceEvent;
  end: number;
  children: Slice[];
}

const categories = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
  'blink.user_timing',
  'loading',
  'disabled-by-default-v8.cpu_profiler',
];

/** Nests one thread's complete events by time: each slice holds those that start and end inside it. */
function nest(events: TraceEvent[]): Slice[] {
  const sorted = events.filter((event) => event.ph === 'X' && event.dur !== undefined).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const roots: Slice[] = [];
  const stack: Slice[] = [];
  for (const event of sorted) {
    const slice: Slice = { event, end: event.ts + (event.dur ?? 0), children: [] };
    while ((stack[stack.length - 1]?.end ?? Infinity) <= event.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && slice.end <= parent.end) parent.children.push(slice);
    else roots.push(slice);
    stack.push(slice);
  }
  return roots;
}

/** A slice's name with what it concerns: the script's file, the callback's kind. */
function label(event: TraceEvent): string {
  const data = event.args?.data ?? {};
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const file = (text(data['url']) || text(data['fileName']) || text(event.args?.fileName)).split('/').pop();
  const fn = text(data['functionName']) ? ` ${text(data['functionName'])}` : '';
  const type = text(data['type']) ? ` ${text(data['type'])}` : '';
  return `${event.name}${type}${fn}${file ? ` ${file}` : ''}`;
}

/** Lines describing a slice's parts, largest first, down to a few levels. */
function describe(slice: Slice, start: number, depth: number, lines: string[]): void {
  const ms = (slice.event.dur ?? 0) / 1000;
  const cpu = slice.event.tdur === undefined ? '' : ` (CPU ${(slice.event.tdur / 1000).toFixed(1)} ms)`;
  lines.push(`${'  '.repeat(depth)}${ms.toFixed(1)} ms${cpu}  ${label(slice.event)}${depth === 0 ? ` at ${((slice.event.ts - start) / 1000).toFixed(0)} ms` : ''}`);
  if (depth >= 4) return;
  const parts = [...slice.children].sort((a, b) => (b.event.dur ?? 0) - (a.event.dur ?? 0)).filter((child) => (child.event.dur ?? 0) >= 3000);
  for (const part of parts.slice(0, 6)) describe(part, start, depth + 1, lines);
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await browser.startTracing(page, { categories, screenshots: false });
  await page.goto(url);
  // Laid out, not only added: a dataset opened by `?data=` is hidden while the worker lays it out,
  // and a large one goes in a slice at a time until its "Laying out" status goes.
  await page.waitForFunction(
    () => {
      const canvas = document.querySelector('entente-app')?.shadowRoot?.querySelector('graph-canvas');
      const container = canvas?.shadowRoot?.querySelector('.cy');
      const loading = canvas?.shadowRoot?.querySelector('[role="status"]')?.textContent.includes('Laying out') ?? false;
      return (canvas?.cy?.nodes().length ?? 0) > 0 && !loading && container !== null && container !== undefined && !container.classList.contains('laying-out');
    },
    undefined,
    { timeout: 120_000, polling: 100 },
  );
  await page.waitForTimeout(1500);
  const buffer = await browser.stopTracing();
  if (traceFile) writeFileSync(traceFile, buffer);
  const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };

  const mainThreads = traceEvents.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  // The page's renderer: the one whose main thread navigated to the app.
  const navigationStart = traceEvents.find((event) => event.name === 'navigationStart' && event.args?.data?.['documentLoaderURL'] === url);
  const main = mainThreads.find((thread) => thread.pid === navigationStart?.pid) ?? mainThreads[mainThreads.length - 1];
  if (!main) throw new Error('no renderer main thread in the trace');
  const start = navigationStart?.ts ?? 0;
  const tasks = nest(traceEvents.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ts >= start));
  const lines: string[] = [];
  const profile = cpuSamples(traceEvents, main.pid, main.tid);
  for (const task of tasks) {
    if ((task.event.dur ?? 0) < thresholdMs * 1000) continue;
    describe(task, start, 0, lines);
    lines.push(...hotFunctions(task, profile));
  }
  console.log(`main-thread tasks of ${thresholdMs} ms or more, from navigation (${url}):`);
  console.log(lines.join('\n') || '(none)');
} finally {
  await browser.close();
}
