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

const rowTexts = (element: HTMLElement, section: string): string[] =>
  [...element.shadowRoot!.querySelectorAll<HTMLElement>(`section.${section} li`)].map((li) => li.textContent.replace(/\s+/g, ' ').trim());

describe('<graph-legend> in the blocs view', () => {
  it('explains each bloc mark and the frustrated-tie halo in words, with counts', async () => {
    const blocs = { members: [19, 9] as const, outside: 2, frustratedTies: 3 };
    const element = mount('graph-legend', { blocs }, { width: 900, height: 300 });
    await element.updateComplete;
    expect(rowTexts(element, 'blocs')).toEqual([
      'Bloc A (dark, solid border): actors in bloc A of the split with the fewest frustrated ties 19',
      'Bloc B (white, dashed border): actors in bloc B of the split with the fewest frustrated ties 9',
      'No stance (pale, dotted border): actors in no visible stance relation, so in neither bloc 2',
      'Frustrated tie (thick halo around the line): support or a deal across the blocs, or opposition inside one 3',
    ]);
    // The words are on screen, not only for screen readers.
    const looks = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.looks')];
    expect(looks.every((span) => span.getBoundingClientRect().width > 0)).toBe(true);
  });

  it('has no bloc group while the blocs view is off', async () => {
    const element = mount('graph-legend', { blocs: null }, { width: 900, height: 300 });
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('section.blocs')).toBeNull();
  });
});
