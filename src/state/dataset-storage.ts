/**
 * The dataset the user last opened, kept in the browser so it survives a reload. It lives in
 * IndexedDB, which holds far more than localStorage's 5 MB, so ordinary large datasets are kept
 * too. Storage can still be full or switched off: then the dataset is shown, just not kept, and
 * whatever was kept before is forgotten, so that a reload never brings back an older dataset.
 */
export interface StoredDataset {
  readonly name: string;
  readonly text: string;
}

/** Where the last opened dataset is kept. Operations run in the order they are called. */
export interface DatasetStorage {
  read(): Promise<StoredDataset | null>;
  /** Keeps the dataset; resolves to why it could not (having forgotten any older one), or null. */
  write(dataset: StoredDataset): Promise<string | null>;
  forget(): Promise<void>;
}

const databaseName = 'entente';
const storeName = 'kept';
const recordKey = 'opened-dataset';
/** Where versions before IndexedDB kept the dataset, read once and then cleared. */
const legacyKey = 'entente.opened-dataset';

function isStoredDataset(value: unknown): value is StoredDataset {
  if (typeof value !== 'object' || value === null) return false;
  const { name, text } = value as Partial<Record<keyof StoredDataset, unknown>>;
  return typeof name === 'string' && typeof text === 'string';
}

function refusalReason(error: unknown): string {
  return error instanceof DOMException && error.name === 'QuotaExceededError'
    ? 'it is larger than the browser lets this page keep'
    : 'the browser refused to keep it';
}

function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves when the transaction commits; rejects when it aborts (a full disk aborts at commit). */
function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new DOMException('aborted', 'AbortError'));
    transaction.onerror = () => undefined; // reported through onabort
  });
}

export class IndexedDbDatasetStorage implements DatasetStorage {
  private database: Promise<IDBDatabase> | undefined;
  /** Serialises operations: a forget after a write must not overtake it. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly factory: IDBFactory | undefined,
    private readonly legacy: Storage | undefined,
    private readonly name = databaseName,
  ) {}

  read(): Promise<StoredDataset | null> {
    return this.enqueue(async () => {
      const database = await this.open();
      const value: unknown = await settled(database.transaction(storeName, 'readonly').objectStore(storeName).get(recordKey));
      if (isStoredDataset(value)) return { name: value.name, text: value.text };
      return this.migrateLegacy(database);
    }, null);
  }

  write(dataset: StoredDataset): Promise<string | null> {
    return this.enqueue(async () => {
      if (!this.factory) {
        await this.remove();
        return 'this browser keeps no storage for this page';
      }
      try {
        const database = await this.open();
        const transaction = database.transaction(storeName, 'readwrite');
        transaction.objectStore(storeName).put({ name: dataset.name, text: dataset.text }, recordKey);
        await committed(transaction);
        return null;
      } catch (error) {
        await this.remove();
        return refusalReason(error);
      }
    }, 'the browser refused to keep it');
  }

  forget(): Promise<void> {
    return this.enqueue(() => this.remove(), undefined);
  }

  /** Runs after every earlier operation; a failure gives `fallback` rather than rejecting. */
  private enqueue<T>(operation: () => Promise<T>, fallback: T): Promise<T> {
    const result = this.queue.then(operation).catch(() => fallback);
    this.queue = result;
    return result;
  }

  private open(): Promise<IDBDatabase> {
    this.database ??= new Promise<IDBDatabase>((resolve, reject) => {
      if (!this.factory) {
        reject(new Error('no IndexedDB'));
        return;
      }
      const request = this.factory.open(this.name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(storeName);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
      request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    });
    return this.database;
  }

  /** Forgets the kept dataset, here and where older versions kept it; never throws. */
  private async remove(): Promise<void> {
    try {
      this.legacy?.removeItem(legacyKey);
    } catch {
      // Nothing kept there, nothing to forget.
    }
    try {
      const database = await this.open();
      const transaction = database.transaction(storeName, 'readwrite');
      transaction.objectStore(storeName).delete(recordKey);
      await committed(transaction);
    } catch {
      // No storage at all: nothing kept, nothing to forget.
    }
  }

  /** A dataset kept in localStorage by an older version moves to IndexedDB. */
  private async migrateLegacy(database: IDBDatabase): Promise<StoredDataset | null> {
    let value: unknown;
    try {
      const raw = this.legacy?.getItem(legacyKey);
      if (!raw) return null;
      value = JSON.parse(raw);
    } catch {
      return null;
    }
    if (!isStoredDataset(value)) return null;
    const transaction = database.transaction(storeName, 'readwrite');
    transaction.objectStore(storeName).put({ name: value.name, text: value.text }, recordKey);
    await committed(transaction);
    this.legacy?.removeItem(legacyKey);
    return { name: value.name, text: value.text };
  }
}
