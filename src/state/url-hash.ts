/**
 * The view state in the address's hash, readable by people:
 * `#types=-opposition&time=as-of:2003&focus=russia:1:dim&sel=relation:lavrov-defends-kazakhstan-2007`.
 * Decoding reads the hash's own syntax, then checks the result with the one view-state schema.
 * It never throws: a part it cannot read or that breaks a rule is skipped and named in `problems`.
 */
import { defaultViewState, parseViewState, type ViewIssue, type ViewState } from '../analysis/view-state';
import { quoteInput } from '../model/quote-input';

export interface DecodedView {
  readonly view: ViewState;
  readonly problems: readonly string[];
}

/** The hash key that carries each field of the view. */
export const hashKeys = {
  hiddenTypes: 'types',
  hiddenKinds: 'kinds',
  hideIsolated: 'isolated',
  statedOnly: 'certainty',
  time: 'time',
  showUndated: 'undated',
  focus: 'focus',
  path: 'path',
  compare: 'compare',
  selection: 'sel',
  blocs: 'blocs',
  alignment: 'align',
} as const satisfies Record<keyof ViewState, string>;

type Field = keyof ViewState;
type Candidate = Record<Field, unknown>;

/** How much of a hash's part a message quotes. */
const quotedPartLimit = 60;

export function encodeViewState(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.hiddenTypes.length > 0) params.set('types', view.hiddenTypes.map((t) => `-${t}`).join(','));
  if (view.hiddenKinds.length > 0) params.set('kinds', view.hiddenKinds.map((k) => `-${k}`).join(','));
  if (view.hideIsolated) params.set('isolated', 'hide');
  if (view.statedOnly) params.set('certainty', 'stated');
  if (view.time?.mode === 'as-of') params.set('time', `as-of:${view.time.date}`);
  if (view.time?.mode === 'window') params.set('time', `window:${view.time.from}..${view.time.to}`);
  if (!view.showUndated) params.set('undated', 'hide');
  if (view.focus) params.set('focus', `${view.focus.actorId}:${view.focus.depth}:${view.focus.outside}`);
  if (view.path) params.set('path', `${view.path.from}..${view.path.to}`);
  if (view.compare) params.set('compare', `${view.compare.from}..${view.compare.to}`);
  if (view.selection) params.set('sel', `${view.selection.kind}:${view.selection.id}`);
  if (view.blocs) params.set('blocs', 'on');
  if (view.alignment) params.set('align', `${view.alignment.a}..${view.alignment.b}`);
  // Keep ':' and ',' as they are: they are safe in a fragment and keep the address readable.
  return params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}

/** `a..b` as its two ends, or undefined when it is not two ends. */
function twoEnds(value: string): { from: string; to: string } | undefined {
  const [from, to, ...rest] = value.split('..');
  return from === undefined || to === undefined || rest.length > 0 ? undefined : { from, to };
}

/** A hash part's own syntax as a view field the schema then checks; undefined when unreadable. */
function readPart(field: Field, value: string, problems: string[], part: string): unknown {
  switch (field) {
    case 'hiddenTypes':
    case 'hiddenKinds': {
      const names: string[] = [];
      for (const name of value.split(',')) {
        if (name.startsWith('-')) names.push(name.slice(1));
        else problems.push(`${part}: ${quoteInput(name)} needs a "-" before it (the list names what is hidden)`);
      }
      return names;
    }
    case 'hideIsolated':
      return value === 'hide' ? true : undefined;
    case 'showUndated':
      return value === 'hide' ? false : undefined;
    case 'statedOnly':
      return value === 'stated' ? true : undefined;
    case 'blocs':
      return value === 'on' ? true : undefined;
    case 'alignment': {
      const ends = twoEnds(value);
      return ends ? { a: ends.from, b: ends.to } : undefined;
    }
    case 'time': {
      const colon = value.indexOf(':');
      const mode = value.slice(0, colon);
      const rest = value.slice(colon + 1);
      if (colon > 0 && mode === 'as-of') return { mode, date: rest };
      const ends = twoEnds(rest);
      return colon > 0 && mode === 'window' && ends ? { mode, ...ends } : undefined;
    }
    case 'focus': {
      const [actorId, depth, outside, ...rest] = value.split(':');
      if (actorId === undefined || depth === undefined || outside === undefined || rest.length > 0) return undefined;
      return { actorId, depth: /^\d{1,3}$/.test(depth) ? Number(depth) : depth, outside };
    }
    case 'path':
    case 'compare':
      return twoEnds(value);
    case 'selection': {
      const colon = value.indexOf(':');
      return colon > 0 ? { kind: value.slice(0, colon), id: value.slice(colon + 1) } : undefined;
    }
  }
}

const fieldOfKey = new Map<string, Field>(Object.entries(hashKeys).map(([field, key]) => [key, field as Field]));

function quotePart(key: string, value: string): string {
  const part = `${key}=${value}`;
  return part.length > quotedPartLimit ? `${part.slice(0, quotedPartLimit)}…` : part;
}

export function decodeViewState(hash: string): DecodedView {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const problems: string[] = [];
  const candidate: Candidate = { ...defaultViewState };
  /** The hash part each field came from, to name it in messages. */
  const parts = new Map<Field, string>();
  for (const [key, value] of params) {
    const field = fieldOfKey.get(key);
    if (field === undefined) {
      problems.push(`unknown setting ${quoteInput(key)}`);
      continue;
    }
    const part = quotePart(key, value);
    const read = readPart(field, value, problems, part);
    if (read === undefined) {
      problems.push(`cannot read ${part}`);
      continue;
    }
    candidate[field] = read;
    parts.set(field, part);
  }
  const result = parseViewState(candidate);
  if (result.ok) return { view: result.view, problems };
  for (const issue of result.issues) problems.push(`${parts.get(issue.path[0] as Field) ?? String(issue.path[0])}: ${issue.message}`);
  const repaired = parseViewState(withoutIssues(candidate, result.issues));
  // Every issue sits under a field that was just reset to its default, so this always holds.
  return { view: repaired.ok ? repaired.view : defaultViewState, problems };
}

/** The candidate with each refused part removed: a bad name from a list, otherwise the whole field. */
function withoutIssues(candidate: Candidate, issues: readonly ViewIssue[]): Candidate {
  const repaired: Candidate = { ...candidate };
  const droppedItems = new Map<Field, Set<number>>();
  for (const { path } of issues) {
    const field = path[0] as Field;
    const item = path[1];
    const list = candidate[field];
    if (typeof item === 'number' && Array.isArray(list)) droppedItems.set(field, (droppedItems.get(field) ?? new Set()).add(item));
    else repaired[field] = defaultViewState[field];
  }
  for (const [field, items] of droppedItems) {
    const list = repaired[field];
    if (Array.isArray(list)) repaired[field] = list.filter((_, index) => !items.has(index));
  }
  return repaired;
}
