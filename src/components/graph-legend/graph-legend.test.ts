import { afterEach, describe, expect, it } from 'vitest';
import { mount, unmountAll } from '../testing/fixture';
import './graph-legend';

afterEach(unmountAll);

describe('<graph-legend>', () => {
  it('starts folded when asked, and unfolds to every mark', async () => {
    const legend = mount('graph-legend', { folded: true }, { width: 600, height: 400 });
    await legend.updateComplete;
    const details = legend.shadowRoot!.querySelector('details')!;
    expect(details.open).toBe(false);
    details.open = true;
    expect(legend.shadowRoot!.textContent).toContain('Support');
  });

  it('explains a comparison’s marks, each with its symbol, only while one is on show', async () => {
    const legend = mount('graph-legend', {}, { width: 600, height: 400 });
    await legend.updateComplete;
    const headings = () => [...legend.shadowRoot!.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings()).not.toContain('Comparison');

    legend.comparing = true;
    await legend.updateComplete;
    expect(headings()).toContain('Comparison');
    const rows = [...legend.shadowRoot!.querySelectorAll('section:last-of-type li')].map((li) => ({
      label: li.querySelector('.label')?.textContent,
      symbol: li.querySelector('svg text')?.textContent,
    }));
    expect(rows).toEqual([
      { label: 'Appears', symbol: '+' },
      { label: 'Ends', symbol: '×' },
      { label: 'Changes sign', symbol: '±' },
    ]);
  });
});
