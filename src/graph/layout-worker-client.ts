/**
 * Runs the layout (offscreen-layout.ts) in a Web Worker, one worker per layout, so the page keeps
 * answering while it runs and a cancel simply ends the worker. Where no worker can run (the
 * constructor throws, or the worker fails), the same layout runs on the page: the same picture,
 * only blocking.
 */
import type { LayoutPositions, LayoutRequest } from './offscreen-layout';

export interface RunningLayout {
  /** The positions; rejects with LayoutCancelled when cancelled. */
  readonly done: Promise<LayoutPositions>;
  cancel(): void;
}

export class LayoutCancelled extends Error {
  constructor() {
    super('the layout was cancelled');
    this.name = 'LayoutCancelled';
  }
}

export type LayoutWorkerStarter = () => Worker;

/** The worker, as Vite bundles it: a module script of the page's own origin (script-src 'self'). */
export const startLayoutWorker: LayoutWorkerStarter = () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'entente-layout' });

/** The layout on the page; its code (fcose with it) loads only if it comes to this. */
async function layoutInPage(request: LayoutRequest, isCancelled: () => boolean): Promise<LayoutPositions> {
  const { offscreenLayout } = await import('./offscreen-layout');
  if (isCancelled()) throw new LayoutCancelled();
  return offscreenLayout(request);
}

export function layoutOffMainThread(request: LayoutRequest, startWorker: LayoutWorkerStarter = startLayoutWorker): RunningLayout {
  let cancelled = false;
  const isCancelled = () => cancelled;
  let worker: Worker | undefined;
  try {
    worker = startWorker();
  } catch {
    worker = undefined;
  }
  let fail: (error: Error) => void = () => undefined;
  const done = new Promise<LayoutPositions>((resolve, reject) => {
    fail = reject;
    if (!worker) {
      layoutInPage(request, isCancelled).then(resolve, reject);
      return;
    }
    const running = worker;
    running.onmessage = (event: MessageEvent<LayoutPositions>) => {
      running.terminate();
      resolve(event.data);
    };
    running.onerror = (event: ErrorEvent) => {
      // A worker that cannot load (a policy, a missing file) or crashes: the page does the work.
      event.preventDefault();
      running.terminate();
      if (!cancelled) layoutInPage(request, isCancelled).then(resolve, reject);
    };
    running.postMessage(request);
  });
  return {
    done,
    cancel: () => {
      cancelled = true;
      worker?.terminate();
      fail(new LayoutCancelled());
    },
  };
}
