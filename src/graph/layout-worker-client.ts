/**
 * Runs the large-graph layout in a Web Worker, one worker per layout, so the page keeps answering
 * while it runs and a cancel simply ends the worker.
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

export function layoutOffMainThread(request: LayoutRequest): RunningLayout {
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'entente-layout' });
  let fail: (error: Error) => void = () => undefined;
  const done = new Promise<LayoutPositions>((resolve, reject) => {
    fail = reject;
    worker.onmessage = (event: MessageEvent<LayoutPositions>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event: ErrorEvent) => {
      worker.terminate();
      reject(new Error(event.message || 'the layout worker failed'));
    };
  });
  worker.postMessage(request);
  return {
    done,
    cancel: () => {
      worker.terminate();
      fail(new LayoutCancelled());
    },
  };
}
