/**
 * The flags of `entente export`: the output format and target, and the app's filters as options,
 * turned into the app's own ViewState so the export shows exactly what the app would.
 */
import type { ParseArgsConfig } from 'node:util';
import type { ViewState } from '../analysis/view-state';
import { actorKinds, relationTypes } from '../model/schema';
import { UsageError } from './io';
import { viewFromFlags } from './view-flags';

export const exportFormats = ['json', 'cyjs', 'graphml', 'gexf', 'csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportUsage = `entente export FILE --format ${exportFormats.join('|')} [--out PATH]
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
  readonly 'hide-types'?: readonly string[];
  readonly 'hide-kinds'?: readonly string[];
  readonly 'stated-only'?: boolean;
  readonly 'as-of'?: string;
  readonly from?: string;
  readonly to?: string;
  readonly 'no-undated'?: boolean;
  readonly 'hide-isolated'?: boolean;
}

/** What to export and where: CSV is two files, so it always has a directory to go to. */
export type ExportRequest =
  | { readonly format: 'csv'; readonly out: string; readonly view: ViewState }
  /** `out` undefined writes to stdout. */
  | { readonly format: Exclude<ExportFormat, 'csv'>; readonly out: string | undefined; readonly view: ViewState };

function usage(message: string): UsageError {
  return new UsageError(`${message}\nusage: ${exportUsage}`);
}

function isOneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}

/** Checks every flag (before any file is read) and builds the view the app would have. */
export function parseExportFlags(flags: ExportFlags): ExportRequest {
  const formatText = flags.format?.toLowerCase();
  if (formatText === undefined) throw usage(`export needs --format (${exportFormats.join(', ')})`);
  if (!isOneOf(formatText, exportFormats)) {
    throw new UsageError(`unknown format "${flags.format ?? ''}"; formats are ${exportFormats.join(', ')}`);
  }
  if (flags.out === '') throw usage('--out needs a path');
  const view = viewFromFlags(flags, exportUsage);
  if (formatText !== 'csv') return { format: formatText, out: flags.out, view };
  if (flags.out === undefined) {
    throw usage('--format csv writes two files (actors.csv and relations.csv), so it needs --out DIR; it cannot write to stdout');
  }
  return { format: formatText, out: flags.out, view };
}
