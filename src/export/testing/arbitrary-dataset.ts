/**
 * fast-check generators of valid datasets full of awkward text, for round-trip tests of every
 * export. "Valid" means what `validateDataset` accepts: slug ids unique across actors and relations,
 * references to existing actors and sources, two different actors per relation, real calendar
 * dates, periods that do not end before they start, at least one locator field per quote.
 */
import fc from 'fast-check';
import { actorKinds, certainties, relationTypes, stanceTypes, strengths, visibleCharacterPattern, type Dataset, type Evidence, type Locator, type Relation } from '../../model/schema';
import { daySpan } from '../../model/dates';
import { terminalControls, terminalControlsInText } from '../../model/validate';

/** Strings that break naive CSV, XML and JSON writers, and text that is hard to get right. */
export const awkwardPieces: readonly string[] = [
  '"', "'", '""', ',', ';', '\r\n', '\n', '\r', '\t', ' ', '  ', '<', '>', '&', '&amp;', ']]>', '<!--', '-->',
  '|', ' | ', '\\', '\\|', '=SUM(A1)', '+1', '-', '@x', "'=", 'שָׁלוֹם', 'مرحبا', '\u200Fevil\u200E', '😀',
  '👩‍👩‍👧', 'e\u0301', 'Å', '\u00A0', '\uFEFF', 'Zürich', '漢字', '\u0085', '\u2028', '\u2029',
];

/** Characters XML 1.0 forbids (C0 controls, U+FFFE, U+FFFF); valid in JSON, CSV and UTF-8. */
export const xmlForbiddenPieces: readonly string[] = ['\u0000', '\u0001', '\u000B', '\u001F', '\uFFFE', '\uFFFF'];

/** An unpaired surrogate: a legal JavaScript string that UTF-8 cannot encode (and XML forbids). */
export const loneSurrogate = '\uD800';

export interface TextOptions {
  /** Also generate unpaired surrogates (default true); turn off to compare UTF-8 bytes. */
  readonly loneSurrogates?: boolean;
  /** Characters to leave out: those validation refuses in the field the text is for. */
  readonly refused?: RegExp;
}

/** Any string (possibly empty, possibly only spaces) assembled from awkward pieces and random text. */
export function awkwardText(options: TextOptions = {}): fc.Arbitrary<string> {
  const pieces = [...awkwardPieces, ...xmlForbiddenPieces, ...(options.loneSurrogates === false ? [] : [loneSurrogate])];
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...pieces) },
    { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
    // Any code point at all (controls, unassigned, astral), never half a surrogate pair.
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  );
  // Bidi embeddings, overrides and isolates are refused by validation (they reorder what is shown).
  const refused = options.refused === undefined ? undefined : new RegExp(options.refused.source, 'g');
  return fc.array(piece, { maxLength: 6 }).map((parts) => {
    const text = parts.join('').replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
    return refused === undefined ? text : text.replace(refused, '');
  });
}

/** Text the schema accepts as non-empty: at least one visible character. */
export function awkwardNonBlankText(options: TextOptions = {}): fc.Arbitrary<string> {
  return awkwardText(options).map((text) => (visibleCharacterPattern.test(text) ? text : `${text}x`));
}

