import { afterEach, describe, expect, it } from 'vitest';
import { defaultViewState, type ViewState } from '../../analysis/view-state';
import { bundledDataset, mount, unmountAll } from '../testing/fixture';
import './focus-path';
import type { FocusPath } from './focus-path';

afterEach(() => unmountAll());

const actors = bundledDataset().actors;
const [first, second] = [actors[3]!, actors[7]!];

/** What each of the three lists shows as chosen, by the text a user reads. */
function chosen(element: FocusPath): string[] {
  return ['#focus-actor', '#path-from', '#path-to'].map((selector) => {
    const select = element.shadowRoot!.querySelector<HTMLSelectElement>(selector)!;
    return select.selectedOptions[0]?.textContent.trim() ?? '';
  });
}

describe('<focus-path>', () => {
  it('shows the focus and path of a view given with the actors, sorted by name', async () => {
    const view: ViewState = { ...defaultViewState, focus: { actorId: first.id, depth: 2, outside: 'dim' }, path: { from: second.id, to: first.id } };
    const element = mount('focus-path', { view, actors });
    await element.updateComplete;
    expect(chosen(element)).toEqual([first.name, second.name, first.name]);
    const names = [...element.shadowRoot!.querySelectorAll('#path-to option')].slice(1).map((option) => option.textContent.trim());
    expect(names).toHaveLength(actors.length);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('keeps a choice not yet applied across a view change, and shows a new view’s focus', async () => {
    const element = mount('focus-path', { view: defaultViewState, actors });
    await element.updateComplete;
    expect(chosen(element)).toEqual(['Choose an actor…', 'From…', 'To…']);
    const from = element.shadowRoot!.querySelector<HTMLSelectElement>('#path-from')!;
    from.value = second.id;
    const filtered: ViewState = { ...defaultViewState, hiddenTypes: ['opposition'] };
    element.view = filtered;
    await element.updateComplete;
    expect(chosen(element)[1]).toBe(second.name);
    element.view = { ...filtered, focus: { actorId: first.id, depth: 1, outside: 'hide' } };
    await element.updateComplete;
    expect(chosen(element)[0]).toBe(first.name);
  });

  it('gives the lists their choice again when the actors change', async () => {
    const view: ViewState = { ...defaultViewState, path: { from: first.id, to: second.id } };
    const element = mount('focus-path', { view, actors: actors.slice(0, 2) });
    await element.updateComplete;
    element.actors = [...actors];
    await element.updateComplete;
    expect(chosen(element)).toEqual(['Choose an actor…', first.name, second.name]);
  });
});
