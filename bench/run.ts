/**
 * `npm run bench [-- options]`: builds the app, runs the benchmark, writes results.json and
 * results.md and prints the table.
 *   --quick         sizes up to 300/800, one run each, a shorter zoom (about a minute)
 *   --no-build      use the dist/ already there
 *   --dist DIR      benchmark the build in DIR instead (implies --no-build), e.g. an older commit's
 *   --baselines L,. only these baselines: fcose-default, fcose-draft, cose, preset (default all)
 *   --runs N        runs per size (default 3; 1 with --quick)
 *   --sizes A/B,..  only these sizes, e.g. 100/270,1000/2700
 *   --port N        loopback port for the server (default: any free one)
 *   --timeout S     per-measure limit in seconds (default 120)
 *   --out DIR       where to write (default bench/; bench/quick/ with --quick)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchSizes, sizeLabel } from './generate-dataset.ts';
import { markdownTable } from './report.ts';
import { baselineLayouts, runBench, type BaselineLayout } from './runner.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    dist: { type: 'string' },
    baselines: { type: 'string' },
    runs: { type: 'string' },
    sizes: { type: 'string' },
    port: { type: 'string', default: '0' },
    timeout: { type: 'string', default: '120' },
    out: { type: 'string' },
  },
});

const quick = values.quick;
const benchDir = new URL('./', import.meta.url).pathname;
const out = values.out ?? (quick ? join(benchDir, 'quick') : benchDir);
const wanted = values.sizes?.split(',').map((s) => s.trim());
const sizes = benchSizes.filter((size) => (wanted ? wanted.includes(sizeLabel(size)) : !quick || size.actors <= 300));
if (sizes.length === 0) throw new Error(`no size matches --sizes ${values.sizes ?? ''}; choose from ${benchSizes.map(sizeLabel).join(', ')}`);
const runs = Number(values.runs ?? (quick ? 1 : 3));
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number from 1');
if (!(Number(values.timeout) > 0)) throw new Error('--timeout must be a number of seconds');

const isBaseline = (name: string): name is BaselineLayout => (baselineLayouts as readonly string[]).includes(name);
const baselines = values.baselines?.split(',').map((s) => s.trim());
const unknownBaseline = baselines?.find((name) => !isBaseline(name));
if (unknownBaseline !== undefined) throw new Error(`no baseline ${unknownBaseline}; choose from ${baselineLayouts.join(', ')}`);

const started = Date.now();
if (!values['no-build'] && values.dist === undefined) execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
const results = await runBench({
  sizes,
  runs,
  quick,
  timeoutMs: Number(values.timeout) * 1000,
  zoomMs: quick ? 1000 : 2000,
  port: Number(values.port),
  ...(values.dist === undefined ? {} : { distDir: resolve(values.dist) }),
  ...(baselines === undefined ? {} : { baselines: baselines.filter(isBaseline) }),
  log: (line) => console.error(line),
});
const table = markdownTable(results);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(out, 'results.md'), table);
console.log(`\n${table}`);
console.log(`Wrote ${join(out, 'results.json')} and results.md in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
