import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { DatasetLoader } from '../../state/dataset-loader';
import { loadDataset } from '../../state/load-dataset';
import { MemoryDatasetStorage } from '../../state/testing/memory-dataset-storage';
import { bundledDataset, laidOut, mount, unmountAll } from '../testing/fixture';
// In the page they come just after the first picture; here, before the first test.
import './deferred-elements';
import '../export-menu/export-menu';
import './entente-app';
import type { EntenteApp } from './entente-app';

afterEach(unmountAll);

/** Lets resize observers and the layout they trigger run. */
const nextFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

async function appWithBundled(): Promise<EntenteApp> {
  const app = mount('entente-app');
  expect(loadDataset(app.store, bundledDataset(), 'bundled')).toBe(true);
  await app.updateComplete;
  await app.shadowRoot!.querySelector('graph-canvas')!.updateComplete;
  await laidOut(app.shadowRoot!.querySelector('graph-canvas')!);
  await nextFrames();
  return app;
}

function canvasOf(app: EntenteApp) {
  return app.shadowRoot!.querySelector('graph-canvas')!;
}

/** The side panel's content once it has rendered; null while the panel is closed. */
async function sidePanelOf(app: EntenteApp) {
  await app.updateComplete;
  const panel = app.shadowRoot!.querySelector('side-panel');
  await panel?.updateComplete;
  return panel?.shadowRoot ?? null;
}

