/**
 * The flags of `entente export`: the output format and target, and the app's filters as options,
 * turned into the app's own ViewState so the export shows exactly what the app would.
 */
import type { ParseArgsConfig } from 'node:util';
import { defaultViewState, type ViewState } from '../analysis/view-state';
import type { TimeFilter } from '../analysis/relation-time';
import type { CsvOptions } from '../export/csv';
import type { CsvDelimiter } from '../export/csv-text';
import { dataFormat, dataFormatIds, type DataFormatId } from '../export/formats';
import { daySpan, isCalendarDate } from '../model/dates';
import { actorKinds, relationTypes, type ActorKind, type RelationType } from '../model/schema';
import { closestMatch } from '../model/suggest';
import { UsageError } from './io';

/** The data formats of the registry (export/formats.ts); pictures need the app's live graph. */
export const exportFormats = dataFormatIds;
export type ExportFormat = DataFormatId;

export const exportUsage = `entente export FILE --format ${exportFormats.join('|')} [--out PATH]
      [--csv-delimiter comma|semicolon|tab] [--csv-formula-guard on|off] [--no-layout]
      [--hide-types TYPE,...] [--hide-kinds KIND,...] [--stated-only]
      [--as-of DATE | --from DATE --to DATE] [--no-undated] [--hide-isolated]`;

/** What the values are, for the help text. */
export const exportValuesHelp = `TYPE: ${relationTypes.join(', ')}
      KIND: ${actorKinds.join(', ')}
      DATE: YYYY, YYYY-MM or YYYY-MM-DD`;

/** The options `export` takes, for `parseArgs` in main.ts. */
export const exportOptions = {
  format: { type: 'string' },
  out: { type: 'string' },
  'csv-delimiter': { type: 'string' },
  'csv-formula-guard': { type: 'string' },
  'no-layout': { type: 'boolean' },
  'hide-types': { type: 'string', multiple: true },
  'hide-kinds': { type: 'string', multiple: true },
  'stated-only': { type: 'boolean' },
  'as-of': { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  'no-undated': { type: 'boolean' },
  'hide-isolated': { type: 'boolean' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** The parsed flags, as `parseArgs` gives them (absent when not given). */
export interface ExportFlags {
  readonly format?: string;
  readonly out?: string;
  readonly 'csv-delimiter'?: string;
  readonly 'csv-formula-guard'?: string;
  readonly 'no-layout'?: boolean;
  readonly 'hide-types'?: readonly string[];
  readonly 'hide-kinds'?: readonly string[];
  readonly 'stated-only'?: boolean;
  readonly 'as-of'?: string;
  readonly from?: string;
  readonly to?: string;
  readonly 'no-undated'?: boolean;
  readonly 'hide-isolated'?: boolean;
}

/** What to export and where; `out` undefined writes to stdout (only for a format of one file). */
export interface ExportRequest {
  readonly format: ExportFormat;
  readonly out: string | undefined;
  readonly view: ViewState;
  readonly csv: CsvOptions;
  /** Lay the graph out for the formats that hold positions (Cytoscape JSON). */
  readonly layout: boolean;
}

const delimiters: ReadonlyMap<string, CsvDelimiter> = new Map([
  ['comma', ','],
  ['semicolon', ';'],
  ['tab', '\t'],
]);

/** `--csv-delimiter` and `--csv-formula-guard`, checked even when the format is not CSV (a typo is a typo). */
function csvOptions(flags: ExportFlags): CsvOptions {
  const delimiterName = flags['csv-delimiter'] ?? 'comma';
  const delimiter = delimiters.get(delimiterName);
  if (delimiter === undefined) throw usage(`--csv-delimiter: "${delimiterName}" is not one of ${[...delimiters.keys()].join(', ')}`);
  const guard = flags['csv-formula-guard'] ?? 'on';
  if (guard !== 'on' && guard !== 'off') throw usage(`--csv-formula-guard: "${guard}" is neither on nor off`);
  return { delimiter, formulaGuard: guard === 'on' };
}

function usage(message: string): UsageError {
  return new UsageError(`${message}\nusage: ${exportUsage}`);
}

function isOneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}

/** `--hide-types opposition,deal` and `--hide-types opposition --hide-types deal` alike. */
function nameList<T extends string>(given: readonly string[] | undefined, allowed: readonly T[], flag: string, what: string): T[] {
  const names = (given ?? []).flatMap((value) => value.split(',')).map((name) => name.trim()).filter((name) => name !== '');
  for (const name of names) {
    if (isOneOf(name, allowed)) continue;
    const guess = closestMatch(name, allowed);
    const hint = guess === undefined ? '' : ` (did you mean "${guess}"?)`;
    throw new UsageError(`${flag}: unknown ${what} "${name}"${hint}; ${what}s are ${allowed.join(', ')}`);
  }
  return [...new Set(names.filter((name): name is T => isOneOf(name, allowed)))];
}

function dateFlag(value: string, flag: string): string {
  if (!isCalendarDate(value)) throw new UsageError(`${flag}: "${value}" is not a date; give YYYY, YYYY-MM or YYYY-MM-DD (a day that exists)`);
  return value;
}

function timeFilter(flags: ExportFlags): TimeFilter | null {
  const asOf = flags['as-of'];
  const { from, to } = flags;
  if (asOf !== undefined) {
    if (from !== undefined || to !== undefined) throw usage('give either --as-of DATE or --from DATE --to DATE, not both');
    return { mode: 'as-of', date: dateFlag(asOf, '--as-of') };
  }
  if (from === undefined && to === undefined) return null;
  if (from === undefined) throw usage('--to needs --from: a period is --from DATE --to DATE');
  if (to === undefined) throw usage('--from needs --to: a period is --from DATE --to DATE');
  const window = { mode: 'window', from: dateFlag(from, '--from'), to: dateFlag(to, '--to') } as const;
  if (daySpan(window.from).first > daySpan(window.to).last) throw new UsageError(`--from ${from} is after --to ${to}`);
  return window;
}

/** Checks every flag (before any file is read) and builds the view the app would have. */
export function parseExportFlags(flags: ExportFlags): ExportRequest {
  const formatText = flags.format?.toLowerCase();
  if (formatText === undefined) throw usage(`export needs --format (${exportFormats.join(', ')})`);
  const format = dataFormat(formatText);
  if (format === undefined) {
    throw new UsageError(`unknown format "${flags.format ?? ''}"; formats are ${exportFormats.join(', ')}`);
  }
  if (flags.out === '') throw usage('--out needs a path');
  const view: ViewState = {
    ...defaultViewState,
    hiddenTypes: nameList<RelationType>(flags['hide-types'], relationTypes, '--hide-types', 'relation type'),
    hiddenKinds: nameList<ActorKind>(flags['hide-kinds'], actorKinds, '--hide-kinds', 'actor kind'),
    statedOnly: flags['stated-only'] === true,
    time: timeFilter(flags),
    showUndated: flags['no-undated'] !== true,
    hideIsolated: flags['hide-isolated'] === true,
  };
  if (format.parts.length > 1 && flags.out === undefined) {
    const files = format.parts.map((part) => `${part}.${format.extension}`).join(' and ');
    const howMany = ['', 'one', 'two', 'three'][format.parts.length] ?? String(format.parts.length);
    throw usage(`--format ${format.id} writes ${howMany} files (${files}), so it needs --out DIR; it cannot write to stdout`);
  }
  return { format: format.id, out: flags.out, view, csv: csvOptions(flags), layout: flags['no-layout'] !== true };
}
