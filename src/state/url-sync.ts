/**
 * Keeps the view state and the address's hash in step: every change is a history entry (so back
 * and forward step through them), except that quick successions (a slider drag, typing) are
 * folded into one. A hash that cannot be read is ignored with a notice, never a blank page.
 *
 * The address is written once the change is on screen: writing history costs the browser several
 * milliseconds (up to 15 on a busy machine), which would otherwise hold up the frame that shows
 * a toggle or a time step (issue 11).
 */
import { unknownViewIds } from '../analysis/view-ids';
import { boundedList } from '../model/bounded-list';
import { decodeViewState, encodeViewState, hashKeys } from './url-hash';
import type { AppStore } from './app-store';

const foldWithinMs = 600;
/** Written by then at the latest, should no frame come (a page in the background draws none). */
const writeWithinMs = 250;
/** A notice names this many of the problems, then counts the rest. */
const noticeProblemLimit = 5;

export class UrlSync {
  private lastPush = 0;
  private applying = false;
  /** Cancels the address write waiting for the next frame; undefined when none waits. */
  private cancelWrite: (() => void) | undefined;

  constructor(
    private readonly store: AppStore,
    private readonly window: Window,
  ) {}

  /**
   * Applies the address's view, then follows both ways until `stop`. `applyAddress` false: the
   * address held no view when the page drew its own, which (with what the user has done since)
   * goes into the address instead.
   */
  start(applyAddress = true): void {
    if (applyAddress) this.applyHash();
    else this.writeAddress();
    this.store.addEventListener('change', this.handleStoreChange);
    this.window.addEventListener('popstate', this.handlePopState);
  }

  stop(): void {
    this.flush();
    this.store.removeEventListener('change', this.handleStoreChange);
    this.window.removeEventListener('popstate', this.handlePopState);
  }

  private applyHash(): void {
    const hash = this.window.location.hash.replace(/^#/, '');
    const decoded = decodeViewState(hash);
    const index = this.store.state.index;
    // Ids are checked against the dataset on show; the store drops the unknown ones, and we say which.
    const unknown = index ? unknownViewIds(decoded.view, index) : [];
    this.applying = true;
    this.store.replaceView(decoded.view);
    this.applying = false;
    const applied = encodeViewState(this.store.state.view);
    const problems = [...decoded.problems, ...unknown.map((issue) => `${hashKeys[issue.path[0] as keyof typeof hashKeys]}: ${issue.message}`)];
    if (problems.length > 0) this.store.setNotice(`Parts of the address were ignored: ${boundedList(problems, noticeProblemLimit)}.`);
    if (applied !== hash) this.window.history.replaceState(null, '', this.urlFor(applied));
  }

  private urlFor(hash: string): string {
    return `${this.window.location.pathname}${this.window.location.search}${hash === '' ? '' : `#${hash}`}`;
  }

  /** Writes a change still waiting for its frame now. */
  flush(): void {
    if (!this.cancelWrite) return;
    this.cancelWrite();
    this.writeAddress();
  }

  private readonly handlePopState = () => {
    // The address the user went to rules: a change waiting to be written is dropped.
    this.cancelWrite?.();
    this.applyHash();
  };

  private readonly handleStoreChange = () => {
    if (this.applying || this.cancelWrite) return;
    // After the frame: a task queued from an animation frame callback runs once it is drawn.
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const frame = this.window.requestAnimationFrame(() => {
      clearTimeout(timeout);
      timeout = setTimeout(write, 0);
    });
    const write = () => {
      this.cancelWrite?.();
      this.writeAddress();
    };
    timeout = setTimeout(write, writeWithinMs);
    this.cancelWrite = () => {
      this.window.cancelAnimationFrame(frame);
      clearTimeout(timeout);
      this.cancelWrite = undefined;
    };
  };

  private writeAddress(): void {
    const hash = encodeViewState(this.store.state.view);
    if (hash === this.window.location.hash.replace(/^#/, '')) return;
    const url = this.urlFor(hash);
    const now = Date.now();
    if (now - this.lastPush < foldWithinMs) this.window.history.replaceState(null, '', url);
    else this.window.history.pushState(null, '', url);
    this.lastPush = now;
  }
}
