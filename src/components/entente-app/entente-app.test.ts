import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledDataset, mount, unmountAll } from '../testing/fixture';
import './entente-app';
import type { EntenteApp } from './entente-app';

afterEach(unmountAll);

async function appWithBundled(): Promise<EntenteApp> {
  const app = mount('entente-app');
  expect(app.store.loadDataset(bundledDataset(), 'bundled')).toBe(true);
  await app.updateComplete;
  await app.shadowRoot!.querySelector('graph-canvas')!.updateComplete;
  return app;
}

function canvasOf(app: EntenteApp) {
  return app.shadowRoot!.querySelector('graph-canvas')!;
}

describe('<entente-app>', () => {
  it('opens the Evidence region when an edge is tapped, and closes it on Escape', async () => {
    const app = await appWithBundled();
    canvasOf(app).cy!.getElementById('tazhin-pledges-to-preserve-odihr-2007').emit('tap');
    await app.updateComplete;
    const region = app.shadowRoot!.querySelector('[role="region"][aria-label="Evidence"]');
    expect(region).not.toBeNull();
    const evidence = region!.querySelector('relation-evidence')!;
    await evidence.updateComplete;
    expect(evidence.shadowRoot!.textContent).toContain('committed to preserve ODIHR and its existing mandate');
    expect(canvasOf(app).cy!.getElementById('tazhin-pledges-to-preserve-odihr-2007').hasClass('selected')).toBe(true);

    await userEvent.keyboard('{Escape}');
    await app.updateComplete;
    expect(app.shadowRoot!.querySelector('[role="region"]')).toBeNull();
    expect(canvasOf(app).cy!.$('.selected').length).toBe(0);
  });

  it('opens an actor panel when a node is tapped, and its Close button closes it', async () => {
    const app = await appWithBundled();
    canvasOf(app).cy!.getElementById('nazarbayev').emit('tap');
    await app.updateComplete;
    const region = app.shadowRoot!.querySelector('[role="region"][aria-label="Actor: Nursultan Nazarbayev"]');
    expect(region).not.toBeNull();
    await userEvent.click(region!.querySelector('button.close')!);
    await app.updateComplete;
    expect(app.shadowRoot!.querySelector('[role="region"]')).toBeNull();
  });

  it('keeps the graph on show and lists the problems when a broken dataset is loaded', async () => {
    const app = await appWithBundled();
    const broken = { ...bundledDataset(), relations: [{ ...bundledDataset().relations[0]!, target: 'kazakstan' }] };
    expect(app.store.loadDataset(broken, 'broken.json')).toBe(false);
    await app.updateComplete;
    const alert = app.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('relations[0].target: "kazakstan" is not an actor id (did you mean "kazakhstan"?)');
    expect(canvasOf(app).cy!.edges()).toHaveLength(bundledDataset().relations.length);
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
});
