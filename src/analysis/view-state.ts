/**
 * What the user has chosen to see: filters, time, focus, path, selection, and the alignment
 * views (blocs on the graph, the alignment panel with its pair). Serializable.
 *
 * The one definition of a valid view, whatever carries it: the URL hash, a snapshot file and the
 * CLI's flags each decode their own syntax, then parse through `viewStateSchema`, so they accept
 * the same views and refuse the others with the same messages. The type is inferred from it.
 */
import { z } from '../model/zod';
import { daySpan, isCalendarDate } from '../model/dates';
import { quoteInput } from '../model/quote-input';
import { actorKinds, relationTypes } from '../model/vocabulary';
import { selectionRefSchema, viewIdSchema } from '../model/selection';
import { closestMatch } from '../model/suggest';

/** A calendar date a view can name (isCalendarDate: there is no year 0000, which ISO 8601 reads as 1 BC). */
export const isViewDate = isCalendarDate;

/** A date that would exist but for its year 0000, to say so rather than give the general rule. */
function isYearZero(value: string): boolean {
  return value.startsWith('0000') && isCalendarDate(`2000${value.slice(4)}`);
}

const viewDate = z.string().refine(isViewDate, {
  error: (issue) =>
    typeof issue.input === 'string' && isYearZero(issue.input)
      ? `${quoteInput(issue.input)} is not a date: there is no year 0000`
      : `${quoteInput(issue.input)} is not a date; give YYYY, YYYY-MM or YYYY-MM-DD (a day that exists)`,
});

/** True when a span of dates runs backwards; false when either date is not one. */
function isReversed(from: string, to: string): boolean {
  return isViewDate(from) && isViewDate(to) && daySpan(from).first > daySpan(to).last;
}

/** A list of names to hide: each one known, none twice. */
function hiddenNames<const T extends readonly [string, ...string[]]>(allowed: T, what: string) {
  const name = z.enum(allowed, {
    error: (issue) => {
      const guess = typeof issue.input === 'string' ? closestMatch(issue.input, allowed) : undefined;
      const hint = guess === undefined ? '' : ` (did you mean "${guess}"?)`;
      return `unknown ${what} ${quoteInput(issue.input)}${hint}; ${what}s are ${allowed.join(', ')}`;
    },
  });
  return z
    .array(name)
    .superRefine((names, context) => {
      const seen = new Set<string>();
      names.forEach((value, index) => {
        if (seen.has(value)) context.addIssue({ code: 'custom', path: [index], message: `names the ${what} "${value}" twice` });
        seen.add(value);
      });
    })
    .readonly();
}

export const timeFilterSchema = z.discriminatedUnion(
  'mode',
  [
    z.strictObject({ mode: z.literal('as-of'), date: viewDate }).readonly(),
    z
      .strictObject({ mode: z.literal('window'), from: viewDate, to: viewDate })
      .superRefine(({ from, to }, context) => {
        if (isReversed(from, to)) context.addIssue({ code: 'custom', message: `the window starts (${from}) after it ends (${to})` });
      })
      .readonly(),
  ],
  { error: 'the time mode must be "as-of" or "window"' },
);

export const focusStateSchema = z
  .strictObject({
    actorId: viewIdSchema,
    depth: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'the focus depth must be 1, 2 or 3' }),
    /** Out-of-focus elements are dimmed or hidden. */
    outside: z.enum(['dim', 'hide'], { error: (issue) => `${quoteInput(issue.input)} is neither "dim" nor "hide"` }),
  })
  .readonly();

const pathSchema = z
  .strictObject({ from: viewIdSchema, to: viewIdSchema })
  .refine(({ from, to }) => from !== to, { error: 'a path needs two different actors' })
  .readonly();

const compareSchema = z
  .strictObject({ from: viewDate, to: viewDate })
  .superRefine(({ from, to }, context) => {
    if (isReversed(from, to)) context.addIssue({ code: 'custom', message: `the comparison's first date (${from}) is after its second (${to})` });
  })
  .readonly();

/** Two actors whose alignment the alignment panel explains and charts by year. */
const alignmentPairSchema = z
  .strictObject({ a: viewIdSchema, b: viewIdSchema })
  .refine(({ a, b }) => a !== b, { error: 'an alignment needs two different actors' })
  .readonly();

export const viewStateSchema = z
  .strictObject({
    hiddenTypes: hiddenNames(relationTypes, 'relation type'),
    hiddenKinds: hiddenNames(actorKinds, 'actor kind'),
    hideIsolated: z.boolean(),
    statedOnly: z.boolean(),
    /** Null shows every date. */
    time: timeFilterSchema.nullable(),
    showUndated: z.boolean(),
    focus: focusStateSchema.nullable(),
    path: pathSchema.nullable(),
    compare: compareSchema.nullable(),
    selection: selectionRefSchema.nullable(),
    /** Actors coloured by bloc, frustrated ties marked. Defaults keep views saved before it valid. */
    blocs: z.boolean().default(false),
    /** The alignment panel (matrix and chart) is open on this pair; null: closed. */
    alignment: alignmentPairSchema.nullable().default(null),
  })
  .readonly();

export type ViewState = z.infer<typeof viewStateSchema>;
export type TimeFilter = z.infer<typeof timeFilterSchema>;
export type FocusState = z.infer<typeof focusStateSchema>;
export type FocusDepth = FocusState['depth'];
export type AlignmentPair = z.infer<typeof alignmentPairSchema>;

// Without Zod in its own module, for the first load; the view's one definition is still the schema above.
export { defaultViewState } from './default-view-state';


/** One reason a view was refused, located by its path in the view (`time.from`, `hiddenTypes[1]`). */
export interface ViewIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export type ViewStateResult = { readonly ok: true; readonly view: ViewState } | { readonly ok: false; readonly issues: readonly ViewIssue[] };

/** Checks a decoded view against the one set of rules. */
export function parseViewState(input: unknown): ViewStateResult {
  const result = viewStateSchema.safeParse(input);
  if (result.success) return { ok: true, view: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)), message: issue.message })),
  };
}