describe('<entente-app>', () => {
  it('opens the Evidence region when an edge is tapped, and closes it on Escape', async () => {
    const app = await appWithBundled();
    canvasOf(app).cy!.getElementById('tazhin-pledges-to-preserve-odihr-2007').emit('tap');
    const region = (await sidePanelOf(app))!.querySelector('[role="region"][aria-label="Evidence"]');
    expect(region).not.toBeNull();
    const evidence = region!.querySelector('relation-evidence')!;
    await evidence.updateComplete;
    expect(evidence.shadowRoot!.textContent).toContain('committed to preserve ODIHR and its existing mandate');
    expect(canvasOf(app).cy!.getElementById('tazhin-pledges-to-preserve-odihr-2007').hasClass('selected')).toBe(true);

    await userEvent.keyboard('{Escape}');
    expect(await sidePanelOf(app)).toBeNull();
    expect(canvasOf(app).cy!.$('.selected').length).toBe(0);
  });

  it('opens the panel over the graph without shrinking it, and moves the tapped actor clear of the panel', async () => {
    const app = await appWithBundled();
    const cy = canvasOf(app).cy!;
    const size = { width: cy.width(), height: cy.height() };
    const zoom = cy.zoom();
    const rightMost = cy.nodes().max((node) => node.renderedPosition().x).ele;
    const xBefore = rightMost.renderedPosition().x;
    rightMost.emit('tap');
    await app.updateComplete;
    await nextFrames();
    expect({ width: cy.width(), height: cy.height() }).toEqual(size);
    const panelLeft = app.shadowRoot!.querySelector('side-panel')!.getBoundingClientRect().left - canvasOf(app).getBoundingClientRect().left;
    // The panel opened over it...
    expect(panelLeft).toBeLessThan(xBefore);
    // ...and the graph pans it into sight.
    await expect.poll(() => rightMost.renderedBoundingBox({}).x2, { timeout: 2000 }).toBeLessThanOrEqual(panelLeft);
    expect(cy.zoom()).toBeCloseTo(zoom, 6);
  });

  it('keeps the centre of a view the user has zoomed when the panel opens', async () => {
    const app = await appWithBundled();
    const canvas = canvasOf(app);
    const cy = canvas.cy!;
    await userEvent.click(canvas.shadowRoot!.querySelector('button[aria-label="Zoom in"]')!);
    const centre = () => ({ x: (cy.width() / 2 - cy.pan().x) / cy.zoom(), y: (cy.height() / 2 - cy.pan().y) / cy.zoom() });
    const before = centre();
    const zoom = cy.zoom();
    // An actor in the left part of the view, where the panel opening on the right does not cover it.
    const inSight = cy.nodes().filter((node) => {
      const at = node.renderedPosition();
      return at.x > cy.width() * 0.1 && at.x < cy.width() * 0.4 && at.y > cy.height() * 0.1 && at.y < cy.height() * 0.9;
    });
    expect(inSight.nonempty()).toBe(true);
    inSight.first().emit('tap');
    await app.updateComplete;
    await nextFrames();
    expect(cy.zoom()).toBe(zoom);
    expect(centre().x).toBeCloseTo(before.x, 0);
    expect(centre().y).toBeCloseTo(before.y, 0);
  });

  it('opens an actor panel when a node is tapped, and its Close button closes it', async () => {
    const app = await appWithBundled();
    canvasOf(app).cy!.getElementById('nazarbayev').emit('tap');
    const panel = (await sidePanelOf(app))!;
    expect(panel.querySelector('[role="region"][aria-label="Actor: Nursultan Nazarbayev"]')).not.toBeNull();
    await userEvent.click(panel.querySelector('button[aria-label="Close panel"]')!);
    expect(await sidePanelOf(app)).toBeNull();
    await canvasOf(app).updateComplete;
    expect(canvasOf(app).shadowRoot!.activeElement?.classList.contains('frame')).toBe(true);
  });

  it('opens the source reader from the header with keyboard focus on its heading', async () => {
    const app = await appWithBundled();
    const header = app.shadowRoot!.querySelector('app-header')!;
    await userEvent.click(header.shadowRoot!.querySelector('button[aria-pressed]')!);
    const reader = (await sidePanelOf(app))!.querySelector('source-reader')!;
    await expect.poll(() => reader.shadowRoot!.activeElement?.textContent).toBe('Source text');
  });

  it('shows a quote in the opened source text on its own tab, switches tabs, and closing the text leaves the evidence', async () => {
    const app = await appWithBundled();
    // Only the sentence the quotes come from: enough for the reader to find them.
    const text = "Tazhin reassured Moscow by saying that, 'as a potential Chairman', Kazakhstan was 'committed to preserve ODIHR and its existing mandate' and was not going to 'support any future efforts to weaken them'.";
    app.store.openSourceText({ sourceId: 'zagorski-2009', fileName: 'article.txt', text });
    canvasOf(app).cy!.getElementById('tazhin-pledges-to-preserve-odihr-2007').emit('tap');
    const evidence = (await sidePanelOf(app))!.querySelector('relation-evidence')!;
    await evidence.updateComplete;
    await userEvent.click(evidence.shadowRoot!.querySelector('button.show-in-text')!);

    let panel = (await sidePanelOf(app))!;
    const tab = (name: string) => panel.querySelector<HTMLElement>(`[role="tab"]#tab-${name}`)!;
    expect(tab('reader').getAttribute('aria-selected')).toBe('true');
    const reader = panel.querySelector('source-reader')!;
    await reader.updateComplete;
    const shown = reader.shadowRoot!.querySelector('mark.flash');
    expect(shown?.textContent).toContain('committed to preserve ODIHR');
    expect(reader.shadowRoot!.activeElement).toBe(shown);
    const readerButton = app.shadowRoot!.querySelector('app-header')!.shadowRoot!.querySelector('button[aria-pressed]')!;
    expect(readerButton.getAttribute('aria-pressed')).toBe('true');

    await userEvent.click(tab('details'));
    panel = (await sidePanelOf(app))!;
    expect(tab('details').getAttribute('aria-selected')).toBe('true');
    expect(panel.querySelector('[role="region"][aria-label="Evidence"]')).not.toBeNull();

    await userEvent.click(tab('reader'));
    panel = (await sidePanelOf(app))!;
    await userEvent.click(panel.querySelector('button[aria-label="Close panel"]')!);
    panel = (await sidePanelOf(app))!;
    expect(panel.querySelector('[role="tablist"]')).toBeNull();
    expect(panel.querySelector('[role="region"][aria-label="Evidence"]')).not.toBeNull();
    await app.shadowRoot!.querySelector('app-header')!.updateComplete;
    expect(readerButton.getAttribute('aria-pressed')).toBe('false');
  });

  it('keeps the graph on show and lists the problems when a broken dataset is loaded', async () => {
    const app = await appWithBundled();
    const broken = { ...bundledDataset(), relations: [{ ...bundledDataset().relations[0]!, target: 'kazakstan' }] };
    expect(loadDataset(app.store, broken, 'broken.json')).toBe(false);
    await app.updateComplete;
    const messages = app.shadowRoot!.querySelector('app-messages')!;
    await messages.updateComplete;
    const alert = messages.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('relations[0].target: "kazakstan" is not an actor id (did you mean "kazakhstan"?)');
    expect(canvasOf(app).cy!.edges().filter((edge) => edge.data('relationIds') === undefined)).toHaveLength(bundledDataset().relations.length);
  });

  it('shows a legend with every actor kind and relation type and their counts', async () => {
    const app = await appWithBundled();
    const legend = app.shadowRoot!.querySelector('graph-legend')!;
    await legend.updateComplete;
    const rows = [...legend.shadowRoot!.querySelectorAll('li')].map((li) => ({
      label: li.querySelector('.label')?.textContent,
      count: Number(li.querySelector('.count')?.textContent),
    }));
    const dataset = bundledDataset();
    const kinds = ['state', 'organization', 'person', 'group'];
    const types = ['support', 'opposition', 'deal', 'membership', 'role', 'kinship'];
    expect(rows).toEqual([
      ...kinds.map((kind) => ({ label: kind[0]!.toUpperCase() + kind.slice(1), count: dataset.actors.filter((a) => a.kind === kind).length })),
      ...types.map((type) => ({ label: type[0]!.toUpperCase() + type.slice(1), count: dataset.relations.filter((r) => r.type === type).length })),
    ]);
  });

  it('hints where files can go while they are dragged over it, and opens a dropped source text in the reader', async () => {
    const app = await appWithBundled();
    app.loader = new DatasetLoader(app.store, bundledDataset(), new MemoryDatasetStorage());
    const files = new DataTransfer();
    files.items.add(new File(['Kazakhstan’s bid for the chairmanship'], 'article.txt', { type: 'text/plain' }));
    app.dispatchEvent(new DragEvent('dragover', { dataTransfer: files, bubbles: true, cancelable: true }));
    await app.updateComplete;
    expect(app.shadowRoot!.querySelector('.drop-hint')?.textContent).toContain('Drop a dataset');

    app.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
    await expect.poll(() => app.store.state.sourceTexts.get('zagorski-2009')?.fileName).toBe('article.txt');
    const panel = (await sidePanelOf(app))!;
    expect(app.shadowRoot!.querySelector('.drop-hint')).toBeNull();
    expect(panel.querySelector('source-reader')).not.toBeNull();
  });
});
