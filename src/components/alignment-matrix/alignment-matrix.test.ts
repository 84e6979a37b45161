import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { alignmentGrade, signedScore } from '../../analysis/alignment-scale';
import { pairKey } from '../../analysis/signed-graph';
import { actorName } from '../../model/dataset-index';
import { alignmentOf } from '../testing/alignment-fixture';
import { bundledIndex, mount, nextEvent, unmountAll } from '../testing/fixture';
import './alignment-matrix';

afterEach(unmountAll);

function setup() {
  const index = bundledIndex();
  const analysis = alignmentOf(index);
  const element = mount('alignment-matrix', { index, analysis, pair: { a: 'russia', b: 'kazakhstan' } });
  return { index, analysis, element };
}

const tabStop = (root: ShadowRoot) => root.querySelectorAll('[role="gridcell"][tabindex="0"]');

describe('<alignment-matrix>', () => {
  it('orders actors by bloc and says each pair with a signed score and a symbol', async () => {
    const { index, analysis, element } = setup();
    await element.updateComplete;
    const root = element.shadowRoot!;
    const rowNames = [...root.querySelectorAll('th[scope="row"]')].map((th) => th.getAttribute('title'));
    expect(rowNames).toEqual(analysis.order.map((id) => actorName(index, id)));
    const blocOfRows = analysis.order.map((id) => analysis.blocOf.get(id));
    expect(blocOfRows).toEqual([...blocOfRows].sort());
    const [a, b] = [analysis.order[0]!, analysis.order[1]!];
    const pair = analysis.pairs.get(pairKey(a, b))!;
    const cell = root.querySelectorAll('tbody tr')[0]!.querySelectorAll('[role="gridcell"]')[1]!;
    expect(cell.getAttribute('aria-label')).toBe(
      pair.basis === 'none' ? `${actorName(index, a)} and ${actorName(index, b)}: no evidence` : `${actorName(index, a)} and ${actorName(index, b)}: ${signedScore(pair.score)}, ${alignmentGrade(pair).words} (${pair.basis})`,
    );
    expect(cell.textContent.trim()).toBe(alignmentGrade(pair).symbol);
  });

  it('keeps one cell in the tab order, moves it with the arrow keys, and chooses a pair with Enter', async () => {
    const { analysis, element } = setup();
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(tabStop(root)).toHaveLength(1);
    (tabStop(root)[0] as HTMLElement).focus();
    const row = analysis.order.indexOf('russia');
    const column = analysis.order.indexOf('kazakhstan');
    const left = column > 0 ? column - 1 : column + 1;
    await userEvent.keyboard(column > 0 ? '{ArrowLeft}' : '{ArrowRight}');
    await element.updateComplete;
    const active = root.activeElement as HTMLElement;
    expect(tabStop(root)).toHaveLength(1);
    expect(active).toBe(tabStop(root)[0]);
    expect(active.parentElement!.querySelectorAll('[role="gridcell"]')[left]).toBe(active);
    const chosen = nextEvent(element, 'entente-view-change');
    await userEvent.keyboard('{Enter}');
    expect((await chosen).detail.patch).toEqual({ alignment: { a: analysis.order[row], b: analysis.order[left] } });
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await element.updateComplete;
    expect(root.activeElement?.getAttribute('aria-label')).toMatch(/with itself$/);
  });

  it('gives every cell a pointer target of at least 24 by 24 px (WCAG 2.5.8)', async () => {
    const { element } = setup();
    await element.updateComplete;
    const cells = [...element.shadowRoot!.querySelectorAll('[role="gridcell"]')].map((cell) => cell.getBoundingClientRect());
    expect(cells.length).toBeGreaterThan(100);
    const small = cells.filter((box) => box.width < 24 || box.height < 24);
    expect(small).toEqual([]);
  });
});
