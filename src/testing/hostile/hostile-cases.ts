/**
 * The hostile corpus: broken or malicious datasets and tampered snapshots, each with what must be
 * said about it. The small ones are files beside this module; the large ones are generated
 * (generate-large.ts). The CLI test (src/cli/hostile-input.test.ts) and the end-to-end test
 * (e2e/hostile-input.spec.ts) run every case and expect these lines, which the CLI prints as
 * `path/to/NAME:line:column: path: message` and the app lists as `NAME:line:column: path: message`.
 */
import { readFileSync } from 'node:fs';
import { danglingReferenceCount, danglingReferences, deepNesting, hugeInvisibleName } from './generate-large';

export interface HostileCase {
  /** The file's name, as the user opens it. */
  readonly name: string;
  /** What it is opened as: a snapshot restores a view, a dataset replaces the graph. */
  readonly role: 'dataset' | 'snapshot';
  /** What makes it hostile, for the test's title. */
  readonly what: string;
  /** Its bytes (read or generated on each call). */
  readonly bytes: () => Buffer;
  /** Lines the app shows (and the CLI prints, for a dataset), each with the file's name before it. */
  readonly messages: readonly string[];
  /** How many problems are reported, when the test should check the count. */
  readonly problemCount?: number;
}

const fixture = (name: string) => () => readFileSync(new URL(name, import.meta.url));
const generated = (make: () => { text: string }) => () => Buffer.from(make().text);

function dataset(name: string, what: string, messages: readonly string[], problemCount?: number): HostileCase {
  return { name, role: 'dataset', what, bytes: fixture(name), messages: messages.map((line) => `${name}:${line}`), ...(problemCount === undefined ? {} : { problemCount }) };
}

function snapshot(name: string, what: string, messages: readonly string[]): HostileCase {
  return { name, role: 'snapshot', what, bytes: fixture(name), messages: messages.map((line) => `${name}:${line}`) };
}

export const hostileDatasets: readonly HostileCase[] = [
  dataset('empty.json', 'an empty file', ['1:1: (root): the file is empty'], 1),
  dataset('binary-garbage.json', 'binary garbage', ['1:2: (root): not valid JSON: InvalidSymbol']),
  dataset('truncated.json', 'JSON cut off mid-string', ['57:20: (root): not valid JSON: UnexpectedEndOfString']),
  dataset('double-comma.json', 'two commas in a row', ['41:21: (root): not valid JSON: PropertyNameExpected']),
  dataset('comment.json', 'a comment, which JSON does not have', ['40:25: (root): not valid JSON: InvalidCommentToken'], 1),
  dataset('single-quotes.json', 'single-quoted strings', ['4:3: (root): not valid JSON: InvalidSymbol']),
  dataset('not-an-object.json', 'an array where the dataset object should be', ['1:1: (root): Invalid input: expected object, received array'], 1),
  dataset(
    'wrong-types.json',
    'wrong types: a string version, a string list, a string boolean, an object for a list',
    [
      '2:3: schemaVersion: Invalid input: expected 1',
      '31:7: actors[1].aliases: Invalid input: expected array, received string',
      '49:7: relations[0].directed: Invalid input: expected boolean, received string',
      '76:7: relations[1].evidence: Invalid input: expected array, received object',
    ],
    4,
  ),
  dataset('bom-then-dangling-reference.json', 'a byte order mark, then a dangling reference (the mark does not shift columns)', [
    '50:7: relations[0].target: "kazakstan" is not an actor id (did you mean "kazakhstan"?)',
  ], 1),
  dataset('duplicate-ids.json', 'an actor and a relation id used twice', ['46:7: actors[3].id: duplicate id "russia"', '81:7: relations[1].id: duplicate id "r-support"'], 2),
  dataset('bidi-control.json', 'a right-to-left override that makes "evil" read "live"', [
    '20:7: actors[0].name: contains a bidirectional control character (U+202E) that can make text display in another order than it reads; remove it',
  ], 1),
  dataset('control-characters.json', 'terminal escape codes (ESC ] retitling the window, C1 CSI) in a name and a summary', [
    '20:7: actors[0].name: contains a control character (U+001B) that a terminal can act on (moving the cursor, changing the screen); remove it',
    '56:7: relations[0].summary: contains a control character (U+009B) that a terminal can act on (moving the cursor, changing the screen); remove it',
  ], 2),
  dataset('invisible-name.json', 'a name made only of zero-width characters', [
    '29:7: actors[1].name: must contain a visible character; it holds only invisible ones (such as zero-width spaces)',
  ], 1),
  dataset('year-0000.json', 'year 0000', ['76:7: relations[1].date: "0000-11" has year 0000, which the calendar does not have; years start at 0001'], 1),
  dataset('credentials-in-url.json', 'a user name and password in a source URL', ['15:7: sources[0].url: must not contain a user name or password (user:password@)'], 1),
  dataset('javascript-url.json', 'a javascript: URL', ['15:7: sources[0].url: must be an absolute http(s) URL'], 1),
  dataset('proto-key.json', 'a "__proto__" key', ['37:5: actors[2]: unknown field "__proto__"'], 1),
  dataset('hash-mismatch.entente.json', 'a snapshot where a dataset is expected', ['2:3: format: this is a view snapshot (entente-snapshot), not a dataset'], 1),
  {
    name: `dangling-references-${danglingReferenceCount}.json`,
    role: 'dataset',
    what: `${danglingReferenceCount.toLocaleString('en')} dangling references`,
    bytes: generated(danglingReferences),
    messages: [`dangling-references-${danglingReferenceCount}.json:50:7: relations[0].target: "missing-0" is not an actor id`],
    problemCount: danglingReferenceCount,
  },
  { name: 'deep-nesting.json', role: 'dataset', what: 'arrays nested 100,000 deep', bytes: generated(deepNesting), messages: ['deep-nesting.json: (root): the JSON is nested too deeply to read'], problemCount: 1 },
  {
    name: 'huge-invisible-name.json',
    role: 'dataset',
    what: 'a 12 MB name of zero-width spaces',
    bytes: generated(hugeInvisibleName),
    messages: ['huge-invisible-name.json:29:7: actors[1].name: must contain a visible character'],
    problemCount: 1,
  },
];

