import type { DatasetStorage, StoredDataset } from '../dataset-storage';

/** Storage in memory, as IndexedDbDatasetStorage behaves: a refused write forgets what was kept. */
export class MemoryDatasetStorage implements DatasetStorage {
  kept: StoredDataset | null = null;
  refusal: string | null = null;
  read(): Promise<StoredDataset | null> {
    return Promise.resolve(this.kept);
  }
  write(dataset: StoredDataset): Promise<string | null> {
    this.kept = this.refusal === null ? dataset : null;
    return Promise.resolve(this.refusal);
  }
  forget(): Promise<void> {
    this.kept = null;
    return Promise.resolve();
  }
}
