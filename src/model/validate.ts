/**
 * Validation of untrusted datasets: the Zod schema for shape, then the checks a schema cannot
 * express (unique ids, references, real calendar dates, period order, strength only on stances). Every problem is reported
 * at once, each with its JSON path, so a user can fix a file in one pass.
 */
import type { $ZodIssue } from 'zod/v4/core';
import { daySpan, isCalendarDate } from './dates';
import { compareDocumentPositions, documentPosition } from './document-order';
import { formatJsonPath, type JsonPath, type Problem } from './problem';
import { datasetSchema, isoDatePattern, stanceTypes, type Dataset } from './schema';
import { closestMatch } from './suggest';

export type ValidationResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly problems: readonly Problem[] };

type Report = (path: JsonPath, message: string) => void;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entries(root: Record<string, unknown>, key: string): [number, Record<string, unknown>][] {
  const list = root[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown, index) => (isRecord(item) ? [[index, item] as [number, Record<string, unknown>]] : []));
}

function stringField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}

function issueMessage(issue: $ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => JSON.stringify(key)).join(', ');
    return `unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${keys}`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return `is required (${issue.expected})`;
  if (issue.code === 'invalid_value' && issue.values.length > 1) {
    const given = JSON.stringify(issue.input);
    const hint = typeof issue.input === 'string' ? closestMatch(issue.input, issue.values.map(String)) : undefined;
    return `${given} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}`;
  }
  return issue.message;
}

function checkUniqueIds(root: Record<string, unknown>, report: Report): void {
  const seen = new Map<string, string>();
  for (const collection of ['sources', 'actors', 'relations']) {
    const local = new Set<string>();
    for (const [index, item] of entries(root, collection)) {
      const id = stringField(item, 'id');
      if (id === undefined) continue;
      const path = [collection, index, 'id'];
      if (local.has(id)) report(path, `duplicate id "${id}"`);
      else if (collection !== 'sources' && seen.has(id)) {
        // Actors and relations share Cytoscape's id space (node ids and edge ids).
        report(path, `id "${id}" is already used by ${seen.get(id)}; actor and relation ids must all differ`);
      }
      local.add(id);
      if (collection !== 'sources' && !seen.has(id)) seen.set(id, formatJsonPath(path.slice(0, 2)));
    }
  }
}

type Suggest = (word: string, ids: ReadonlySet<string>) => string | undefined;

/**
 * "Did you mean" for the first `budget` unknown ids only: each hint compares the word with every
 * id, and thousands of dangling references against thousands of actors would take minutes.
 */
function suggestWithin(budget: number): Suggest {
  let left = budget;
  return (word, ids) => (left-- > 0 ? closestMatch(word, ids) : undefined);
}

function checkReference(
  value: unknown,
  ids: ReadonlySet<string>,
  what: string,
  path: JsonPath,
  report: Report,
  suggest: Suggest,
): void {
  if (typeof value !== 'string' || ids.has(value)) return;
  const hint = suggest(value, ids);
  report(path, `"${value}" is not ${what}${hint ? ` (did you mean "${hint}"?)` : ''}`);
}

function checkDate(value: unknown, path: JsonPath, report: Report): void {
  // A string that is not an ISO date at all is the schema's to report.
  if (typeof value !== 'string' || !isoDatePattern.test(value)) return;
  if (value.startsWith('0000')) report(path, `"${value}" has year 0000, which the calendar does not have; years start at 0001`);
  else if (!isCalendarDate(value)) report(path, `"${value}" is not a day in the calendar`);
}

