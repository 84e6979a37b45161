import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultViewState, type ViewState } from '../../analysis/view-state';
import { bundledIndex, mount, nextEvent, unmountAll } from '../testing/fixture';
import './side-panel';
import type { SidePanel } from './side-panel';

afterEach(unmountAll);

const relationView: ViewState = { ...defaultViewState, selection: { kind: 'relation', id: 'lavrov-defends-kazakhstan-2007' } };

async function panel(props: Partial<SidePanel>): Promise<SidePanel> {
  const element = mount('side-panel', { index: bundledIndex(), ...props });
  await element.updateComplete;
  return element;
}

const tabs = (element: SidePanel) => [...element.shadowRoot!.querySelectorAll('[role="tab"]')].map((tab) => [tab.textContent.trim(), tab.getAttribute('aria-selected')]);

describe('<side-panel>', () => {
  it('shows nothing when the view picks out nothing and the reader is closed', async () => {
    const element = await panel({ view: defaultViewState });
    expect(element.shadowRoot!.children.length).toBe(0);
  });

  it('shows the evidence of the selected relation, without tabs while the reader is closed', async () => {
    const element = await panel({ view: relationView });
    const region = element.shadowRoot!.querySelector('[role="region"][aria-label="Evidence"]');
    const evidence = region!.querySelector('relation-evidence')!;
    await evidence.updateComplete;
    expect(evidence.shadowRoot!.textContent).toContain('our friends from Kazakhstan');
    expect(tabs(element)).toEqual([]);
  });

  it('shows the chosen tab when both are open, and asks for the other on a click or an arrow key', async () => {
    const element = await panel({ view: relationView, readerOpen: true, tab: 'reader' });
    expect(tabs(element)).toEqual([
      ['Details', 'false'],
      ['Source text', 'true'],
    ]);
    expect(element.shadowRoot!.querySelector('source-reader')).not.toBeNull();
    expect(element.shadowRoot!.querySelector('[role="tabpanel"]')?.getAttribute('aria-labelledby')).toBe('tab-reader');

    const clicked = nextEvent(element, 'entente-panel-tab');
    await userEvent.click(element.shadowRoot!.querySelector('#tab-details')!);
    expect((await clicked).detail.tab).toBe('details');

    element.tab = 'details';
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[role="region"][aria-label="Evidence"]')).not.toBeNull();
    const arrowed = nextEvent(element, 'entente-panel-tab');
    await userEvent.keyboard('{ArrowRight}');
    expect((await arrowed).detail.tab).toBe('reader');
    element.tab = 'reader';
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement?.id).toBe('tab-reader');
  });

  it('shows the reader alone when nothing else is picked out, whatever tab was chosen last', async () => {
    const element = await panel({ view: defaultViewState, readerOpen: true, tab: 'details' });
    expect(tabs(element)).toEqual([]);
    expect(element.shadowRoot!.querySelector('source-reader')).not.toBeNull();
    const closed = nextEvent(element, 'entente-panel-close');
    await userEvent.click(element.shadowRoot!.querySelector('button[aria-label="Close panel"]')!);
    expect((await closed).detail.tab).toBe('reader');
  });

  it('lists the path and the comparison one after the other', async () => {
    const element = await panel({ view: { ...defaultViewState, path: { from: 'lavrov', to: 'kazakhstan' }, compare: { from: '2003', to: '2009' } } });
    const regions = [...element.shadowRoot!.querySelectorAll('[role="region"]')].map((region) => region.getAttribute('aria-label'));
    expect(regions).toEqual(['Path', 'Comparison']);
    const closed = nextEvent(element, 'entente-panel-close');
    await userEvent.click(element.shadowRoot!.querySelector('button[aria-label="Close panel"]')!);
    expect((await closed).detail.tab).toBe('details');
  });
});
