import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultViewState } from '../../analysis/view-state';
import { alignmentOf } from '../testing/alignment-fixture';
import { bundledIndex, mount, nextEvent, unmountAll } from '../testing/fixture';
import './alignment-view';

afterEach(unmountAll);

describe('<alignment-view>', () => {
  it('says it is computing until the analysis comes, then shows the matrix, chart and explanation; ✕ closes it', async () => {
    const index = bundledIndex();
    const view = { ...defaultViewState, alignment: { a: 'russia', b: 'kazakhstan' } };
    const element = mount('alignment-view', { index, view });
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Computing');
    element.analysis = alignmentOf(index);
    await element.updateComplete;
    expect(['alignment-matrix', 'alignment-chart', 'alignment-explanation'].map((tag) => root.querySelector(tag) !== null)).toEqual([true, true, true]);
    const closed = nextEvent(element, 'entente-view-change');
    root.querySelector<HTMLButtonElement>('button[aria-label="Close the alignments"]')!.click();
    expect((await closed).detail.patch).toEqual({ alignment: null });
    const escaped = nextEvent(element, 'entente-view-change');
    root.querySelector('alignment-matrix')!.shadowRoot!.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]')!.focus();
    await userEvent.keyboard('{Escape}');
    expect((await escaped).detail.patch).toEqual({ alignment: null });
  });
});
