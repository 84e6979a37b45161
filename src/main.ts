/**
 * Page entry: defines the elements, opens a dataset (a `?data=` address, else the one kept from
 * last time, else the bundled one), then follows the address's view. Only the dataset shown is
 * laid out: with `?data=` the bundled one appears only if the address fails.
 */
import bundledJson from '../graph-data/zagorski-2009.json';
import './components/entente-app/entente-app';
import { validateDataset } from './model/validate';
import { bundledOrigin, DatasetLoader } from './state/dataset-loader';
import { IndexedDbDatasetStorage } from './state/dataset-storage';
import { UrlSync } from './state/url-sync';

/** Where datasets are kept across reloads; either store may be switched off by the browser. */
function browserStorage(): IndexedDbDatasetStorage {
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
  const bundled = validateDataset(bundledJson);
  if (!bundled.ok) {
    app.store.reportLoadProblems('graph-data/zagorski-2009.json', bundled.problems);
    return;
  }
  const loader = new DatasetLoader(app.store, bundled.dataset, browserStorage());
  app.loader = loader;
  const dataUrl = new URLSearchParams(window.location.search).get('data');
  // An empty ?data= names no address: resolved, it would fetch this very page.
  if (dataUrl === null || dataUrl.trim() === '') {
    // Nothing kept (or the user cancelled it, or chose another file meanwhile): the bundled one.
    if (!(await loader.restoreKept()) && app.store.state.index === null && !loader.busy) loader.showBundled();
    if (dataUrl !== null) app.store.setNotice('The link’s ?data= is empty, so it names no dataset to open.');
    new UrlSync(app.store, window).start();
    return;
  }
  // Only the fetched dataset is laid out; the bundled one stands in only if the address fails.
  const showBundledInstead = () => {
    const { loadProblems, loadProblemsFile } = app.store.state;
    app.store.showDataset(bundled.dataset, bundledOrigin);
    app.store.reportLoadProblems(loadProblemsFile, loadProblems);
  };
  let address: string;
  try {
    address = new URL(dataUrl, window.location.href).href;
  } catch {
    app.store.reportLoadProblems(dataUrl, [{ path: '(root)', message: 'is not an address the browser can fetch' }]);
    showBundledInstead();
    new UrlSync(app.store, window).start();
    return;
  }
  // The address's view refers to the fetched dataset, so it is applied once that is on show.
  const opened = await loader.openUrl(address);
  // A newer choice made while it loaded is on show already; otherwise say why and show the bundled one.
  if (!opened && app.store.state.index === null) showBundledInstead();
  new UrlSync(app.store, window).start();
}

const app = document.querySelector('entente-app');
if (app) {
  start(app).catch((error: unknown) => {
    app.store.reportLoadProblems('the page', [{ path: '(root)', message: `could not start: ${error instanceof Error ? error.message : String(error)}` }]);
  });
}
