/**
 * Parses a dataset's or a snapshot's text in a Web Worker, one per file, so that the page keeps
 * answering while a large file is read and checked: it can show how far the work has got, and a
 * cancel simply ends the worker. Where no worker can start (Node, or a browser that refuses one),
 * it parses in the page.
 */
import type { ValidationResult } from '../model/validate';
import { ParseResultAssembler, type ParseMessage } from './dataset-parse-messages';
import type { LoadStage } from './loading';
import { parseFile, type ParsedFile, type ParseRequest, type SnapshotParse } from './parse-file';

export interface ParseProgress {
  readonly stage: Exclude<LoadStage, 'fetching'>;
  readonly fraction: number;
}

export interface RunningParse<Result> {
  /** The result; undefined once cancelled. Rejects only if the worker fails after it has started. */
  readonly done: Promise<Result | undefined>;
  cancel(): void;
}

export type WorkerStarter = () => Worker;

/** How far the result must have come in before the bar moves again. */
const progressStep = 0.05;

/** The worker, as Vite bundles it: a module script of the page's own origin (script-src 'self'). */
export const startParseWorker: WorkerStarter = () =>
  new Worker(new URL('./dataset-parse.worker.ts', import.meta.url), { type: 'module', name: 'entente-parse' });

/** Parses in the page, on the next microtask: the fallback where no worker can run. */
function parseInPage(request: ParseRequest, onProgress: (progress: ParseProgress) => void, isCancelled: () => boolean): Promise<ParsedFile | undefined> {
  return Promise.resolve().then(() => {
    if (isCancelled()) return undefined;
    const parsed = parseFile(request, (stage) => onProgress({ stage, fraction: 0 }));
    return isCancelled() ? undefined : parsed;
  });
}

function parseFileOffMainThread(request: ParseRequest, onProgress: (progress: ParseProgress) => void, startWorker: WorkerStarter): RunningParse<ParsedFile> {
  let cancelled = false;
  const isCancelled = () => cancelled;
  let worker: Worker;
  try {
    worker = startWorker();
  } catch {
    return { done: parseInPage(request, onProgress, isCancelled), cancel: () => (cancelled = true) };
  }
  const assembler = new ParseResultAssembler(request.kind);
  /** Whether the worker has said anything: an error before that means it never ran. */
  let heard = false;
  let reported = 0;
  let settle: (parsed: ParsedFile | undefined) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const done = new Promise<ParsedFile | undefined>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  worker.onmessage = (event: MessageEvent<ParseMessage>) => {
    heard = true;
    const message = event.data;
    const parsed = assembler.take(message);
    if (parsed) {
      worker.terminate();
      settle(parsed);
    } else if (message.kind === 'stage') onProgress({ stage: message.stage, fraction: 0 });
    else if (message.kind === 'snapshot' || message.kind === 'dataset' || message.kind === 'problems' || assembler.fraction - reported >= progressStep) {
      // Every report re-renders the app: a few steps are enough for the bar.
      reported = assembler.fraction;
      onProgress({ stage: 'receiving', fraction: reported });
    }
  };
  const handleFailure = (event: Event) => {
    event.preventDefault();
    worker.terminate();
    if (heard) fail(new Error(event instanceof ErrorEvent && event.message ? event.message : 'the worker that checks it stopped'));
    // A worker that never started (blocked, or its script missing): the page does the work itself.
    else parseInPage(request, onProgress, isCancelled).then(settle, fail);
  };
  worker.onerror = handleFailure;
  worker.onmessageerror = handleFailure;
  worker.postMessage(request);
  return {
    done,
    cancel: () => {
      cancelled = true;
      worker.terminate();
      settle(undefined);
    },
  };
}

/** The worker answered for a kind of file it was not asked about: a bug, not bad input. */
function mismatched(): never {
  throw new Error('the worker answered for another kind of file');
}

/** Reads and validates dataset text. */
export function parseOffMainThread(text: string, onProgress: (progress: ParseProgress) => void, startWorker: WorkerStarter = startParseWorker): RunningParse<ValidationResult> {
  const running = parseFileOffMainThread({ kind: 'dataset', text }, onProgress, startWorker);
  return { cancel: () => running.cancel(), done: running.done.then((parsed) => parsed && (parsed.kind === 'dataset' ? parsed.result : mismatched())) };
}

/** Reads a snapshot and checks the dataset it carries (valid, unchanged, holding every id it names). */
export function parseSnapshotOffMainThread(text: string, onProgress: (progress: ParseProgress) => void, startWorker: WorkerStarter = startParseWorker): RunningParse<SnapshotParse> {
  const running = parseFileOffMainThread({ kind: 'snapshot', text }, onProgress, startWorker);
  return { cancel: () => running.cancel(), done: running.done.then((parsed) => parsed && (parsed.kind === 'snapshot' ? parsed.result : mismatched())) };
}
