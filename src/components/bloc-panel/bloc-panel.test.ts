import { afterEach, describe, expect, it } from 'vitest';
import { frustrationSentence } from '../../analysis/bloc-summary';
import { defaultViewState } from '../../analysis/view-state';
import { actorName } from '../../model/dataset-index';
import { alignmentOf } from '../testing/alignment-fixture';
import { bundledIndex, mount, nextEvent, unmountAll } from '../testing/fixture';
import './bloc-panel';

afterEach(unmountAll);

describe('<bloc-panel>', () => {
  it('says the frustration index in words, lists both blocs and each frustrated tie with its quotes', async () => {
    const index = bundledIndex();
    const analysis = alignmentOf(index);
    const element = mount('bloc-panel', { index, view: { ...defaultViewState, blocs: true }, analysis }, { width: 280, height: 900 });
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(root.querySelector('[role="status"]')?.textContent.trim()).toBe(frustrationSentence(analysis));
    expect(frustrationSentence(analysis)).toMatch(/^\d+ frustrated ties? of \d+; proven optimal\.$/);
    const headings = [...root.querySelectorAll('h3')].map((h) => h.textContent.replace(/\s+/g, ' ').trim());
    expect(headings).toContain(`Bloc A (${analysis.blocs.blocs[0].length}; dark, solid border)`);
    expect(headings).toContain(`Bloc B (${analysis.blocs.blocs[1].length}; white, dashed border)`);
    expect(root.querySelectorAll('.frustrated > li')).toHaveLength(analysis.blocs.frustratedTies.length);
    const firstTie = analysis.blocs.frustratedTies[0]!;
    expect(root.querySelector('.frustrated > li')?.textContent).toContain(`${actorName(index, firstTie.actors[0])} – ${actorName(index, firstTie.actors[1])}`);
    const details = root.querySelector<HTMLDetailsElement>('.frustrated details')!;
    details.open = true;
    const evidence = details.querySelector('relation-evidence')!;
    await evidence.updateComplete;
    expect(evidence.shadowRoot!.textContent).toContain(index.relations.get(firstTie.agreeingRelationIds[0]!)!.evidence[0]!.quote);
    // The tie's quotes are headed one level below "Frustrated ties" (an h3).
    expect(evidence.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')?.localName).toBe('h4');
  });

  it('turns the blocs view on and opens the alignment panel on Russia and Kazakhstan', async () => {
    const element = mount('bloc-panel', { index: bundledIndex(), view: defaultViewState }, { width: 280, height: 400 });
    await element.updateComplete;
    const [blocs, matrix] = element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    const blocsEvent = nextEvent(element, 'entente-view-change');
    blocs!.click();
    expect((await blocsEvent).detail.patch).toEqual({ blocs: true });
    expect(element.shadowRoot!.querySelector('[role="status"]')).toBeNull();
    const matrixEvent = nextEvent(element, 'entente-view-change');
    matrix!.click();
    expect((await matrixEvent).detail.patch).toEqual({ alignment: { a: 'russia', b: 'kazakhstan' } });
  });
});
