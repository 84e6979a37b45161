/** Opening a snapshot that carries a 10,000-actor dataset, with Chromium's real parsing worker. */
import { describe, expect, it } from 'vitest';
import { datasetHash } from '../model/dataset-hash';
import type { Dataset } from '../model/schema';
import { minimalDataset } from '../model/testing/minimal-dataset';
import { AppStore } from './app-store';
import { DatasetLoader } from './dataset-loader';
import type { LoadStage } from './loading';
import { MemoryDatasetStorage } from './testing/memory-dataset-storage';
import type { LargeSnapshot } from './testing/large-snapshot.worker';

const bundled = minimalDataset();

/** The snapshot file, made in a worker so that this page holds no more than the app's would. */
function largeSnapshot(): Promise<LargeSnapshot> {
  const worker = new Worker(new URL('./testing/large-snapshot.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<LargeSnapshot>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<LargeSnapshot>) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(event.message));
    worker.postMessage(null);
  }).finally(() => worker.terminate());
}

/** Main-thread tasks over 50 ms, as Chromium reports them. */
function watchLongTasks(): { readonly tasks: { start: number; duration: number }[]; stop(): void } {
  const tasks: { start: number; duration: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  });
  observer.observe({ type: 'longtask' });
  return { tasks, stop: () => observer.disconnect() };
}

describe('DatasetLoader in the browser', () => {
  it('opens a snapshot of a 10,000-actor dataset with its view, showing progress and no long task; Cancel keeps what was there', { timeout: 180_000 }, async () => {
    const { text: snapshotText, hash, actors, relations, view, viewport } = await largeSnapshot();
    const store = new AppStore();
    const storage = new MemoryDatasetStorage();
    const loader = new DatasetLoader(store, bundled, storage);
    loader.showBundled();
    const small = { ...bundled, id: 'kept-set', title: 'Kept set' };
    expect(await loader.openText(JSON.stringify(small), 'kept.json')).toBe(true);
    await loader.kept;
    store.setView({ hiddenTypes: ['deal'] });
    const before = { origin: store.state.origin, view: store.state.view, viewport: store.state.viewport, kept: storage.kept };

    // Cancelled once it is being read or checked: nothing changes, nothing is said.
    const cancelOnce = () => {
      if (store.state.loading?.stage !== 'reading' && store.state.loading?.stage !== 'checking') return;
      store.removeEventListener('change', cancelOnce);
      loader.cancelLoading();
    };
    store.addEventListener('change', cancelOnce);
    expect(await loader.openSnapshot(snapshotText, 'big.entente.json')).toBe(false);
    expect(store.state).toMatchObject({ loading: null, loadProblems: [], notice: null, origin: before.origin, view: before.view, viewport: before.viewport });
    expect(store.state.index?.dataset.id).toBe('kept-set');
    expect(storage.kept).toBe(before.kept);

    // Opened to the end: every step is shown, and the page never stops answering for long.
    const stages: LoadStage[] = [];
    let received = 0;
    let lastProgress = 0;
    const onChange = () => {
      const { loading } = store.state;
      if (loading === null) return;
      if (stages.at(-1) !== loading.stage) stages.push(loading.stage);
      if (loading.stage === 'receiving') received = loading.fraction;
      lastProgress = performance.now();
    };
    store.addEventListener('change', onChange);
    const longTasks = watchLongTasks();
    const opening = loader.openSnapshot(snapshotText, 'big.entente.json');
    // The text is handed to the worker by now; from here on the page only waits and takes in.
    const handedOver = performance.now();
    const opened = await opening;
    longTasks.stop();
    store.removeEventListener('change', onChange);
    expect(opened).toBe(true);
    expect(stages).toEqual(['reading', 'checking', 'receiving']);
    expect(received).toBeGreaterThanOrEqual(0.95);
    // Taking the dataset in is done by the last progress report; what follows is showing it.
    const whileParsing = longTasks.tasks.filter((task) => task.start >= handedOver && task.start < lastProgress);
    expect(whileParsing.filter((task) => task.duration > 100), JSON.stringify({ handedOver, lastProgress })).toEqual([]);

    expect(store.state.origin).toBe('big.entente.json (snapshot)');
    expect([actors, relations]).toEqual([10_000, 27_000]);
    expect(store.state.index?.dataset.actors).toHaveLength(actors);
    expect(store.state.index?.dataset.relations).toHaveLength(relations);
    expect(datasetHash(store.state.index!.dataset)).toBe(hash);
    expect(store.state.view).toEqual(view);
    expect(store.state.viewport).toEqual(viewport);
    expect(store.state.notice).toBe('Restored the view saved in big.entente.json.');
    await loader.kept;
    expect(storage.kept?.name).toBe('big.entente.json (snapshot)');
    expect(datasetHash(JSON.parse(storage.kept?.text ?? 'null') as Dataset)).toBe(hash);
  });
});
