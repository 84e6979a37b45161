/**
 * The filter flags of `entente export` (`--hide-types`, `--as-of`, `--from`/`--to`...): their own
 * syntax is read here, then the result is checked with the one view-state schema, so the CLI
 * accepts the views the address and snapshots accept, and refuses the others with their messages.
 */
import { defaultViewState, parseViewState, type ViewIssue, type ViewState } from '../analysis/view-state';
import { UsageError } from './io';

/** The filter flags, as `parseArgs` gives them (absent when not given). */
export interface ViewFlags {
  readonly 'hide-types'?: readonly string[];
  readonly 'hide-kinds'?: readonly string[];
  readonly 'stated-only'?: boolean;
  readonly 'as-of'?: string;
  readonly from?: string;
  readonly to?: string;
  readonly 'no-undated'?: boolean;
  readonly 'hide-isolated'?: boolean;
}

function misused(usage: string, message: string): UsageError {
  return new UsageError(`${message}\nusage: ${usage}`);
}

/** `--hide-types opposition,deal` and `--hide-types opposition --hide-types deal` alike; repeats count once. */
function nameList(given: readonly string[] | undefined): string[] {
  const names = (given ?? []).flatMap((value) => value.split(',')).map((name) => name.trim()).filter((name) => name !== '');
  return [...new Set(names)];
}

/** The time flags as the view's time filter, before its dates are checked. */
function timeFilter(flags: ViewFlags, usage: string): { mode: 'as-of'; date: string } | { mode: 'window'; from: string; to: string } | null {
  const asOf = flags['as-of'];
  const { from, to } = flags;
  if (asOf !== undefined) {
    if (from !== undefined || to !== undefined) throw misused(usage, 'give either --as-of DATE or --from DATE --to DATE, not both');
    return { mode: 'as-of', date: asOf };
  }
  if (from === undefined && to === undefined) return null;
  if (from === undefined) throw misused(usage, '--to needs --from: a period is --from DATE --to DATE');
  if (to === undefined) throw misused(usage, '--from needs --to: a period is --from DATE --to DATE');
  return { mode: 'window', from, to };
}

/** The flag a refused part of the view came from. */
function flagFor(path: ViewIssue['path'], flags: ViewFlags): string {
  switch (path[0]) {
    case 'hiddenTypes':
      return '--hide-types';
    case 'hiddenKinds':
      return '--hide-kinds';
    case 'time':
      if (path[1] === 'date') return '--as-of';
      if (path[1] === 'from' || path[1] === 'to') return `--${path[1]}`;
      return `--from ${flags.from ?? ''} --to ${flags.to ?? ''}`;
    default:
      return String(path[0]);
  }
}

/** The filter flags as the app's view, checked with the one view-state schema; `usage` is the command's usage line. */
export function viewFromFlags(flags: ViewFlags, usage: string): ViewState {
  const result = parseViewState({
    ...defaultViewState,
    hiddenTypes: nameList(flags['hide-types']),
    hiddenKinds: nameList(flags['hide-kinds']),
    statedOnly: flags['stated-only'] === true,
    time: timeFilter(flags, usage),
    showUndated: flags['no-undated'] !== true,
    hideIsolated: flags['hide-isolated'] === true,
  });
  if (result.ok) return result.view;
  const [first] = result.issues;
  throw new UsageError(first ? `${flagFor(first.path, flags)}: ${first.message}` : 'the filters do not make a view');
}

