/** The benchmark's figures: what is measured, medians and spreads, ratios, and the Markdown table. */

/** A measurement, or why there is none: over the per-measure limit, or it could not be taken. */
export type Sample = number | 'timeout' | 'failed';

export const measures = [
  { id: 'app.settled', label: 'app: navigation to graph settled', unit: 'ms' },
  { id: 'app.firstPicture', label: 'app: navigation to first picture', unit: 'ms' },
  { id: 'app.longestTask', label: 'app: longest main-thread task (load)', unit: 'ms' },
  { id: 'app.toggle', label: 'app: "Opposition" toggle to pixels', unit: 'ms' },
  { id: 'app.timeStep', label: 'app: as-of one-year step', unit: 'ms' },
  { id: 'app.zoomFps', label: 'app: wheel-zoom frames per second', unit: 'fps' },
  { id: 'app.panFps', label: 'app: drag-pan frames per second', unit: 'fps' },
  { id: 'app.pointerFps', label: 'app: pointer-move frames per second', unit: 'fps' },
  { id: 'app.pointerLongestTask', label: 'app: longest task while the pointer moves', unit: 'ms' },
  { id: 'fcose-default.firstFrame', label: 'baseline fcose, quality "default": navigation to first frame', unit: 'ms' },
  { id: 'fcose-default.layout', label: 'baseline fcose, quality "default": layout alone', unit: 'ms' },
  { id: 'fcose-draft.firstFrame', label: 'baseline fcose, quality "draft": navigation to first frame', unit: 'ms' },
  { id: 'fcose-draft.layout', label: 'baseline fcose, quality "draft": layout alone', unit: 'ms' },
  { id: 'cose.firstFrame', label: 'baseline built-in cose: navigation to first frame', unit: 'ms' },
  { id: 'cose.layout', label: 'baseline built-in cose: layout alone', unit: 'ms' },
  { id: 'preset.firstFrame', label: 'baseline preset positions: navigation to first frame', unit: 'ms' },
  { id: 'preset.zoomFps', label: 'baseline preset positions: wheel-zoom FPS', unit: 'fps' },
  { id: 'preset.panFps', label: 'baseline preset positions: drag-pan FPS', unit: 'fps' },
  { id: 'preset.pointerFps', label: 'baseline preset positions: pointer-move FPS', unit: 'fps' },
  { id: 'preset.pointerLongestTask', label: 'baseline preset positions: longest task while the pointer moves', unit: 'ms' },
  { id: 'preset.toggle', label: 'baseline preset positions: Opposition toggle to pixels', unit: 'ms' },
  { id: 'preset.timeStep', label: 'baseline preset positions: as-of one-year step', unit: 'ms' },
] as const;

export type MeasureId = (typeof measures)[number]['id'];

/** app figure / baseline figure; above 1 means the app takes longer (or, for FPS, draws more frames). */
export const ratios = [
  { label: 'ratio: app settled / fcose "default"', app: 'app.settled', baseline: 'fcose-default.firstFrame' },
  { label: 'ratio: app settled / fcose "draft"', app: 'app.settled', baseline: 'fcose-draft.firstFrame' },
  { label: 'ratio: app settled / built-in cose', app: 'app.settled', baseline: 'cose.firstFrame' },
  { label: 'ratio: app settled / preset first frame', app: 'app.settled', baseline: 'preset.firstFrame' },
  { label: 'ratio: app zoom FPS / preset zoom FPS', app: 'app.zoomFps', baseline: 'preset.zoomFps' },
  { label: 'ratio: app pan FPS / preset pan FPS', app: 'app.panFps', baseline: 'preset.panFps' },
  { label: 'ratio: app pointer-move FPS / preset pointer-move FPS', app: 'app.pointerFps', baseline: 'preset.pointerFps' },
  { label: 'ratio: app toggle / preset toggle', app: 'app.toggle', baseline: 'preset.toggle' },
  { label: 'ratio: app step / preset step', app: 'app.timeStep', baseline: 'preset.timeStep' },
] as const satisfies readonly { label: string; app: MeasureId; baseline: MeasureId }[];

export interface Summary {
  readonly samples: readonly Sample[];
  /** null when no run gave a figure; Infinity when most runs went over the limit. */
  readonly median: number | null;
  readonly min: number | null;
  readonly max: number | null;
}

export interface SizeResult {
  readonly size: string;
  /** Per run, whose positions the preset baseline drew: the app's, or (if it had none) fcose draft's or a grid. */
  readonly presetPositions: readonly string[];
  readonly measures: Partial<Record<MeasureId, Summary>>;
  readonly ratios: Record<string, number | null>;
}

