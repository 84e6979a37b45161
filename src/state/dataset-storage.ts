/**
 * The dataset the user last opened, kept in the browser's storage so it survives a reload.
 * Storage can be full or switched off; then the dataset is still shown, just not kept.
 */
export interface StoredDataset {
  readonly name: string;
  readonly text: string;
}

const key = 'entente.opened-dataset';

export function readStoredDataset(storage: Storage | undefined): StoredDataset | null {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<StoredDataset>;
    return typeof value.name === 'string' && typeof value.text === 'string' ? { name: value.name, text: value.text } : null;
  } catch {
    return null;
  }
}

/** Keeps the dataset; returns why it could not, or null when it was kept. */
export function storeDataset(storage: Storage | undefined, dataset: StoredDataset): string | null {
  try {
    if (!storage) return 'this browser keeps no storage for this page';
    storage.setItem(key, JSON.stringify(dataset));
    return null;
  } catch (error) {
    return error instanceof Error && error.name === 'QuotaExceededError' ? 'it is larger than the browser lets this page keep' : 'the browser refused to keep it';
  }
}

export function forgetStoredDataset(storage: Storage | undefined): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing kept, nothing to forget.
  }
}
