/**
 * The three ways a view state travels (the URL hash, a snapshot file, the CLI's flags) decode
 * their own syntax and then parse through the one view-state schema: what one accepts, all
 * accept unchanged; what one refuses, all refuse with the same message.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryFilters, arbitraryInvalidFilters, arbitraryViewState } from '../analysis/testing/arbitrary-view-state';
import { defaultViewState, parseViewState, type ViewState } from '../analysis/view-state';
import { createSnapshot, parseSnapshot, snapshotToJson } from '../export/snapshot';
import { formatJsonPath } from '../model/problem';
import { minimalDataset } from '../model/testing/minimal-dataset';
import { decodeViewState, encodeViewState } from '../state/url-hash';
import { exportOptions } from './export-options';
import { viewFromFlags } from './view-flags';

/** The flags a user would type for a view's filters (`--flag=value`, so a value may start with "-"). */
function flagsOf(view: ViewState): string[] {
  const args: string[] = [];
  if (view.hiddenTypes.length > 0) args.push(`--hide-types=${view.hiddenTypes.join(',')}`);
  if (view.hiddenKinds.length > 0) args.push(`--hide-kinds=${view.hiddenKinds.join(',')}`);
  if (view.statedOnly) args.push('--stated-only');
  if (view.time?.mode === 'as-of') args.push(`--as-of=${view.time.date}`);
  if (view.time?.mode === 'window') args.push(`--from=${view.time.from}`, `--to=${view.time.to}`);
  if (!view.showUndated) args.push('--no-undated');
  if (view.hideIsolated) args.push('--hide-isolated');
  return args;
}

const viaHash = (view: ViewState) => decodeViewState(`#${encodeViewState(view)}`);

function viaSnapshot(view: ViewState) {
  const snapshot = createSnapshot({
    dataset: minimalDataset(),
    hash: `sha256:${'0'.repeat(64)}`,
    embed: false,
    view,
    viewport: { positions: {}, zoom: 1, pan: { x: 0, y: 0 } },
    savedAt: new Date(0),
  });
  return parseSnapshot(snapshotToJson(snapshot));
}

const viaFlags = (view: ViewState) => viewFromFlags(parseArgs({ args: flagsOf(view), options: exportOptions }).values, 'entente export FILE ...');

/** The CLI's message for flags it refuses. */
function refusalOfFlags(view: ViewState): string {
  try {
    viaFlags(view);
  } catch (error) {
    if (error instanceof Error) return error.message;
  }
  throw new Error(`the flags were accepted: ${flagsOf(view).join(' ')}`);
}

/** What the schema says about a view that breaks exactly one rule. */
function theOneIssue(view: ViewState) {
  const result = parseViewState(view);
  if (result.ok) throw new Error(`the arbitrary made a valid view: ${JSON.stringify(view)}`);
  expect(result.issues).toHaveLength(1);
  const [issue] = result.issues;
  return issue!;
}

describe('one view-state schema behind every syntax', () => {
  it('carries any valid view through the URL hash and a snapshot unchanged', () => {
    fc.assert(
      fc.property(arbitraryViewState, (view) => {
        expect(viaHash(view)).toEqual({ view, problems: [] });
        expect(viaSnapshot(view)).toMatchObject({ ok: true, snapshot: { view } });
      }),
    );
  });

  it('carries any valid set of filters through the CLI flags unchanged', () => {
    fc.assert(
      fc.property(arbitraryFilters, (filters) => {
        const view = { ...defaultViewState, ...filters };
        expect(viaFlags(view)).toEqual(view);
      }),
    );
  });

  it('refuses any invalid view in all three, with the same message', () => {
    fc.assert(
      fc.property(arbitraryInvalidFilters, (view) => {
        const { path, message } = theOneIssue(view);
        const hash = viaHash(view);
        expect(hash.problems).toHaveLength(1);
        expect(hash.problems[0]?.endsWith(`: ${message}`)).toBe(true);
        expect(hash.view).not.toEqual(view);
        expect(viaSnapshot(view)).toMatchObject({ ok: false, problems: [{ path: formatJsonPath(['view', ...path]), message }] });
        expect(refusalOfFlags(view).endsWith(`: ${message}`)).toBe(true);
      }),
    );
  });

  it('refuses the cases the hardening probe found, in words a user can act on', () => {
    const reversed: ViewState = { ...defaultViewState, time: { mode: 'window', from: '2009', to: '2001' } };
    expect(viaHash(reversed).problems).toEqual(['time=window:2009..2001: the window starts (2009) after it ends (2001)']);
    expect(() => viaFlags(reversed)).toThrow('--from 2009 --to 2001: the window starts (2009) after it ends (2001)');
    const yearZero: ViewState = { ...defaultViewState, time: { mode: 'as-of', date: '0000' } };
    expect(viaSnapshot(yearZero)).toMatchObject({ ok: false, problems: [{ path: 'view.time.date', message: '"0000" is not a date: there is no year 0000' }] });
    expect(() => viaFlags(yearZero)).toThrow('--as-of: "0000" is not a date: there is no year 0000');
  });
});
