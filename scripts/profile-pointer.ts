/**
 * Where a pointer gesture's main-thread time goes on a large graph (issue 11): opens a build of
 * the app on a generated dataset as the benchmark does, then records a sampled CPU profile while
 * the pointer moves over the graph without a button, or while a drag pans it, and lists the
 * functions with the most time of their own and the most time in all they call.
 *
 *   npx vite build --minify false --outDir /tmp/dist-plain   # readable function names
 *   npx tsx scripts/profile-pointer.ts pointer|pan [actors/relations = 10000/27000] [dist = dist/] [profile.cpuprofile]
 *
 * The .cpuprofile file opens in Chrome DevTools' Performance panel.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright';
import { startBenchServer } from '../bench/bench-server';
import { sizeLabel } from '../bench/generate-dataset';
import { installAppProbe, stopFrameCount, type BenchWindow } from '../bench/page-probes';
import { datasetFor, dragPanFps, pointerMove } from '../bench/runner';
import { chromiumArgs, chromiumPath } from './chromium-options';

const [gesture, sizeArgument = '10000/27000', distArgument, profileFile] = process.argv.slice(2);
if (gesture !== 'pointer' && gesture !== 'pan') throw new Error('usage: profile-pointer.ts pointer|pan [actors/relations] [dist] [profile.cpuprofile]');
const [actors, relations] = sizeArgument.split('/').map(Number);
if (!actors || !relations) throw new Error(`not a size: ${sizeArgument}`);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

const dataset = datasetFor({ actors, relations });
const server = await startBenchServer(0, distArgument ? resolve(distArgument) : undefined);
server.put('profiled', dataset);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const page = await context.newPage();
  await page.addInitScript(installAppProbe, { expectedNodes: dataset.actors.length, quietMs: 1500, quietFrames: 20 });
  await page.goto(`${server.origin}/app/?data=${encodeURIComponent('/data/profiled.json')}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as BenchWindow).benchProbe?.settledAt != null, undefined, { timeout: 120_000, polling: 250 });
  const box = await page.locator('graph-canvas').boundingBox();
  if (!box) throw new Error('no graph on the page');
  const session = await context.newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  const figures = gesture === 'pointer' ? await pointerMove(page, box, 2000) : { fps: await dragPanFps(page, 2000), longestTask: (await page.evaluate(stopFrameCount))?.longestTask ?? 'failed' };
  const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
  if (profileFile) writeFileSync(profileFile, JSON.stringify(profile));

  // Time per node from the samples; then per function (name, file, line), own and inclusive.
  const nodeTime = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => nodeTime.set(id, (nodeTime.get(id) ?? 0) + (deltas[i + 1] ?? 0) / 1000));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const keyOf = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop() ?? ''}:${node.callFrame.lineNumber + 1}`;
  const own = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const walk = (id: number, onStack: Set<string>): number => {
    const node = byId.get(id);
    if (!node) return 0;
    const key = keyOf(node);
    const self = nodeTime.get(id) ?? 0;
    own.set(key, (own.get(key) ?? 0) + self);
    const inner = new Set(onStack).add(key);
    const total = self + (node.children ?? []).reduce((sum, child) => sum + walk(child, inner), 0);
    // A function called within itself counts once.
    if (!onStack.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + total);
    return total;
  };
  const root = profile.nodes[0];
  if (root) walk(root.id, new Set());
  const top = (map: Map<string, number>, count: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([key, ms]) => `${ms.toFixed(0).padStart(7)} ms  ${key}`).join('\n');
  console.log(`${gesture} on ${sizeLabel({ actors, relations })}: ${typeof figures.fps === 'number' ? figures.fps.toFixed(1) : figures.fps} frames per second, longest task ${String(figures.longestTask)} ms, profile ${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms`);
  console.log(`\nmost time of their own:\n${top(own, 25)}\n\nmost time in all they call:\n${top(inclusive, 40)}`);
} finally {
  await browser.close();
  await server.close();
}
