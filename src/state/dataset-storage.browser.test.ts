/** The kept dataset in Chromium's real IndexedDB: what survives a reload, and what is forgotten. */
import { afterEach, describe, expect, it } from 'vitest';
import { IndexedDbDatasetStorage } from './dataset-storage';

const legacyKey = 'entente.opened-dataset';
let databases: string[] = [];

/** A fresh database per test; a second instance on the same name stands for the page after a reload. */
function storageNamed(name: string): IndexedDbDatasetStorage {
  databases.push(name);
  return new IndexedDbDatasetStorage(indexedDB, localStorage, name);
}

afterEach(async () => {
  localStorage.clear();
  // Connections stay open in the instances; deleting waits for them to be garbage, so do not await.
  for (const name of databases) indexedDB.deleteDatabase(name);
  databases = [];
  await Promise.resolve();
});

describe('IndexedDbDatasetStorage', () => {
  it('keeps a dataset across a reload, and forgets it when asked', async () => {
    const name = `keep-${Date.now()}`;
    expect(await storageNamed(name).write({ name: 'a.json', text: '{"a":1}' })).toBeNull();
    const afterReload = storageNamed(name);
    expect(await afterReload.read()).toEqual({ name: 'a.json', text: '{"a":1}' });
    await afterReload.forget();
    expect(await storageNamed(name).read()).toBeNull();
  });

  it('keeps a 12 MB dataset, more than localStorage holds', async () => {
    const name = `large-${Date.now()}`;
    const text = `{"padding":"${'x'.repeat(12 * 1024 * 1024)}"}`;
    expect(() => localStorage.setItem('probe', text)).toThrow();
    expect(await storageNamed(name).write({ name: 'large.json', text })).toBeNull();
    const kept = await storageNamed(name).read();
    expect(kept?.name).toBe('large.json');
    expect(kept?.text.length).toBe(text.length);
  });

  it('replaces what was kept with the newer dataset', async () => {
    const name = `replace-${Date.now()}`;
    const storage = storageNamed(name);
    void storage.write({ name: 'a.json', text: 'A' });
    void storage.write({ name: 'b.json', text: 'B' });
    void storage.forget();
    expect(await storage.write({ name: 'c.json', text: 'C' })).toBeNull();
    expect(await storageNamed(name).read()).toEqual({ name: 'c.json', text: 'C' });
  });

  it('moves a dataset kept by an older version in localStorage into IndexedDB', async () => {
    const name = `legacy-${Date.now()}`;
    localStorage.setItem(legacyKey, JSON.stringify({ name: 'old.json', text: 'OLD' }));
    expect(await storageNamed(name).read()).toEqual({ name: 'old.json', text: 'OLD' });
    expect(localStorage.getItem(legacyKey)).toBeNull();
    expect(await storageNamed(name).read()).toEqual({ name: 'old.json', text: 'OLD' });
  });

  it('when it cannot keep a dataset, says why and forgets the older one, so a reload shows neither', async () => {
    localStorage.setItem(legacyKey, JSON.stringify({ name: 'old.json', text: 'OLD' }));
    // As in a browser that switches IndexedDB off for the page.
    const switchedOff = new IndexedDbDatasetStorage(undefined, localStorage, `off-${Date.now()}`);
    expect(await switchedOff.write({ name: 'new.json', text: 'NEW' })).toBe('this browser keeps no storage for this page');
    expect(localStorage.getItem(legacyKey)).toBeNull();
    expect(await switchedOff.read()).toBeNull();
  });
});
