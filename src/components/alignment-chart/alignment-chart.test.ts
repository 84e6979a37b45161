import { afterEach, describe, expect, it } from 'vitest';
import { signedScore } from '../../analysis/alignment-scale';
import { pairAlignmentByYear } from '../../analysis/view-alignment';
import { defaultViewState } from '../../analysis/view-state';
import { bundledIndex, mount, nextEvent, unmountAll } from '../testing/fixture';
import './alignment-chart';

afterEach(unmountAll);

describe('<alignment-chart>', () => {
  it('draws a point a year, gives the values as a table, marks the slider year, and changes actors', async () => {
    const index = bundledIndex();
    const pair = { a: 'russia', b: 'kazakhstan' };
    const steps = pairAlignmentByYear(index, defaultViewState, pair);
    const element = mount('alignment-chart', { index, pair, steps, markedYear: 2007 }, { width: 560, height: 400 });
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('circle.point')).toHaveLength(steps.length);
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent.trim()));
    expect(rows.map((row) => row.slice(0, 2))).toEqual(steps.map((step) => [String(step.year), signedScore(step.alignment.score)]));
    expect(root.querySelector('svg')?.textContent).toContain('as of 2007');
    const change = nextEvent(element, 'entente-view-change');
    const second = root.querySelector<HTMLSelectElement>('select[aria-label="Second actor"]')!;
    second.value = 'china';
    second.dispatchEvent(new Event('change'));
    expect((await change).detail.patch).toEqual({ alignment: { a: 'russia', b: 'china' } });
  });
});
