import { describe, expect, it } from 'vitest';
import { defaultViewState } from '../analysis/view-state';
import { createSnapshot, snapshotToJson } from '../export/snapshot';
import { datasetHash } from '../model/dataset-hash';
import { minimalDataset } from '../model/testing/minimal-dataset';
import { prototypeActorDataset } from '../model/testing/prototype-ids';
import { AppStore } from './app-store';
import { bundledOrigin, DatasetLoader } from './dataset-loader';
import { MemoryDatasetStorage } from './testing/memory-dataset-storage';

const bundled = minimalDataset();
const other = { ...minimalDataset(), id: 'other-set', title: 'Other set', actors: minimalDataset().actors.slice(0, 2), relations: minimalDataset().relations.slice(0, 1) };
const otherText = JSON.stringify(other, null, 2);

function setup(storage = new MemoryDatasetStorage()) {
  const store = new AppStore();
  const loader = new DatasetLoader(store, bundled, storage);
  loader.showBundled();
  return { store, loader, storage };
}

const response = (body: string, status = 200) => Promise.resolve(new Response(body, { status, statusText: status === 200 ? 'OK' : 'Not Found' }));

describe('DatasetLoader', () => {
  it('opens a dataset file, keeps it, and reopens it on the next visit', async () => {
    const { store, loader, storage } = setup();
    expect(await loader.openText(otherText, 'other.json')).toBe(true);
    await loader.kept;
    expect(store.state).toMatchObject({ origin: 'other.json', loadProblems: [], notice: null });
    const next = new AppStore();
    expect(await new DatasetLoader(next, bundled, storage).restoreKept()).toBe(true);
    expect(next.state.index?.dataset.id).toBe('other-set');
    loader.showBundled();
    expect(await new DatasetLoader(new AppStore(), bundled, storage).restoreKept()).toBe(false);
  });

  it('lists the problems of a broken file by line and path, and keeps what was on show', async () => {
    const { store, loader } = setup();
    const broken = otherText.replace('"target": "kazakhstan"', '"target": "kazakstan"');
    expect(await loader.openText(broken, 'broken.json')).toBe(false);
    expect(store.state.index?.dataset.id).toBe(bundled.id);
    expect(store.state.loadProblemsFile).toBe('broken.json');
    expect(store.state.loadProblems).toEqual([
      expect.objectContaining({ path: 'relations[0].target', message: '"kazakstan" is not an actor id (did you mean "kazakhstan"?)', line: expect.any(Number) as number }),
    ]);
  });

  it('says when a dataset is opened but cannot be kept, and a reload then shows the bundled one, not an older one', async () => {
    const storage = new MemoryDatasetStorage();
    const { store, loader } = setup(storage);
    await loader.openText(otherText, 'older.json');
    await loader.kept;
    storage.refusal = 'it is larger than the browser lets this page keep';
    expect(await loader.openText(otherText.replace('Other set', 'Large set'), 'large.json')).toBe(true);
    await loader.kept;
    expect(store.state.notice).toBe('large.json is open, but will not be reopened after a reload: it is larger than the browser lets this page keep.');
    expect(await new DatasetLoader(new AppStore(), bundled, storage).restoreKept()).toBe(false);
  });

  it('says nothing of a refused write once another dataset is on show', async () => {
    // Storage that answers only when told to, so the user can move on before it does.
    let answer: (refusal: string | null) => void = () => undefined;
    const storage = new MemoryDatasetStorage();
    storage.write = () => new Promise((resolve) => (answer = resolve));
    const { store, loader } = setup(storage);
    await loader.openText(otherText, 'first.json');
    const first = loader.kept;
    loader.showBundled();
    answer('the browser refused to keep it');
    await first;
    expect(store.state.notice).toBeNull();
  });

  it('says what it is opening while it parses, and a cancel keeps what was on show and what was kept', async () => {
    const { store, loader, storage } = setup();
    await loader.openText(otherText, 'kept.json');
    await loader.kept;
    const opening = loader.openText(otherText.replace('Other set', 'Big set'), 'big.json');
    expect(store.state.loading).toEqual({ name: 'big.json', stage: 'reading', fraction: 0 });
    expect(loader.busy).toBe(true);
    loader.cancelLoading();
    expect(await opening).toBe(false);
    expect(store.state).toMatchObject({ loading: null, loadProblems: [], origin: 'kept.json', notice: null });
    expect(store.state.index?.dataset.title).toBe('Other set');
    expect(storage.kept?.name).toBe('kept.json');
  });

  it('keeps the kept dataset when the user cancels it at start, and shows the bundled one instead', async () => {
    const storage = new MemoryDatasetStorage();
    storage.kept = { name: 'kept.json', text: otherText };
    const store = new AppStore();
    const loader = new DatasetLoader(store, bundled, storage);
    // The user cancels as soon as the app says it is opening the kept dataset.
    let said = '';
    store.addEventListener('change', () => {
      if (store.state.loading === null) return;
      said = store.state.loading.name;
      loader.cancelLoading();
    });
    expect(await loader.restoreKept()).toBe(false);
    expect(said).toBe('kept.json');
    expect(store.state.origin).toBe(bundledOrigin);
    expect(storage.kept).toEqual({ name: 'kept.json', text: otherText });
  });

  it('lets a choice made while storage is read win over the kept dataset', async () => {
    const storage = new MemoryDatasetStorage();
    storage.kept = { name: 'kept.json', text: otherText };
    const store = new AppStore();
    const loader = new DatasetLoader(store, bundled, storage);
    const restoring = loader.restoreKept();
    loader.showBundled();
    expect(await restoring).toBe(false);
    expect(store.state.origin).toBe(bundledOrigin);
  });

  it('opens a dataset from an address without keeping it, and reports a failed fetch', async () => {
    const { store, loader, storage } = setup();
    expect(await loader.openUrl('https://example.invalid/missing.json', () => response('nope', 404))).toBe(false);
    expect(store.state.loadProblems[0]?.message).toBe('could not be fetched: the server answered 404 Not Found');
    expect(await loader.openUrl('https://example.invalid/other.json', () => response(otherText))).toBe(true);
    expect(store.state.origin).toBe('https://example.invalid/other.json');
    expect(storage.kept).toBeNull();
  });

  it('says what it is fetching while it loads, and gives up on an address that never answers', async () => {
    const { store, loader } = setup();
    const never: typeof fetch = (_url, init) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const opening = loader.openUrl('https://example.invalid/slow.json', never, 50);
    expect(store.state.loading).toEqual({ name: 'https://example.invalid/slow.json', stage: 'fetching', fraction: 0 });
    expect(await opening).toBe(false);
    expect(store.state.loading).toBeNull();
    expect(store.state.loadProblemsFile).toBe('https://example.invalid/slow.json');
    expect(store.state.loadProblems[0]?.message).toBe('could not be fetched: no complete answer within 0.05 seconds');
    expect(store.state.origin).toBe(bundledOrigin);
  });

  it('stops a fetch the user cancels, keeping what is on show without reporting a failure', async () => {
    const { store, loader } = setup();
    let aborted = false;
    const never: typeof fetch = (_url, init) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => {
          aborted = true;
          reject(new DOMException('aborted', 'AbortError'));
        }),
      );
    const opening = loader.openUrl('https://example.invalid/slow.json', never);
    loader.cancelLoading();
    expect(await opening).toBe(false);
    expect(aborted).toBe(true);
    expect(store.state).toMatchObject({ loading: null, loadProblems: [], origin: bundledOrigin });
  });

  it('names a data: address by what it is, and says when its dataset wears the bundled title', async () => {
    const { store, loader } = setup();
    const impostor = JSON.stringify({ ...other, title: bundled.title });
    const url = `data:application/json,${encodeURIComponent(impostor)}`;
    expect(await loader.openUrl(url)).toBe(true);
    expect(store.state.origin).toBe(`a data: address in the link (${url.length.toLocaleString('en')} characters)`);
    expect(store.state.notice).toBe(`The dataset from ${store.state.origin} is not the bundled one, though it has the same title.`);
    expect(store.state.loading).toBeNull();
  });

  it('lets a newer choice win over a slow fetch', async () => {
    const { store, loader } = setup();
    let finish: (value: Response) => void = () => undefined;
    const slow = loader.openUrl('https://example.invalid/slow.json', () => new Promise<Response>((resolve) => (finish = resolve)));
    expect(store.state.loading).toEqual({ name: 'https://example.invalid/slow.json', stage: 'fetching', fraction: 0 });
    loader.showBundled();
    expect(store.state.loading).toBeNull();
    finish(new Response(otherText));
    expect(await slow).toBe(false);
    expect(store.state.origin).toBe(bundledOrigin);
  });

  it('restores a snapshot of the bundled dataset, and refuses one of a dataset that is not here or has changed', async () => {
    const { store, loader } = setup();
    await loader.openText(otherText, 'other.json');
    const view = { ...defaultViewState, hiddenTypes: ['role' as const], selection: { kind: 'actor' as const, id: 'russia' } };
    const viewport = { positions: { russia: { x: 1, y: 2 } }, zoom: 1.5, pan: { x: 3, y: 4 } };
    const ofBundled = createSnapshot({ dataset: bundled, hash: datasetHash(bundled), embed: false, view, viewport, savedAt: new Date(0) });
    expect(await loader.openSnapshot(snapshotToJson(ofBundled), 'view.entente.json')).toBe(true);
    expect(store.state.index?.dataset.id).toBe(bundled.id);
    expect(store.state.view).toEqual(view);
    expect(store.state.viewport).toEqual(viewport);
    expect(store.state.notice).toBe('Restored the view saved in view.entente.json.');

    const changed = { ...ofBundled, dataset: { ...ofBundled.dataset, hash: `sha256:${'1'.repeat(64)}` } };
    expect(await loader.openSnapshot(JSON.stringify(changed), 'old.entente.json')).toBe(false);
    expect(store.state.loadProblems[0]?.message).toContain('has changed since this snapshot was saved');

    const elsewhere = { ...ofBundled, dataset: { id: 'far-away', title: 'Far away', hash: `sha256:${'2'.repeat(64)}` } };
    expect(await loader.openSnapshot(JSON.stringify(elsewhere), 'far.entente.json')).toBe(false);
    expect(store.state.loadProblems[0]?.message).toContain('this snapshot was saved from “Far away” (far-away), which is not open here');
    expect(store.state.view).toEqual(view);
  });

  it('opens the dataset a snapshot carries, and refuses one whose content no longer matches its hash', async () => {
    const { store, loader } = setup();
    const embedded = createSnapshot({ dataset: other, hash: datasetHash(other), embed: true, view: defaultViewState, viewport: { positions: {}, zoom: 1, pan: { x: 0, y: 0 } }, savedAt: new Date(0) });
    expect(await loader.openSnapshot(snapshotToJson(embedded), 'carried.entente.json')).toBe(true);
    expect(store.state.index?.dataset.id).toBe('other-set');
    loader.showBundled();
    const tampered = JSON.parse(snapshotToJson(embedded)) as { dataset: { content: { title: string } } };
    tampered.dataset.content.title = 'Tampered';
    expect(await loader.openSnapshot(JSON.stringify(tampered), 'tampered.entente.json')).toBe(false);
    expect(store.state.loadProblems[0]?.message).toContain('does not match its recorded hash');
    expect(store.state.index?.dataset.id).toBe(bundled.id);
  });

  it('opens a snapshot whose dataset, view and positions use ids that shadow Object.prototype', async () => {
    const { store, loader } = setup();
    const dataset = prototypeActorDataset();
    const view = { ...defaultViewState, selection: { kind: 'actor' as const, id: 'constructor' }, focus: { actorId: 'tostring', depth: 1 as const, outside: 'dim' as const }, path: { from: 'constructor', to: 'valueof' } };
    const positions = Object.fromEntries(dataset.actors.map((actor, i) => [actor.id, { x: i * 40, y: (i % 3) * 30 }]));
    const viewport = { positions, zoom: 1, pan: { x: 10, y: 20 } };
    const snapshot = createSnapshot({ dataset, hash: datasetHash(dataset), embed: true, view, viewport, savedAt: new Date(0) });
    expect(await loader.openSnapshot(snapshotToJson(snapshot), 'prototype.entente.json')).toBe(true);
    expect(store.state).toMatchObject({ loadProblems: [], view, viewport });
    expect(store.state.index?.dataset.id).toBe('prototype-actors');
    expect(store.state.index?.actors.get('constructor')?.name).toBe('The constructor');
  });

  it('says what it is opening while it reads a snapshot, and a cancel keeps what was on show and what was kept', async () => {
    const { store, loader, storage } = setup();
    await loader.openText(otherText, 'kept.json');
    await loader.kept;
    const view = { ...defaultViewState, hiddenTypes: ['deal' as const] };
    const carried = createSnapshot({ dataset: bundled, hash: datasetHash(bundled), embed: true, view, viewport: { positions: {}, zoom: 1, pan: { x: 0, y: 0 } }, savedAt: new Date(0) });
    const opening = loader.openSnapshot(snapshotToJson(carried), 'carried.entente.json');
    expect(store.state.loading).toEqual({ name: 'carried.entente.json', stage: 'reading', fraction: 0 });
    loader.cancelLoading();
    expect(await opening).toBe(false);
    expect(store.state).toMatchObject({ loading: null, loadProblems: [], origin: 'kept.json', notice: null, view: defaultViewState, viewport: null });
    expect(storage.kept?.name).toBe('kept.json');
  });

  it('refuses a snapshot that names actors or relations its dataset does not have, naming them', async () => {
    const { store, loader } = setup();
    await loader.openText(otherText, 'other.json');
    const view = { ...defaultViewState, selection: { kind: 'relation' as const, id: 'r-gone' }, path: { from: 'russia', to: 'constructor' }, alignment: { a: 'atlantis', b: 'russia' } };
    const viewport = { positions: { russia: { x: 1, y: 2 }, atlantis: { x: 3, y: 4 } }, zoom: 1, pan: { x: 0, y: 0 } };
    const edited = createSnapshot({ dataset: bundled, hash: datasetHash(bundled), embed: false, view, viewport, savedAt: new Date(0) });
    expect(await loader.openSnapshot(snapshotToJson(edited), 'edited.entente.json')).toBe(false);
    expect(store.state.loadProblems).toEqual([
      { path: 'view.selection.id', message: '"r-gone" is not a relation in this dataset' },
      { path: 'view.path.to', message: '"constructor" is not an actor in this dataset' },
      { path: 'view.alignment.a', message: '"atlantis" is not an actor in this dataset' },
      { path: 'viewport.positions.atlantis', message: '"atlantis" is not an actor in this dataset' },
    ]);
    expect(store.state.index?.dataset.id).toBe('other-set');
  });

  it('names what is wrong with a file that is not a snapshot', async () => {
    const { store, loader } = setup();
    expect(await loader.openSnapshot('{"format":"entente-snapshot","version":2}', 'odd.json')).toBe(false);
    expect(store.state.loadProblems.map((p) => p.path)).toEqual(expect.arrayContaining(['version', 'dataset', 'view', 'viewport']));
  });

  it('opens a snapshot chosen or dropped as a dataset as the snapshot it is', async () => {
    const { store, loader } = setup();
    const viewport = { positions: { russia: { x: 5, y: 6 } }, zoom: 2, pan: { x: 7, y: 8 } };
    const snapshot = createSnapshot({ dataset: bundled, hash: datasetHash(bundled), embed: false, view: defaultViewState, viewport, savedAt: new Date(0) });
    expect(await loader.openFile(new File([snapshotToJson(snapshot)], 'view.json'), 'dataset')).toBe('snapshot');
    expect(store.state.viewport).toEqual(viewport);
    expect(await loader.openDropped(new File([snapshotToJson(snapshot)], 'dropped.json'))).toBe('snapshot');
    expect(store.state.notice).toBe('Restored the view saved in dropped.json.');
  });

  it('opens a dropped .json as a dataset and a dropped .txt or .md as the source text', async () => {
    const { store, loader } = setup();
    expect(await loader.openDropped(new File([otherText], 'other.json'))).toBe('dataset');
    expect(store.state.origin).toBe('other.json');
    expect(store.state.viewport).toBeNull();
    expect(await loader.openDropped(new File(['Moscow has clearly spoken out'], 'article.MD'))).toBe('source');
    expect(store.state.sourceTexts.get('src')).toEqual({ sourceId: 'src', fileName: 'article.MD', text: 'Moscow has clearly spoken out' });
    expect(store.state.origin).toBe('other.json');
  });

  it('reports a file that cannot be read, and keeps what was on show', async () => {
    const { store, loader } = setup();
    // A file removed from disk after it was chosen: the browser's File refuses to read it.
    const gone = { name: 'gone.json', text: () => Promise.reject(new Error('the file is gone')) } as unknown as File;
    expect(await loader.openFile(gone, 'dataset')).toBeUndefined();
    expect(store.state.loadProblemsFile).toBe('gone.json');
    expect(store.state.loadProblems[0]?.message).toBe('could not be opened: the file is gone');
    expect(store.state.index?.dataset.id).toBe(bundled.id);
  });
});