const slugSegment = fc.stringMatching(/^[a-z0-9]{1,5}$/);
export const arbitrarySlug: fc.Arbitrary<string> = fc
  .array(slugSegment, { minLength: 1, maxLength: 3 })
  .map((segments) => segments.join('-'));

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A partial ISO date at year, month or day precision that exists in the calendar. */
export const arbitraryPartialDate: fc.Arbitrary<string> = fc
  .record({
    // From 1000: model/dates.ts counts days with Date.UTC, which reads years 0–99 as 1900–1999.
    year: fc.integer({ min: 1000, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    precision: fc.constantFrom('year', 'month', 'day'),
  })
  .map(({ year, month, day, precision }) => {
    if (precision === 'year') return pad(year, 4);
    if (precision === 'month') return `${pad(year, 4)}-${pad(month)}`;
    return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(day, daysIn(year, month)))}`;
  });

type When = Pick<Relation, 'date' | 'period'>;

/** Undated, a date, a closed period or an open one; a period never ends before it starts. */
export const arbitraryWhen: fc.Arbitrary<When> = fc.oneof(
  fc.constant({}),
  arbitraryPartialDate.map((date) => ({ date })),
  arbitraryPartialDate.map((start) => ({ period: { start } })),
  fc.tuple(arbitraryPartialDate, arbitraryPartialDate).map(([a, b]) => {
    const [start, end] = daySpan(a).first > daySpan(b).last ? [b, a] : [a, b];
    return { period: { start, end } };
  }),
);

/** A dataset's one-line fields (names, titles, summaries) refuse terminal controls, CR included. */
const inLine = (options: TextOptions): TextOptions => ({ ...options, refused: terminalControls });
/** Fields that may hold lines (quotes, their context, descriptions) allow CR. */
const inRunningText = (options: TextOptions): TextOptions => ({ ...options, refused: terminalControlsInText });
const lineText = (options: TextOptions) => awkwardNonBlankText(inLine(options));
const runningText = (options: TextOptions) => awkwardText(inRunningText(options));

function arbitraryLocator(options: TextOptions): fc.Arbitrary<Locator> {
  return fc
    .record(
      {
        section: lineText(options),
        paragraph: fc.integer({ min: 1, max: 100_000 }),
        footnote: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        page: lineText(options),
      },
      { requiredKeys: [], noNullPrototype: true },
    )
    .map((locator) => (Object.keys(locator).length === 0 ? { paragraph: 1 } : locator));
}

function arbitraryEvidence(sourceIds: readonly string[], options: TextOptions): fc.Arbitrary<Evidence> {
  return fc.record(
    {
      source: fc.constantFrom(...sourceIds),
      quote: awkwardNonBlankText(inRunningText(options)),
      locator: arbitraryLocator(options),
      // May be "" (the quote starts its paragraph) or absent: both must survive every export.
      prefix: runningText(options),
      suffix: runningText(options),
    },
    { requiredKeys: ['source', 'quote', 'locator'], noNullPrototype: true },
  );
}

function arbitrarySources(options: TextOptions): fc.Arbitrary<Dataset['sources']> {
  const source = (id: string) =>
    fc
      .record(
        {
          title: lineText(options),
          authors: fc.array(lineText(options), { minLength: 1, maxLength: 2 }),
          published: arbitraryPartialDate,
          container: lineText(options),
          publisher: lineText(options),
          doi: fc.stringMatching(/^10\.\d{4,9}\/[!-~]{1,12}$/),
          url: fc.constantFrom('https://example.org/a?b=1&c=%3Cd%3E', 'http://example.com/'),
        },
        { requiredKeys: ['title', 'authors', 'published'], noNullPrototype: true },
      )
      .map((fields) => ({ id, ...fields }));
  return fc
    .uniqueArray(arbitrarySlug, { minLength: 1, maxLength: 2 })
    .chain((ids) => fc.tuple(...ids.map(source)));
}

export interface DatasetOptions extends TextOptions {
  readonly maxActors?: number;
  readonly maxRelations?: number;
}

/** A valid dataset (see the module comment) whose every string is awkward. */
export function arbitraryDataset(options: DatasetOptions = {}): fc.Arbitrary<Dataset> {
  const maxActors = options.maxActors ?? 6;
  const maxRelations = options.maxRelations ?? 8;
  const head = fc.record(
    {
      $schema: awkwardText(inLine(options)),
      id: arbitrarySlug,
      title: lineText(options),
      description: runningText(options),
      sources: arbitrarySources(options),
    },
    { requiredKeys: ['id', 'title', 'description', 'sources'], noNullPrototype: true },
  );
  // Actors and relations share one id space (they become Cytoscape nodes and edges).
  const ids = fc.uniqueArray(arbitrarySlug, { maxLength: maxActors + maxRelations });
  return fc.tuple(head, ids, fc.integer({ min: 0, max: maxActors })).chain(([meta, allIds, wantedActors]) => {
    const actorIds = allIds.slice(0, Math.min(wantedActors, allIds.length));
    const relationIds = actorIds.length >= 2 ? allIds.slice(actorIds.length, actorIds.length + maxRelations) : [];
    const sourceIds = meta.sources.map((source) => source.id);
    const actor = (id: string) =>
      fc
        .record(
          {
            name: lineText(options),
            shortName: lineText(options),
            kind: fc.constantFrom(...actorKinds),
            aliases: fc.array(lineText(options), { maxLength: 3 }),
            description: runningText(options),
            affiliation: fc.constantFrom(...actorIds),
          },
          { requiredKeys: ['name', 'kind', 'aliases', 'description'], noNullPrototype: true },
        )
        .map((fields) => ({ id, ...fields }));
    const relation = (id: string) =>
      fc
        .record({
          source: fc.nat({ max: actorIds.length - 1 }),
          offset: fc.integer({ min: 1, max: Math.max(1, actorIds.length - 1) }),
          type: fc.constantFrom(...relationTypes),
          directed: fc.boolean(),
          when: arbitraryWhen,
          summary: lineText(options),
          certainty: fc.constantFrom(...certainties),
          strength: fc.option(fc.constantFrom(...strengths), { nil: undefined }),
          evidence: fc.array(arbitraryEvidence(sourceIds, options), { minLength: 1, maxLength: 3 }),
        })
        .map(({ source, offset, when, strength, ...rest }): Relation => ({
          id,
          source: actorIds[source] ?? '',
          // A different actor: offset 1..n-1 from the source, wrapping round.
          target: actorIds[(source + offset) % actorIds.length] ?? '',
          ...rest,
          // Only stances carry a strength (validate.ts refuses it on ties).
          ...(strength === undefined || !(stanceTypes as readonly string[]).includes(rest.type) ? {} : { strength }),
          ...when,
        }));
    return fc
      .tuple(fc.tuple(...actorIds.map(actor)), fc.tuple(...relationIds.map(relation)))
      .map(([actors, relations]): Dataset => ({ ...meta, schemaVersion: 1, actors, relations }));
  });
}
