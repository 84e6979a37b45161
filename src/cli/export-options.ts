/**
 * The flags of `entente export`: the output format and target, and the app's filters as options,
 * turned into the app's own ViewState so the export shows exactly what the app would.
 */
import type { ParseArgsConfig } from 'node:util';
import type { ViewState } from '../analysis/view-state';
import type { CsvOptions } from '../export/csv';
import type { CsvDelimiter } from '../export/csv-text';
import { dataFormat, dataFormatIds, type DataFormatId } from '../export/formats';
import { graphmlEdgeModes, type GraphmlEdges, type GraphmlOptions } from '../export/graphml';
import { actorKinds, relationTypes } from '../model/schema';
import { UsageError } from './io';
import { viewFromFlags, type ViewFlags } from './view-flags';

/** The data formats of the registry (export/formats.ts); pictures need the app's live graph. */
export const exportFormats = dataFormatIds;
export type ExportFormat = DataFormatId;

export const exportUsage = `entente export FILE --format ${exportFormats.join('|')} [--out PATH]
      [--csv-delimiter comma|semicolon|tab] [--csv-formula-guard on|off]
      [--graphml-edges ${graphmlEdgeModes.join('|')}] [--no-layout]
      [--blocs [--weighted]]
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
  'graphml-edges': { type: 'string' },
  'no-layout': { type: 'boolean' },
  blocs: { type: 'boolean' },
  weighted: { type: 'boolean' },
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
export interface ExportFlags extends ViewFlags {
  readonly format?: string;
  readonly out?: string;
  readonly 'csv-delimiter'?: string;
  readonly 'csv-formula-guard'?: string;
  readonly 'graphml-edges'?: string;
  readonly 'no-layout'?: boolean;
  readonly blocs?: boolean;
  readonly weighted?: boolean;
}

/** What to export and where; `out` undefined writes to stdout (only for a format of one file). */
export interface ExportRequest {
  readonly format: ExportFormat;
  readonly out: string | undefined;
  readonly view: ViewState;
  readonly csv: CsvOptions;
  readonly graphml: GraphmlOptions;
  /** Lay the graph out for the formats that hold positions (Cytoscape JSON). */
  readonly layout: boolean;
  /** Add each actor's bloc as a `bloc` column, as the app's blocs view does; `weighted` by stance strength. */
  readonly blocs: { readonly weighted: boolean } | null;
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

/** `--graphml-edges`, checked whatever the format, as the CSV flags are. */
function graphmlOptions(flags: ExportFlags): GraphmlOptions {
  const edges = flags['graphml-edges'] ?? 'relation';
  const mode = graphmlEdgeModes.find((known): known is GraphmlEdges => known === edges);
  if (mode === undefined) throw usage(`--graphml-edges: "${edges}" is not one of ${graphmlEdgeModes.join(', ')}`);
  return { edges: mode };
}

function usage(message: string): UsageError {
  return new UsageError(`${message}\nusage: ${exportUsage}`);
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
  const view = viewFromFlags(flags, exportUsage);
  if (format.parts.length > 1 && flags.out === undefined) {
    const files = format.parts.map((part) => `${part}.${format.extension}`).join(' and ');
    const howMany = ['', 'one', 'two', 'three'][format.parts.length] ?? String(format.parts.length);
    throw usage(`--format ${format.id} writes ${howMany} files (${files}), so it needs --out DIR; it cannot write to stdout`);
  }
  if (flags.weighted === true && flags.blocs !== true) throw usage('--weighted weighs the blocs by stance strength, so it needs --blocs');
  if (flags.blocs === true && format.id === 'json') throw usage('--blocs adds a column to the actors; dataset JSON has none (it stays a valid dataset), so choose another --format');
  const blocs = flags.blocs === true ? { weighted: flags.weighted === true } : null;
  return { format: format.id, out: flags.out, view, csv: csvOptions(flags), graphml: graphmlOptions(flags), layout: flags['no-layout'] !== true, blocs };
}
