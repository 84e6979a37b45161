/**
 * Where datasets come from: the bundled one, a file the user opens or drops, a `?data=` address,
 * the one kept from last time, or a snapshot; and the source texts a user opens beside them.
 * Every path validates with the same code as the CLI, and a failure leaves the graph and view
 * on show untouched.
 */
import { unknownSnapshotIds } from '../export/snapshot-reading';
import { datasetHash } from '../model/dataset-hash';
import type { Problem } from '../model/problem';
import type { Dataset } from '../model/schema';
import type { AppStore } from './app-store';
import { bundledOrigin } from './dataset-origin';
import { parseOffMainThread, parseSnapshotOffMainThread, type ParseProgress, type RunningParse } from './dataset-parser';
import type { DatasetStorage } from './dataset-storage';

// In its own module so the first load can name it without this module's parsers and validator.
export { bundledOrigin } from './dataset-origin';

/** How long a `?data=` address may take to answer in full. */
export const urlTimeoutMs = 30_000;

/** How to name an address for the user: a `data:` address is the dataset itself, too long to show. */
export function addressName(url: string): string {
  return url.startsWith('data:') ? `a data: address in the link (${url.length.toLocaleString('en')} characters)` : url;
}

/** What a file is opened as: the user's choice, corrected by what the file says it is. */
export type FileRole = 'dataset' | 'snapshot' | 'source';

