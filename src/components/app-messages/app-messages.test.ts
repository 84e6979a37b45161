import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { mount, nextEvent, unmountAll } from '../testing/fixture';
import './app-messages';

afterEach(unmountAll);

describe('<app-messages>', () => {
  it('lists every problem of a failed load by file, line and path, and can be dismissed', async () => {
    const problems = [
      { path: 'relations[0].target', message: '"kazakstan" is not an actor id', line: 41, column: 17 },
      { path: 'actors[2].kind', message: 'must be one of state, organization, person, group', line: 12, column: 9 },
    ];
    const messages = mount('app-messages', { problems, problemsFile: 'broken.json' }, { width: 1200, height: 200 });
    await messages.updateComplete;
    const alert = messages.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.querySelector('strong')?.textContent).toBe('broken.json could not be opened (2 problems); what was on show stays:');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'broken.json:41:17: relations[0].target: "kazakstan" is not an actor id',
      'broken.json:12:9: actors[2].kind: must be one of state, organization, person, group',
    ]);
    const dismissed = nextEvent(messages, 'entente-dismiss');
    await userEvent.click(alert.querySelector('button')!);
    expect((await dismissed).detail.message).toBe('problems');
  });

  it('shows a notice as a status, and nothing when there is nothing to say', async () => {
    const messages = mount('app-messages', { notice: 'Exported view.png.' }, { width: 1200, height: 200 });
    await messages.updateComplete;
    expect(messages.shadowRoot!.querySelector('[role="status"] span')?.textContent).toBe('Exported view.png.');
    expect(messages.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
    const dismissed = nextEvent(messages, 'entente-dismiss');
    await userEvent.click(messages.shadowRoot!.querySelector('button')!);
    expect((await dismissed).detail.message).toBe('notice');
    messages.notice = null;
    await messages.updateComplete;
    expect(messages.shadowRoot!.querySelector('[role="status"]:not(:empty), [role="alert"]')).toBeNull();
  });

  it('says what it is loading in a status that is in the page before it fills, and takes no room when empty', async () => {
    const messages = mount('app-messages', {}, { width: 1200, height: 200 });
    await messages.updateComplete;
    const status = messages.shadowRoot!.querySelector('.loading[role="status"]')!;
    expect(status.getBoundingClientRect().height).toBe(0);
    messages.loading = { name: 'https://example.org/set.json', stage: 'fetching', fraction: 0 };
    await messages.updateComplete;
    expect(status.querySelector('span:not(.spinner)')?.textContent).toBe('Loading the dataset from https://example.org/set.json…');
    expect(status.getBoundingClientRect().height).toBeGreaterThan(10);
    const cancelled = nextEvent(messages, 'entente-dismiss');
    await userEvent.click(status.querySelector('button')!);
    expect((await cancelled).detail.message).toBe('loading');
  });

  it('lists a few problems of each kind and counts the rest, in a scrolling region of a few lines', async () => {
    const sameKind = Array.from({ length: 1000 }, (_, i) => ({ path: `relations[${i}].target`, message: '"nowhere" is not an actor id' }));
    const messages = mount('app-messages', { problems: sameKind, problemsFile: 'broken.json' }, { width: 1200, height: 800 });
    await messages.updateComplete;
    const alert = messages.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.querySelector('strong')?.textContent).toBe('broken.json could not be opened (1,000 problems); what was on show stays:');
    const items = [...alert.querySelectorAll('li')].map((li) => li.textContent.trim());
    expect(items).toHaveLength(6);
    expect(items[0]).toBe('broken.json: relations[0].target: "nowhere" is not an actor id');
    expect(items[5]).toBe('and 995 more of the same kind: relations[*].target: "…" is not an actor id');

    // A hostile file can make every problem a kind of its own: the list still stays short, and scrolls.
    messages.problems = Array.from({ length: 1000 }, (_, i) => ({ path: `actors[${i}].name`, message: `broken in way ${i}` }));
    await messages.updateComplete;
    const list = messages.shadowRoot!.querySelector<HTMLElement>('ul')!;
    expect(list.querySelectorAll('li').length).toBeLessThan(100);
    expect(list.lastElementChild?.textContent.trim()).toMatch(/^and [\d,]+ more of [\d,]+ other kinds$/);
    expect(alert.getBoundingClientRect().height).toBeLessThan(250);
    expect(list.scrollHeight).toBeGreaterThan(list.clientHeight);
    expect(list.tabIndex).toBe(0);
  });
});
