// UrlSync needs a real window (location, history, popstate), so it is tested in the browser.
import { afterEach, describe, expect, it } from 'vitest';
import { AppStore } from '../../state/app-store';
import { loadDataset } from '../../state/load-dataset';
import { UrlSync } from '../../state/url-sync';
import { bundledDataset } from './fixture';

let sync: UrlSync | undefined;
afterEach(() => {
  sync?.stop();
  history.replaceState(null, '', location.pathname + location.search);
});

function started(hash: string): AppStore {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  const store = new AppStore();
  loadDataset(store, bundledDataset(), 'bundled');
  sync = new UrlSync(store, window);
  sync.start();
  return store;
}

/** The address is written once the change has been drawn. */
const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const popped = () => new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));

describe('UrlSync', () => {
  it('applies the address on start, and writes each change as a history entry back can undo', async () => {
    const store = started('#types=-opposition');
    expect(store.state.view.hiddenTypes).toEqual(['opposition']);
    const entries = history.length;
    store.select({ kind: 'actor', id: 'russia' });
    // Not before the frame that shows the change: writing history would hold it up.
    expect(location.hash).toBe('#types=-opposition');
    await afterPaint();
    expect(location.hash).toBe('#types=-opposition&sel=actor:russia');
    expect(history.length).toBe(entries + 1);
    const back = popped();
    history.back();
    await back;
    expect(store.state.view.selection).toBeNull();
    expect(store.state.view.hiddenTypes).toEqual(['opposition']);
  });

  it('folds quick successions (a slider drag) into one entry', async () => {
    const store = started('#isolated=hide');
    for (const date of ['2001', '2002', '2003']) {
      store.setView({ time: { mode: 'as-of', date } });
      await afterPaint();
    }
    expect(location.hash).toBe('#isolated=hide&time=as-of:2003');
    const back = popped();
    history.back();
    await back;
    expect(store.state.view.time).toBeNull();
    expect(store.state.view.hideIsolated).toBe(true);
  });

  it('drops a change not yet written when the user goes back, and writes a waiting one on stop', async () => {
    const store = started('#isolated=hide');
    store.select({ kind: 'actor', id: 'russia' });
    await afterPaint();
    store.select({ kind: 'actor', id: 'kazakhstan' });
    const back = popped();
    history.back();
    await back;
    await afterPaint();
    // Back went to the address before Russia was selected; the unwritten Kazakhstan never lands.
    expect(location.hash).toBe('#isolated=hide');
    expect(store.state.view.selection).toBeNull();
    store.select({ kind: 'actor', id: 'china' });
    sync?.stop();
    expect(location.hash).toBe('#isolated=hide&sel=actor:china');
  });

  it('ignores what it cannot use, says so, and shows the address of what it kept', () => {
    const store = started('#sel=relation:no-such-relation&types=-opposition,-hugs');
    expect(store.state.view.selection).toBeNull();
    expect(store.state.notice).toBe(
      'Parts of the address were ignored: types=-opposition,-hugs: unknown relation type "hugs"; relation types are support, opposition, deal, membership, role, kinship; sel: "no-such-relation" is not a relation in this dataset.',
    );
    expect(location.hash).toBe('#types=-opposition');
  });

  it('keeps the notice short however much the address holds', () => {
    const hash = Array.from({ length: 20_000 }, (_, i) => `k${i}=${'v'.repeat(20)}`).join('&');
    const store = started(`#${hash}`);
    expect(store.state.notice).toBe(
      'Parts of the address were ignored: unknown setting "k0"; unknown setting "k1"; unknown setting "k2"; unknown setting "k3"; unknown setting "k4"; and 19,995 more.',
    );
    expect(location.hash).toBe('');
  });
});
