/**
 * The view state in the address's hash, readable by people:
 * `#types=-opposition&time=as-of:2003&focus=russia:1:dim&sel=relation:lavrov-defends-kazakhstan-2007`.
 * Decoding never throws: a part it cannot read is skipped and named in `problems`.
 */
import { defaultViewState, type FocusDepth, type ViewState } from '../analysis/view-state';
import { isCalendarDate } from '../model/dates';
import { actorKinds, relationTypes, type ActorKind, type RelationType } from '../model/schema';

export interface DecodedView {
  readonly view: ViewState;
  readonly problems: readonly string[];
}

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
  // Keep ':' and ',' as they are: they are safe in a fragment and keep the address readable.
  return params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}

function hiddenList<T extends string>(value: string, allowed: readonly T[], what: string, problems: string[]): T[] {
  const hidden: T[] = [];
  for (const part of value.split(',')) {
    const name = part.replace(/^-/, '');
    if (part.startsWith('-') && (allowed as readonly string[]).includes(name)) hidden.push(name as T);
    else problems.push(`"${part}" is not a ${what} to hide`);
  }
  return hidden;
}

function dateRange(value: string): { from: string; to: string } | undefined {
  const [from, to, ...rest] = value.split('..');
  if (from === undefined || to === undefined || rest.length > 0 || !isCalendarDate(from) || !isCalendarDate(to)) return undefined;
  return { from, to };
}

export function decodeViewState(hash: string): DecodedView {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const problems: string[] = [];
  const view: { -readonly [K in keyof ViewState]: ViewState[K] } = { ...defaultViewState };
  for (const [key, value] of params) {
    const bad = () => problems.push(`cannot read ${key}=${value}`);
    switch (key) {
      case 'types':
        view.hiddenTypes = hiddenList<RelationType>(value, relationTypes, 'relation type', problems);
        break;
      case 'kinds':
        view.hiddenKinds = hiddenList<ActorKind>(value, actorKinds, 'actor kind', problems);
        break;
      case 'isolated':
        if (value === 'hide') view.hideIsolated = true;
        else bad();
        break;
      case 'certainty':
        if (value === 'stated') view.statedOnly = true;
        else bad();
        break;
      case 'undated':
        if (value === 'hide') view.showUndated = false;
        else bad();
        break;
      case 'time': {
        const colon = value.indexOf(':');
        const mode = value.slice(0, colon);
        const rest = value.slice(colon + 1);
        const range = dateRange(rest);
        if (mode === 'as-of' && isCalendarDate(rest)) view.time = { mode: 'as-of', date: rest };
        else if (mode === 'window' && range) view.time = { mode: 'window', ...range };
        else bad();
        break;
      }
      case 'focus': {
        const [actorId = '', depth, outside] = value.split(':');
        if (actorId !== '' && (depth === '1' || depth === '2' || depth === '3') && (outside === 'dim' || outside === 'hide')) {
          view.focus = { actorId, depth: Number(depth) as FocusDepth, outside };
        } else bad();
        break;
      }
      case 'path': {
        const [from = '', to = '', ...rest] = value.split('..');
        if (from !== '' && to !== '' && rest.length === 0) view.path = { from, to };
        else bad();
        break;
      }
      case 'compare': {
        const range = dateRange(value);
        if (range) view.compare = range;
        else bad();
        break;
      }
      case 'sel': {
        const at = value.indexOf(':');
        const kind = value.slice(0, at);
        const id = value.slice(at + 1);
        if (at > 0 && id !== '' && (kind === 'actor' || kind === 'relation')) view.selection = { kind, id };
        else bad();
        break;
      }
      default:
        problems.push(`unknown setting "${key}"`);
    }
  }
  return { view, problems };
}
