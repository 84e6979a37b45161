import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDataset, profileOf } from '../../../bench/generate-dataset';
import { DatasetLoader } from '../../state/dataset-loader';
import { MemoryDatasetStorage } from '../../state/testing/memory-dataset-storage';
import { bundledDataset, mount, unmountAll } from '../testing/fixture';
import './entente-app';

afterEach(unmountAll);

/** The text of the loading status, as a user (or a screen reader) gets it; '' when empty. */
function loadingStatus(app: HTMLElementTagNameMap['entente-app']): string {
  const status = app.shadowRoot?.querySelector('app-messages')?.shadowRoot?.querySelector('.loading[role="status"]');
  return status?.textContent.replace(/\s+/g, ' ').trim() ?? '';
}

describe('<entente-app> opening a large dataset', () => {
  it('shows how far it has got while the file is checked, and Cancel keeps the dataset, view and storage as they were', async () => {
    const bundled = bundledDataset();
    const storage = new MemoryDatasetStorage();
    const kept = { name: 'kept.json', text: JSON.stringify(bundled) };
    storage.kept = kept;
    const app = mount('entente-app');
    app.loader = new DatasetLoader(app.store, bundled, storage);
    app.store.showDataset(bundled, 'kept.json');
    app.store.setView({ hiddenTypes: ['opposition'] });
    await app.updateComplete;
    const before = { index: app.store.state.index, view: app.store.state.view };

    const large = generateDataset({ size: { actors: 10_000, relations: 27_000 }, profile: profileOf(bundled) });
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify(large, null, 2)], 'big.json', { type: 'application/json' }));
    app.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));

    await expect.poll(() => loadingStatus(app), { timeout: 10_000 }).toMatch(/^Opening big\.json: (reading the JSON|checking the data) \(step [12] of 3\)…/);
    const messages = app.shadowRoot!.querySelector('app-messages')!.shadowRoot!;
    const bar = messages.querySelector('progress')!;
    expect(bar.max).toBe(3);
    expect(bar.getAttribute('aria-label')).toBe('Opening big.json');
    // The page answers while the worker checks: a frame comes round in good time.
    const frameWait = await new Promise<number>((resolve) => {
      const start = performance.now();
      requestAnimationFrame(() => resolve(performance.now() - start));
    });
    expect(frameWait).toBeLessThan(500);

    await userEvent.click(messages.querySelector('.loading button')!);
    expect(loadingStatus(app)).toBe('');
    expect(app.store.state.index).toBe(before.index);
    expect(app.store.state.view).toBe(before.view);
    expect(app.store.state.loadProblems).toEqual([]);
    // Long enough for the file to have been checked and shown, had it not been cancelled.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(app.store.state.origin).toBe('kept.json');
    expect(app.store.state.index).toBe(before.index);
    expect(storage.kept).toBe(kept);
    expect(app.shadowRoot!.querySelector('app-header')?.shadowRoot?.textContent).not.toContain(large.title);
  });
});