export interface Machine {
  readonly date: string;
  readonly chromium: string;
  readonly cpus: number;
  readonly cpuModel: string;
  readonly loadAverageAtStart: readonly number[];
  readonly loadAverageAtEnd: readonly number[];
  readonly node: string;
  readonly platform: string;
  readonly commit: string;
  readonly viewport: string;
}

export interface BenchResults {
  readonly machine: Machine;
  readonly settings: { readonly runs: number; readonly quick: boolean; readonly timeoutMs: number; readonly zoomMs: number; readonly settleQuietMs: number };
  readonly sizes: readonly SizeResult[];
}

function sortedValue(sorted: readonly number[], at: number): number {
  return sorted[at] ?? NaN;
}

/** Median and range; a run over the limit counts as longer than any other (as Infinity). */
export function summarize(samples: readonly Sample[], unit: 'ms' | 'fps'): Summary {
  const values = samples.filter((s) => s !== 'failed').map((s) => (s === 'timeout' ? (unit === 'fps' ? 0 : Infinity) : s));
  if (values.length === 0) return { samples, median: null, min: null, max: null };
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? sortedValue(sorted, Math.floor(middle)) : (sortedValue(sorted, middle - 1) + sortedValue(sorted, middle)) / 2;
  return { samples, median, min: sortedValue(sorted, 0), max: sortedValue(sorted, sorted.length - 1) };
}

export function ratioOf(result: SizeResult['measures'], app: MeasureId, baseline: MeasureId): number | null {
  const a = result[app]?.median;
  const b = result[baseline]?.median;
  if (a === null || a === undefined || b === null || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return a / b;
}

function formatValue(value: number, unit: 'ms' | 'fps', timeoutMs: number): string {
  if (!Number.isFinite(value)) return `> ${timeoutMs / 1000} s`;
  if (unit === 'fps') return value >= 10 ? value.toFixed(0) : value.toFixed(1);
  if (value < 1000) return `${value.toFixed(0)} ms`;
  return `${(value / 1000).toFixed(value < 10_000 ? 2 : 1)} s`;
}

/** "1.6 s (1.5-1.8)": median, then the range over the runs; "(n=1)" when only one run counted. */
export function formatSummary(summary: Summary | undefined, unit: 'ms' | 'fps', timeoutMs: number): string {
  if (!summary || summary.median === null || summary.min === null || summary.max === null) return '-';
  const median = formatValue(summary.median, unit, timeoutMs);
  if (!Number.isFinite(summary.median)) return median;
  const counted = summary.samples.filter((s) => s !== 'failed').length;
  if (counted === 1) return `${median} (n=1)`;
  return `${median} (${formatValue(summary.min, unit, timeoutMs)}-${formatValue(summary.max, unit, timeoutMs)})`;
}

export function markdownTable(results: BenchResults): string {
  const { machine, settings, sizes } = results;
  const header = `| actors / relations | ${sizes.map((s) => s.size).join(' | ')} |`;
  const rule = `|---|${sizes.map(() => '---').join('|')}|`;
  const rows = measures.map((m) => `| ${m.label} | ${sizes.map((s) => formatSummary(s.measures[m.id], m.unit, settings.timeoutMs)).join(' | ')} |`);
  const ratioRows = ratios.map((r) => `| ${r.label} | ${sizes.map((s) => { const value = s.ratios[r.label]; return value === null || value === undefined ? '-' : `${value.toFixed(2)}x`; }).join(' | ')} |`);
  const load = (values: readonly number[]) => values.map((v) => v.toFixed(2)).join(' / ');
  return [
    `Entente benchmark, ${machine.date}: ${machine.cpus} CPUs (${machine.cpuModel}), Chromium ${machine.chromium} headless, ${machine.viewport}, Node ${machine.node}, commit ${machine.commit}.`,
    `Load average (1/5/15 min) ${load(machine.loadAverageAtStart)} at the start, ${load(machine.loadAverageAtEnd)} at the end.`,
    `Median (range) over ${settings.runs} run${settings.runs === 1 ? '' : 's'} per size${settings.quick ? ' (--quick)' : ''}; a measure that goes over ${settings.timeoutMs / 1000} s is not run again for that size; "-" means not measured.`,
    '',
    header,
    rule,
    ...rows,
    ...ratioRows,
    '',
    ...sizes.filter((s) => s.presetPositions.some((from) => from !== 'app')).map((s) => `At ${s.size} the preset baseline drew positions from: ${s.presetPositions.join(', ')} (the app gave none).`),
  ].join('\n');
}
