/**
 * `npm run bench:analysis`: the pure derivations that scale with the data, timed in Node on the
 * benchmark's seeded datasets (median of 5 runs, milliseconds). No browser: these run on the main
 * thread at each filter change, so what matters is how they grow from one size to the next.
 *   --sizes A/B,..  only these sizes (default: every size of the benchmark)
 */
import { parseArgs } from 'node:util';
import bundled from '../graph-data/zagorski-2009.json' with { type: 'json' };
import { alignmentByYear } from '../src/analysis/alignment-over-time.ts';
import { compareDates } from '../src/analysis/compare-dates.ts';
import { searchActors } from '../src/analysis/search-actors.ts';
import { defaultSignedGraphOptions, visibleSignedGraph } from '../src/analysis/signed-graph.ts';
import { pairAlignments } from '../src/analysis/pair-alignments.ts';
import { defaultViewState, type ViewState } from '../src/analysis/view-state.ts';
import { computeVisibility } from '../src/analysis/visibility.ts';
import { sortedRelations } from '../src/components/relation-table/sorted-relations.ts';
import { indexDataset } from '../src/model/dataset-index.ts';
import { validateDataset } from '../src/model/validate.ts';
import { benchSizes, generateDataset, profileOf, sizeLabel } from './generate-dataset.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string' } } });
const wanted = values.sizes?.split(',');
const sizes = benchSizes.slice(1).filter((size) => !wanted || wanted.includes(sizeLabel(size)));

const checked = validateDataset(bundled);
if (!checked.ok) throw new Error('the bundled dataset is invalid');
const profile = profileOf(checked.dataset);

function median(run: () => unknown, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] ?? NaN;
}

const rows: Record<string, string | number>[] = [];
for (const size of sizes) {
  const index = indexDataset(generateDataset({ size, profile }));
  const [hub, other] = index.dataset.actors;
  if (!hub || !other) continue;
  const focused: ViewState = { ...defaultViewState, focus: { actorId: hub.id, depth: 2, outside: 'dim' } };
  const visibility = computeVisibility(index, defaultViewState);
  const graph = visibleSignedGraph(index, visibility, defaultSignedGraphOptions);
  rows.push({
    size: sizeLabel(size),
    'visibility': median(() => computeVisibility(index, defaultViewState)),
    'visibility, 2-step focus': median(() => computeVisibility(index, focused)),
    'search "ka"': median(() => searchActors(index.dataset.actors, 'ka')),
    'compare 2003..2008': median(() => compareDates(index.dataset.relations, '2003', '2008')),
    'table sort by source': median(() => sortedRelations(index, visibility.visibleRelations, 'source', true)),
    'signed graph': median(() => visibleSignedGraph(index, visibility, defaultSignedGraphOptions)),
    'pair alignments, 400 asked': median(() => {
      const pairs = pairAlignments(graph);
      for (const a of graph.actors.slice(0, 20)) for (const b of graph.actors.slice(20, 40)) pairs.get(`${a}\u0000${b}`);
    }),
    'alignment by year': median(() => alignmentByYear(index, defaultViewState, hub.id, other.id, defaultSignedGraphOptions)),
    'alignment by year, focus': median(() => alignmentByYear(index, focused, hub.id, other.id, defaultSignedGraphOptions)),
  });
}
const columns = Object.keys(rows[0] ?? {});
const cell = (value: string | number | undefined) => (typeof value === 'number' ? value.toFixed(1) : (value ?? ''));
console.log(`| ${columns.join(' | ')} |\n|${columns.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${columns.map((column) => cell(row[column])).join(' | ')} |`);
