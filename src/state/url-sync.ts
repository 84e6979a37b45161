/**
 * Keeps the view state and the address's hash in step: every change is a history entry (so back
 * and forward step through them), except that quick successions (a slider drag, typing) are
 * folded into one. A hash that cannot be read is ignored with a notice, never a blank page.
 */
import { decodeViewState, encodeViewState } from './url-hash';
import type { AppStore } from './app-store';

const foldWithinMs = 600;

export class UrlSync {
  private lastPush = 0;
  private applying = false;

  constructor(
    private readonly store: AppStore,
    private readonly window: Window,
  ) {}

  /** Applies the address's view, then follows both ways until `stop`. */
  start(): void {
    this.applyHash();
    this.store.addEventListener('change', this.handleStoreChange);
    this.window.addEventListener('popstate', this.handlePopState);
  }

  stop(): void {
    this.store.removeEventListener('change', this.handleStoreChange);
    this.window.removeEventListener('popstate', this.handlePopState);
  }

  private applyHash(): void {
    const hash = this.window.location.hash.replace(/^#/, '');
    const decoded = decodeViewState(hash);
    this.applying = true;
    this.store.replaceView(decoded.view);
    this.applying = false;
    const applied = encodeViewState(this.store.state.view);
    const problems = [...decoded.problems];
    // The store drops actors and relations the dataset does not have; say so, and show it.
    if (applied !== encodeViewState(decoded.view)) problems.push('actor or relation ids this dataset does not have');
    if (problems.length > 0) this.store.setNotice(`Parts of the address were ignored: ${problems.join('; ')}.`);
    if (applied !== hash) this.window.history.replaceState(null, '', this.urlFor(applied));
  }

  private urlFor(hash: string): string {
    return `${this.window.location.pathname}${this.window.location.search}${hash === '' ? '' : `#${hash}`}`;
  }

  private readonly handlePopState = () => this.applyHash();

  private readonly handleStoreChange = () => {
    if (this.applying) return;
    const hash = encodeViewState(this.store.state.view);
    if (hash === this.window.location.hash.replace(/^#/, '')) return;
    const url = this.urlFor(hash);
    const now = Date.now();
    if (now - this.lastPush < foldWithinMs) this.window.history.replaceState(null, '', url);
    else this.window.history.pushState(null, '', url);
    this.lastPush = now;
  };
}
