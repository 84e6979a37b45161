/**
 * Where datasets come from: the bundled one, a file the user opens or drops, a `?data=` address,
 * the one kept from last time, or a snapshot. Every path validates with the same code as the CLI,
 * and a failure leaves the graph and view on show untouched.
 */
import { parseSnapshot, type Viewport } from '../export/snapshot';
import { datasetHash } from '../model/dataset-hash';
import { parseDatasetText } from '../model/parse-dataset';
import type { Dataset } from '../model/schema';
import { validateDataset } from '../model/validate';
import type { AppStore } from './app-store';
import type { DatasetStorage } from './dataset-storage';

export const bundledOrigin = 'bundled';

export class DatasetLoader {
  /** The last write to storage, settled once the dataset is kept or refused (for callers that wait). */
  kept: Promise<void> = Promise.resolve();
  private bundledHash: string | undefined;
  /** Counts loads, so a slow fetch that finishes after a newer choice is dropped. */
  private generation = 0;

  constructor(
    private readonly store: AppStore,
    private readonly bundled: Dataset,
    private readonly storage: DatasetStorage,
  ) {}

  showBundled(): void {
    this.generation++;
    void this.storage.forget();
    this.store.showDataset(this.bundled, bundledOrigin);
  }

  /**
   * Opens dataset text; keeps it for the next visit when asked. Keeping happens in the
   * background; if it fails, the notice says so and nothing older is brought back on a reload.
   */
  openText(text: string, name: string, options: { keep: boolean } = { keep: true }): boolean {
    const generation = ++this.generation;
    const result = parseDatasetText(text);
    if (!result.ok) {
      this.store.reportLoadProblems(name, result.problems);
      return false;
    }
    this.store.showDataset(result.dataset, name);
    if (options.keep) this.kept = this.keep(name, text, generation);
    return true;
  }

  private async keep(name: string, text: string, generation: number): Promise<void> {
    const refusal = await this.storage.write({ name, text });
    // Said only while that dataset is still the one on show.
    if (refusal && generation === this.generation) this.store.setNotice(`${name} is open, but will not be reopened after a reload: ${refusal}.`);
  }

  /** The dataset opened last time, if any; false when there is none or it no longer validates. */
  async restoreKept(): Promise<boolean> {
    const generation = this.generation;
    const kept = await this.storage.read();
    // Something chosen while storage was read wins over what was kept.
    if (!kept || generation !== this.generation) return false;
    if (this.openText(kept.text, kept.name, { keep: false })) return true;
    void this.storage.forget();
    return false;
  }

  /**
   * Fetches and opens a dataset from an address. It is not kept for the next visit: a link is
   * not the user's own choice of file. A newer choice made while it loads wins.
   */
  async openUrl(url: string, fetcher: typeof fetch = fetch): Promise<boolean> {
    const generation = ++this.generation;
    let text: string;
    try {
      const response = await fetcher(url);
      if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
      text = await response.text();
    } catch (error) {
      if (generation !== this.generation) return false;
      this.store.reportLoadProblems(url, [{ path: '(root)', message: `could not be fetched: ${error instanceof Error ? error.message : String(error)}` }]);
      return false;
    }
    if (generation !== this.generation) return false;
    return this.openText(text, url, { keep: false });
  }

  /**
   * Opens a snapshot: its dataset (embedded, or the one on show or the bundled one when their
   * content hash matches) and its view. Returns the node positions, zoom and pan to restore.
   */
  openSnapshot(text: string, name: string): Viewport | undefined {
    const parsed = parseSnapshot(text);
    if (!parsed.ok) {
      this.store.reportLoadProblems(name, parsed.problems);
      return undefined;
    }
    const { dataset: saved, view, viewport } = parsed.snapshot;
    const fail = (message: string) => {
      this.store.reportLoadProblems(name, [{ path: 'dataset', message }]);
      return undefined;
    };
    let dataset: Dataset;
    if (saved.content !== undefined) {
      const result = validateDataset(saved.content);
      if (!result.ok) {
        this.store.reportLoadProblems(name, result.problems.map((p) => ({ ...p, path: `dataset.content.${p.path}`.replace('.(root)', '') })));
        return undefined;
      }
      if (datasetHash(result.dataset) !== saved.hash) return fail('the embedded dataset does not match its recorded hash; the file was changed after it was saved');
      dataset = result.dataset;
    } else {
      const current = this.store.state.index?.dataset;
      if (current && datasetHash(current) === saved.hash) dataset = current;
      else if (this.hashOfBundled() === saved.hash) dataset = this.bundled;
      else if (current?.id === saved.id || this.bundled.id === saved.id) {
        return fail(`the dataset “${saved.title}” has changed since this snapshot was saved, so its picture would be wrong`);
      } else {
        return fail(`this snapshot was saved from “${saved.title}” (${saved.id}), which is not open here; open that dataset first, then the snapshot`);
      }
    }
    if (dataset !== this.store.state.index?.dataset) {
      if (dataset === this.bundled) this.showBundled();
      else this.openText(`${JSON.stringify(dataset, null, 2)}\n`, `${name} (snapshot)`);
    }
    this.store.replaceView(view);
    this.store.clearLoadProblems();
    return viewport;
  }

  hashOfBundled(): string {
    this.bundledHash ??= datasetHash(this.bundled);
    return this.bundledHash;
  }
}
