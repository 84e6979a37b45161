/**
 * Page entry: defines the elements, opens a dataset (a `?data=` address, else the one kept from
 * last time, else the bundled one), then follows the address's view. Only the dataset shown is
 * laid out: with `?data=` the bundled one appears only if the address fails.
 *
 * The first load is kept to what draws the bundled dataset (issue 11): it comes with its layout
 * computed (preset-positions.ts) and is checked by its tests rather than at every visit, so the
 * loader (with the parsers and the validator) and the address's view code arrive a moment later.
 */
import bundledUrl from '../graph-data/zagorski-2009.json?url';
import bundledPositions from '../graph-data/zagorski-2009.positions.json';
import { afterNextPaint } from './components/after-next-paint';
import './components/entente-app/entente-app';
import { presetLayouts, registerPresetPositions } from './graph/preset-positions';
import type { Dataset } from './model/schema';
import type { DatasetLoader } from './state/dataset-loader';
import { bundledOrigin } from './state/dataset-origin';
import type { DatasetStorage } from './state/dataset-storage';

/**
 * The bundled dataset, as data beside the code rather than inside it: index.html preloads it
 * while the code loads. It is validated by graph-data/zagorski-2009.test.ts (and `entente
 * validate` in `npm test`), not at every visit.
 */
async function fetchBundled(): Promise<Dataset> {
  const response = await fetch(bundledUrl);
  if (!response.ok) throw new Error(`the bundled dataset did not load (HTTP ${response.status})`);
  const dataset = (await response.json()) as Dataset;
  registerPresetPositions(dataset, presetLayouts(bundledPositions));
  return dataset;
}

/**
 * Where datasets are kept across reloads; either store may be switched off by the browser. Its
 * code loads beside the bundled dataset's fetch, not in the first script.
 */
async function browserStorage(): Promise<DatasetStorage> {
  const { IndexedDbDatasetStorage } = await import('./state/dataset-storage');
  const attempt = <T>(get: () => T): T | undefined => {
    try {
      return get();
    } catch {
      return undefined;
    }
  };
  return new IndexedDbDatasetStorage(
    attempt(() => window.indexedDB),
    attempt(() => window.localStorage),
  );
}

async function start(app: HTMLElementTagNameMap['entente-app']): Promise<void> {
  const bundledLoading = fetchBundled();
  // Loaded when first needed (a second call finds the module loaded): the bundled dataset is drawn without them.
  const loaderCode = () => import('./state/dataset-loader');
  const urlSyncCode = () => import('./state/url-sync');
  const storageLoading = browserStorage();
  const bundledDataset = await bundledLoading;
  const storage = await storageLoading;
  const attachLoader = async (): Promise<DatasetLoader> => {
    const loader = new (await loaderCode()).DatasetLoader(app.store, bundledDataset, storage);
    app.loader = loader;
    return loader;
  };
  const followAddress = async () => new (await urlSyncCode()).UrlSync(app.store, window).start();
  const dataUrl = new URLSearchParams(window.location.search).get('data');
  // An empty ?data= names no address: resolved, it would fetch this very page.
  if (dataUrl === null || dataUrl.trim() === '') {
    // A view in the address is applied with the dataset, not a moment after it is drawn unfiltered.
    const urlSync = window.location.hash.length > 1 ? new (await urlSyncCode()).UrlSync(app.store, window) : undefined;
    const kept = await storage.read();
    if (kept) {
      const loader = await attachLoader();
      // Nothing kept (or the user cancelled it, or chose another file meanwhile): the bundled one.
      if (!(await loader.restoreKept()) && app.store.state.index === null && !loader.busy) loader.showBundled();
    } else {
      app.store.showDataset(bundledDataset, bundledOrigin);
    }
    urlSync?.start();
    if (dataUrl !== null) app.store.setNotice('The link’s ?data= is empty, so it names no dataset to open.');
    if (!kept) {
      await afterNextPaint();
      await attachLoader();
    }
    // A view put into the address meanwhile is applied; otherwise what the user has done since
    // the first picture goes into the address.
    if (!urlSync) new (await urlSyncCode()).UrlSync(app.store, window).start(window.location.hash.length > 1);
    return;
  }
  void urlSyncCode();
  const loader = await attachLoader();
  // Only the fetched dataset is laid out; the bundled one stands in only if the address fails.
  const showBundledInstead = () => {
    const { loadProblems, loadProblemsFile } = app.store.state;
    app.store.showDataset(bundledDataset, bundledOrigin);
    app.store.reportLoadProblems(loadProblemsFile, loadProblems);
  };
  let address: string;
  try {
    address = new URL(dataUrl, window.location.href).href;
  } catch {
    app.store.reportLoadProblems(dataUrl, [{ path: '(root)', message: 'is not an address the browser can fetch' }]);
    showBundledInstead();
    await followAddress();
    return;
  }
  // The address's view refers to the fetched dataset, so it is applied once that is on show.
  const opened = await loader.openUrl(address);
  // A newer choice made while it loaded is on show already; otherwise say why and show the bundled one.
  if (!opened && app.store.state.index === null) showBundledInstead();
  await followAddress();
}

const app = document.querySelector('entente-app');
if (app) {
  start(app).catch((error: unknown) => {
    app.store.reportLoadProblems('the page', [{ path: '(root)', message: `could not start: ${error instanceof Error ? error.message : String(error)}` }]);
  });
}