/** A snapshot opened or dropped as a dataset is still a snapshot: it says so at its start. */
const snapshotStart = /^\s*\{\s*"format"\s*:\s*"entente-snapshot"/;
/** Dropped text files are sources to read; anything else is a dataset or a snapshot. */
const sourceTextName = /\.(txt|md|markdown)$/i;

/** How an attempt to open dataset text ended: on show, refused with problems, or dropped for a newer choice or a cancel. */
type OpenOutcome = 'opened' | 'refused' | 'dropped';

export class DatasetLoader {
  /** The last write to storage, settled once the dataset is kept or refused (for callers that wait). */
  kept: Promise<void> = Promise.resolve();
  private bundledHash: string | undefined;
  /** Counts loads, so a slow fetch or parse that finishes after a newer choice is dropped. */
  private generation = 0;
  /** Stops the fetch or parse under way, if any. */
  private abortLoading: (() => void) | undefined;

  constructor(
    private readonly store: AppStore,
    private readonly bundled: Dataset,
    private readonly storage: DatasetStorage,
  ) {}

  /** Whether a fetch or a parse is under way. */
  get busy(): boolean {
    return this.store.state.loading !== null;
  }

  showBundled(): void {
    this.stopLoading();
    void this.storage.forget();
    this.store.showDataset(this.bundled, bundledOrigin);
  }

  /**
   * Opens dataset text, parsed and checked off the page's thread while the app shows how far it
   * has got; keeps it for the next visit when asked. Resolves to false when it is refused (the
   * problems are on show), cancelled, or overtaken by a newer choice. Keeping happens in the
   * background; if it fails, the notice says so and nothing older is brought back on a reload.
   */
  async openText(text: string, name: string, options: { keep: boolean } = { keep: true }): Promise<boolean> {
    return (await this.parseAndShow(text, name, options.keep)) === 'opened';
  }

  /** The user gave up on the fetch or parse under way: it stops, and what is on show stays, without a word of failure. */
  cancelLoading(): void {
    this.stopLoading();
    // Cancelled before anything was on show (the kept dataset, at start): the bundled one stands
    // in, and what was kept stays kept.
    if (this.store.state.index === null) this.store.showDataset(this.bundled, bundledOrigin);
  }

  /** Whatever was loading has lost to a newer choice: it stops, and what it would bring is dropped. */
  private stopLoading(): number {
    this.abortLoading?.();
    this.abortLoading = undefined;
    if (this.store.state.loading !== null) this.store.setLoading(null);
    return ++this.generation;
  }

  /**
   * Runs a parse while the app says what it is opening and how far it has got. Resolves to the
   * result, a problem when the worker failed, or undefined when it was cancelled or overtaken.
   */
  private async parseWithStatus<Result>(name: string, start: (onProgress: (progress: ParseProgress) => void) => RunningParse<Result>): Promise<Result | { readonly ok: false; readonly problems: readonly Problem[] } | undefined> {
    const generation = this.stopLoading();
    const parsing = start((progress) => {
      if (generation === this.generation) this.store.setLoading({ name, ...progress });
    });
    this.abortLoading = () => parsing.cancel();
    this.store.setLoading({ name, stage: 'reading', fraction: 0 });
    let result: Result | { readonly ok: false; readonly problems: readonly Problem[] } | undefined;
    try {
      result = await parsing.done;
    } catch (error) {
      result = { ok: false, problems: [{ path: '(root)', message: `could not be checked: ${error instanceof Error ? error.message : String(error)}` }] };
    }
    if (result === undefined || generation !== this.generation) return undefined;
    this.abortLoading = undefined;
    this.store.setLoading(null);
    return result;
  }

  private async parseAndShow(text: string, name: string, keep: boolean): Promise<OpenOutcome> {
    const result = await this.parseWithStatus(name, (onProgress) => parseOffMainThread(text, onProgress));
    if (result === undefined) return 'dropped';
    if (!result.ok) {
      this.store.reportLoadProblems(name, result.problems);
      return 'refused';
    }
    this.show(result.dataset, name, keep ? text : undefined);
    return 'opened';
  }

  /** Shows a checked dataset; keeps its text for the next visit when given. */
  private show(dataset: Dataset, name: string, keptText: string | undefined): void {
    this.store.showDataset(dataset, name);
    if (keptText !== undefined) this.kept = this.keep(name, keptText, this.generation);
  }

  private async keep(name: string, text: string, generation: number): Promise<void> {
    const refusal = await this.storage.write({ name, text });
    // Said only while that dataset is still the one on show.
    if (refusal && generation === this.generation) this.store.setNotice(`${name} is open, but will not be reopened after a reload: ${refusal}.`);
  }

  /**
   * The dataset opened last time, if any; false when there is none, it no longer validates (then
   * it is forgotten), or the user cancelled it or chose another meanwhile (then it stays kept).
   */
  async restoreKept(): Promise<boolean> {
    const generation = this.generation;
    const kept = await this.storage.read();
    // Something chosen while storage was read wins over what was kept.
    if (!kept || generation !== this.generation) return false;
    const outcome = await this.parseAndShow(kept.text, kept.name, false);
    if (outcome === 'refused') void this.storage.forget();
    return outcome === 'opened';
  }

  /**
   * Fetches and opens a dataset from an address, saying so while it loads and giving up after
   * `timeoutMs`. It is not kept for the next visit: a link is not the user's own choice of file.
   * A newer choice made while it loads wins.
   */
  async openUrl(url: string, fetcher: typeof fetch = fetch, timeoutMs = urlTimeoutMs): Promise<boolean> {
    const generation = this.stopLoading();
    const name = addressName(url);
    const cancel = new AbortController();
    const deadline = AbortSignal.timeout(timeoutMs);
    this.abortLoading = () => cancel.abort();
    this.store.setLoading({ name, stage: 'fetching', fraction: 0 });
    let text: string;
    try {
      const response = await fetcher(url, { signal: AbortSignal.any([cancel.signal, deadline]) });
      if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
      text = await response.text();
    } catch (error) {
      if (generation !== this.generation) return false;
      this.store.setLoading(null);
      const why = deadline.aborted ? `no complete answer within ${timeoutMs / 1000} seconds` : error instanceof Error ? error.message : String(error);
      this.store.reportLoadProblems(name, [{ path: '(root)', message: `could not be fetched: ${why}` }]);
      return false;
    } finally {
      // A newer fetch owns the cancel by now.
      if (generation === this.generation) this.abortLoading = undefined;
    }
    if (generation !== this.generation) return false;
    const opened = await this.openText(text, name, { keep: false });
    // A link can carry any dataset under any title: say when one wears the bundled one's.
    if (opened && this.store.state.index?.dataset.title === this.bundled.title && datasetHash(this.store.state.index.dataset) !== this.hashOfBundled()) {
      this.store.setNotice(`The dataset from ${name} is not the bundled one, though it has the same title.`);
    }
    return opened;
  }

  /**
   * Opens a file the user chose or dropped as `choice` (what it says it is wins). Returns what it
   * was opened as, or undefined when it could not be (the problems are on show instead).
   */
  async openFile(file: File, choice: FileRole): Promise<FileRole | undefined> {
    try {
      const text = await file.text();
      const role = choice === 'dataset' && snapshotStart.test(text) ? 'snapshot' : choice;
      const opened = role === 'source' ? this.openSourceText(text, file.name) : role === 'dataset' ? await this.openText(text, file.name) : await this.openSnapshot(text, file.name);
      return opened ? role : undefined;
    } catch (error) {
      this.store.reportLoadProblems(file.name, [{ path: '(root)', message: `could not be opened: ${error instanceof Error ? error.message : String(error)}` }]);
      return undefined;
    }
  }

  /** Opens a file dropped on the page: a text file is a source, anything else a dataset or snapshot. */
  openDropped(file: File): Promise<FileRole | undefined> {
    return this.openFile(file, sourceTextName.test(file.name) ? 'source' : 'dataset');
  }

  /** Opens the user's copy of the dataset's (first) source, to read its quotes in context. */
  openSourceText(text: string, fileName: string): boolean {
    const sourceId = this.store.state.index?.dataset.sources[0]?.id;
    if (!sourceId) return false;
    this.store.openSourceText({ sourceId, fileName, text });
    return true;
  }

  /**
   * Opens a snapshot: its dataset (embedded, or the one on show or the bundled one when their
   * content hash matches), its view, and the node positions, zoom and pan the graph restores.
   * It is read and its dataset checked off the page's thread, with the same status and Cancel as
   * a dataset file. Resolves to false when it is refused (the problems are on show), cancelled,
   * or overtaken by a newer choice.
   */
  async openSnapshot(text: string, name: string): Promise<boolean> {
    const parsed = await this.parseWithStatus(name, (onProgress) => parseSnapshotOffMainThread(text, onProgress));
    if (parsed === undefined) return false;
    if (!parsed.ok) {
      this.store.reportLoadProblems(name, parsed.problems);
      return false;
    }
    const { snapshot, embedded } = parsed;
    const { dataset: saved, view, viewport } = snapshot;
    const fail = (message: string) => {
      this.store.reportLoadProblems(name, [{ path: 'dataset', message }]);
      return false;
    };
    // A carried dataset was checked with the snapshot, its ids included; a named one is found here.
    let dataset: Dataset;
    if (embedded) dataset = embedded.dataset;
    else {
      const current = this.store.state.index?.dataset;
      // The hash covers the id: only a dataset of the same id can match, so a large one of another id is not hashed.
      if (current && current.id === saved.id && datasetHash(current) === saved.hash) dataset = current;
      else if (this.hashOfBundled() === saved.hash) dataset = this.bundled;
      else if (current?.id === saved.id || this.bundled.id === saved.id) {
        return fail(`the dataset “${saved.title}” has changed since this snapshot was saved, so its picture would be wrong`);
      } else {
        return fail(`this snapshot was saved from “${saved.title}” (${saved.id}), which is not open here; open that dataset first, then the snapshot`);
      }
      const unknown = unknownSnapshotIds(dataset, view, viewport);
      if (unknown.length > 0) {
        this.store.reportLoadProblems(name, unknown);
        return false;
      }
    }
    if (dataset !== this.store.state.index?.dataset) {
      if (dataset === this.bundled) this.showBundled();
      else {
        // Checked already: shown and kept at once, like a dataset file.
        this.stopLoading();
        this.show(dataset, `${name} (snapshot)`, embedded?.text);
      }
    }
    this.store.replaceView(view);
    this.store.restoreViewport(viewport);
    this.store.clearLoadProblems();
    this.store.setNotice(`Restored the view saved in ${name}.`);
    return true;
  }

  hashOfBundled(): string {
    this.bundledHash ??= datasetHash(this.bundled);
    return this.bundledHash;
  }
}