/** Explicit bidi embeddings, overrides and isolates: U+202E before "evil" shows "live". */
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * Control characters a terminal acts on (ESC starts sequences that retitle the window or clear the
 * screen; CR returns to the line's start and overwrites it; C1's CSI is ESC [ in one byte), and
 * DEL: none belongs in a name or a summary, which `entente analyze` prints. Tab and newline are
 * left to the schema's other rules.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const terminalControls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
/** The same, but allowing CR for the fields that may hold lines of text (copied with CRLF line ends). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const terminalControlsInText = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Fields that hold running text rather than one line: quotes, their context, descriptions. */
const multiLineFields: ReadonlySet<string | number> = new Set(['quote', 'prefix', 'suffix', 'description']);

const codePoint = (character: string) => `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

interface Place {
  readonly value: unknown;
  readonly key: string | number;
  readonly parent: Place | undefined;
}

function pathOf(place: Place): (string | number)[] {
  const path: (string | number)[] = [];
  let at = place;
  while (at.parent) {
    path.push(at.key);
    at = at.parent;
  }
  return path.reverse();
}

/**
 * Reports every string in the document that holds a bidi or a terminal control character.
 * Iterative, with each place pointing to its parent, so that absurd nesting costs neither the
 * stack nor a copy of the path per value.
 */
function checkControlCharacters(root: unknown, report: Report): void {
  const pending: Place[] = [{ value: root, key: '', parent: undefined }];
  for (let place = pending.pop(); place !== undefined; place = pending.pop()) {
    const { value } = place;
    if (typeof value === 'string') {
      const bidi = bidiControls.exec(value);
      if (bidi) {
        report(pathOf(place), `contains a bidirectional control character (${codePoint(bidi[0])}) that can make text display in another order than it reads; remove it`);
      }
      const terminal = (multiLineFields.has(place.key) ? terminalControlsInText : terminalControls).exec(value);
      if (terminal) {
        report(pathOf(place), `contains a control character (${codePoint(terminal[0])}) that a terminal can act on (moving the cursor, changing the screen); remove it`);
      }
    } else if (Array.isArray(value)) {
      value.forEach((item: unknown, index) => pending.push({ value: item, key: index, parent: place }));
    } else if (isRecord(value)) {
      for (const [key, item] of Object.entries(value)) pending.push({ value: item, key, parent: place });
    }
  }
}

const stanceTypeSet: ReadonlySet<unknown> = new Set(stanceTypes);

/** A tie (membership, role, kinship) has no sign to weigh, so a strength on it is a coding mistake. */
function checkStrength(relation: Record<string, unknown>, path: JsonPath, report: Report): void {
  const type = relation['type'];
  if (relation['strength'] === undefined || typeof type !== 'string' || stanceTypeSet.has(type)) return;
  report(path, `only a stance (${stanceTypes.join(', ')}) may have a strength; this relation is a ${type}`);
}

function checkRelations(root: Record<string, unknown>, report: Report): void {
  const actorIds = new Set(entries(root, 'actors').flatMap(([, a]) => stringField(a, 'id') ?? []));
  const sourceIds = new Set(entries(root, 'sources').flatMap(([, s]) => stringField(s, 'id') ?? []));
  const suggest = suggestWithin(200);
  for (const [index, actor] of entries(root, 'actors')) {
    checkReference(actor['affiliation'], actorIds, 'an actor id', ['actors', index, 'affiliation'], report, suggest);
  }
  for (const [index, source] of entries(root, 'sources')) {
    checkDate(source['published'], ['sources', index, 'published'], report);
  }
  for (const [index, relation] of entries(root, 'relations')) {
    const at = (...rest: (string | number)[]) => ['relations', index, ...rest];
    checkReference(relation['source'], actorIds, 'an actor id', at('source'), report, suggest);
    checkReference(relation['target'], actorIds, 'an actor id', at('target'), report, suggest);
    if (typeof relation['source'] === 'string' && relation['source'] === relation['target']) {
      report(at('target'), `a relation needs two different actors; source and target are both "${relation['source']}"`);
    }
    checkDate(relation['date'], at('date'), report);
    checkStrength(relation, at('strength'), report);
    const period = relation['period'];
    if (relation['date'] !== undefined && period !== undefined) {
      report(at('period'), 'give either date or period, not both');
    }
    if (isRecord(period)) {
      checkDate(period['start'], at('period', 'start'), report);
      checkDate(period['end'], at('period', 'end'), report);
      const { start, end } = period;
      if (typeof start === 'string' && typeof end === 'string' && isCalendarDate(start) && isCalendarDate(end)) {
        if (daySpan(start).first > daySpan(end).last) report(at('period'), `starts (${start}) after it ends (${end})`);
      }
    }
    const evidence = relation['evidence'];
    if (!Array.isArray(evidence)) continue;
    evidence.forEach((item: unknown, evidenceIndex) => {
      if (!isRecord(item)) return;
      checkReference(item['source'], sourceIds, 'a source id', at('evidence', evidenceIndex, 'source'), report, suggest);
      const locator = item['locator'];
      if (isRecord(locator) && Object.keys(locator).length === 0) {
        report(at('evidence', evidenceIndex, 'locator'), 'must give a section, paragraph, footnote or page');
      }
    });
  }
}

/** Problems in the order of the places they name, so a reader can fix a file from top to bottom. */
function inDocumentOrder(input: unknown, found: readonly { path: JsonPath; message: string }[]): Problem[] {
  return found
    .map((problem) => ({ ...problem, position: documentPosition(input, problem.path) }))
    .sort((a, b) => compareDocumentPositions(a.position, b.position))
    .map(({ path, message }) => ({ path: formatJsonPath(path), message }));
}

/** Validates any parsed JSON value as a dataset, reporting every problem with its path. */
export function validateDataset(input: unknown): ValidationResult {
  const found: { path: JsonPath; message: string }[] = [];
  const report: Report = (path, message) => found.push({ path, message });
  const parsed = datasetSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) report(issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), issueMessage(issue));
  }
  if (isRecord(input)) {
    checkUniqueIds(input, report);
    checkRelations(input, report);
    checkControlCharacters(input, report);
  }
  if (found.length > 0 || !parsed.success) return { ok: false, problems: inDocumentOrder(input, found) };
  return { ok: true, dataset: parsed.data };
}