/** Snapshots of a small dataset they embed, each tampered with in one way after it was saved. */
export const hostileSnapshots: readonly HostileCase[] = [
  snapshot('hash-mismatch.entente.json', 'an embedded dataset edited after saving', [' dataset: the embedded dataset does not match its recorded hash; the file was changed after it was saved']),
  snapshot('unknown-ids.entente.json', 'a selection and a position for actors the dataset lacks', [
    ' view.selection.id: "atlantis" is not an actor in this dataset',
    ' viewport.positions.ghost: "ghost" is not an actor in this dataset',
  ]),
  snapshot('absurd-zoom.entente.json', 'a zoom of 1e300', ['129:5: viewport.zoom: must be between 0.2 and 4, the zoom the graph can show']),
  snapshot('absurd-pan.entente.json', 'a pan of a trillion pixels', ['130:5: viewport.pan: puts every actor off the screen']),
  snapshot('absurd-coordinates.entente.json', 'an actor at x = 1e300', ['121:9: viewport.positions.russia.x: must be between -1000000 and 1000000']),
  snapshot('reversed-window.entente.json', 'a time window from 2009 back to 2001', ['105:5: view.time: the window starts (2009) after it ends (2001)']),
  snapshot('year-0000.entente.json', 'a view as of year 0000', ['107:7: view.time.date: "0000" is not a date: there is no year 0000']),
  snapshot('other-dataset.entente.json', 'a dataset that is not open', [' dataset: this snapshot was saved from “Another dataset” (other-set), which is not open here']),
  snapshot('future-version.entente.json', 'a format version from the future', ['3:3: version: 2 is not a snapshot version this app reads (only 1)']),
  snapshot('truncated.entente.json', 'a snapshot cut off half-way', ['64:11: (root): not valid JSON: UnexpectedEndOfString']),
  snapshot('proto-key.entente.json', 'a "__proto__" key in the view', ['100:3: view: Unrecognized key: "__proto__"']),
];

/** Valid though it looks hostile: every actor id is an Object.prototype name (`constructor`, `tostring`...). */
export const prototypeIdsDataset = { name: 'prototype-ids.json', bytes: fixture('prototype-ids.json'), actors: 13, relations: 18 } as const;
