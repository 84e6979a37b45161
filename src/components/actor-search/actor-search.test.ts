import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledDataset, mount, nextEvent, unmountAll } from '../testing/fixture';
import './actor-search';

afterEach(unmountAll);

describe('<actor-search>', () => {
  it('suggests actors by alias and lets the arrows choose which one Enter picks', async () => {
    const search = mount('actor-search', { actors: bundledDataset().actors });
    await search.updateComplete;
    const input = search.shadowRoot!.querySelector('input')!;
    await userEvent.click(input);
    await userEvent.keyboard('the');
    await search.updateComplete;
    const options = [...search.shadowRoot!.querySelectorAll('[role="option"]')];
    expect(options.length).toBeGreaterThan(1);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{ArrowDown}');
    await search.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).toBe('option-1');
    const secondName = options[1]!.textContent.trim().split(' (')[0];
    const picked = nextEvent(search, 'entente-select');
    await userEvent.keyboard('{Enter}');
    const { selection, reveal } = (await picked).detail;
    expect(reveal).toBe(true);
    expect(bundledDataset().actors.find((a) => a.id === selection?.id)?.name).toBe(secondName);
  });

  it('says so when nothing matches', async () => {
    const search = mount('actor-search', { actors: bundledDataset().actors });
    await search.updateComplete;
    await userEvent.click(search.shadowRoot!.querySelector('input')!);
    await userEvent.keyboard('Atlantis');
    await search.updateComplete;
    expect(search.shadowRoot!.querySelector('[role="status"]')?.textContent).toContain('No actor matches “Atlantis”');
  });
});
