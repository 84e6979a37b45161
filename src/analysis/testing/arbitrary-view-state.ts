/**
 * fast-check arbitraries of view states: every valid one the schema accepts, and invalid ones of
 * the kinds every syntax (URL hash, snapshot, CLI flags) can carry, each breaking exactly one rule.
 */
import fc from 'fast-check';
import { daySpan } from '../../model/dates';
import { actorKinds, relationTypes } from '../../model/schema';
import { defaultViewState, isViewDate, type TimeFilter, type ViewState } from '../view-state';

/** Slugs, including names Object.prototype has. */
export const arbitraryId = fc.oneof(
  fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  fc.constantFrom('constructor', 'prototype', 'tostring', 'hasownproperty', 'valueof'),
);

/** YYYY, YYYY-MM or YYYY-MM-DD, any day from 0001-01-01 to 9999-12-31. */
export const arbitraryDate = fc
  .tuple(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), fc.constantFrom(4, 7, 10))
  .map(([date, length]) => date.toISOString().slice(0, length));

const isReversed = (from: string, to: string) => daySpan(from).first > daySpan(to).last;

/** Two dates in order (a start not after the end). */
const orderedDates = fc.tuple(arbitraryDate, arbitraryDate).map(([a, b]) => (isReversed(a, b) ? { from: b, to: a } : { from: a, to: b }));

const arbitraryTime: fc.Arbitrary<TimeFilter> = fc.oneof(
  arbitraryDate.map((date) => ({ mode: 'as-of' as const, date })),
  orderedDates.map((ends) => ({ mode: 'window' as const, ...ends })),
);

/** The part of a view the CLI's flags can say (the rest stays at its default). */
export const arbitraryFilters = fc.record({
  hiddenTypes: fc.uniqueArray(fc.constantFrom(...relationTypes)),
  hiddenKinds: fc.uniqueArray(fc.constantFrom(...actorKinds)),
  hideIsolated: fc.boolean(),
  statedOnly: fc.boolean(),
  time: fc.option(arbitraryTime),
  showUndated: fc.boolean(),
});

export const arbitraryViewState: fc.Arbitrary<ViewState> = fc
  .record({
    filters: arbitraryFilters,
    focus: fc.option(fc.record({ actorId: arbitraryId, depth: fc.constantFrom(1 as const, 2 as const, 3 as const), outside: fc.constantFrom('dim' as const, 'hide' as const) })),
    path: fc.option(fc.record({ from: arbitraryId, to: arbitraryId }).filter(({ from, to }) => from !== to)),
    compare: fc.option(orderedDates),
    selection: fc.option(fc.record({ kind: fc.constantFrom('actor' as const, 'relation' as const), id: arbitraryId })),
    blocs: fc.boolean(),
    alignment: fc.option(fc.record({ a: arbitraryId, b: arbitraryId }).filter(({ a, b }) => a !== b)),
  })
  .map(({ filters, ...rest }) => ({ ...filters, ...rest }));

/** Text that is no date a view can name: year 0000, days that do not exist, and junk. */
export const arbitraryNonDate = fc
  .oneof(fc.constantFrom('0000', '0000-05', '0000-01-01', '2007-02-30', '2007-13', '2003-1', '', '20x3'), fc.stringMatching(/^[0-9a-z-]{0,12}$/))
  .filter((text) => !isViewDate(text));

const unknownName = (known: readonly string[]) => fc.stringMatching(/^[a-z]{1,12}$/).filter((name) => !known.includes(name));

/**
 * A view that breaks one rule, in the part every syntax can carry. Its types do not hold by
 * construction (a hidden type no dataset has), which is the point.
 */
export const arbitraryInvalidFilters: fc.Arbitrary<ViewState> = fc
  .tuple(
    arbitraryFilters,
    fc.oneof(
      fc.tuple(fc.integer({ min: 2, max: 9999 }), arbitraryDate, arbitraryDate).map(([laterYear, a, b]) => {
        // A start in a later year than the end: reversed whatever the precision.
        const year = (y: number) => String(y).padStart(4, '0');
        const from = `${year(laterYear)}${a.slice(4)}`;
        const to = `${year(laterYear - 1)}${b.slice(4)}`;
        const time = isViewDate(from) && isViewDate(to) ? { from, to } : { from: year(laterYear), to: year(laterYear - 1) };
        return (view: ViewState): ViewState => ({ ...view, time: { mode: 'window', ...time } });
      }),
      arbitraryNonDate.map((date) => (view: ViewState): ViewState => ({ ...view, time: { mode: 'as-of', date } })),
      fc.tuple(arbitraryNonDate, arbitraryDate, fc.boolean()).map(([bad, good, badFirst]) => (view: ViewState): ViewState => ({
        ...view,
        time: badFirst ? { mode: 'window', from: bad, to: good } : { mode: 'window', from: good, to: bad },
      })),
      fc.tuple(unknownName(relationTypes), fc.nat()).map(([name, at]) => (view: ViewState): ViewState => {
        const names: string[] = [...view.hiddenTypes];
        names.splice(at % (names.length + 1), 0, name);
        return { ...view, hiddenTypes: names as ViewState['hiddenTypes'] };
      }),
      fc.tuple(unknownName(actorKinds), fc.nat()).map(([name, at]) => (view: ViewState): ViewState => {
        const names: string[] = [...view.hiddenKinds];
        names.splice(at % (names.length + 1), 0, name);
        return { ...view, hiddenKinds: names as ViewState['hiddenKinds'] };
      }),
    ),
  )
  .map(([filters, breakOne]) => breakOne({ ...defaultViewState, ...filters }));
