/**
 * Work on thousands of graph elements split into slices that each fit a time budget, yielding to
 * the page between them, so no task blocks input or drawing for long. The slice size adapts to
 * how long the last slice took (a loaded machine gets smaller slices), and at most doubles from one
 * slice to the next: items are not all alike (a staged load adds mostly actors first, then mostly
 * relations), so a run of cheap ones must not make the next slice hundreds of times larger.
 */

/** Each slice aims at this much work; a long task starts at 50 ms, and drawing needs room too. */
export const sliceBudgetMs = 25;

/** Resolves in a later task, once the page has drawn and answered input. */
export const yieldToPage = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Longest wait for a frame: a page out of sight draws none, and the work must go on. */
const frameWaitMs = 100;

/** Resolves in the task after the next frame (or after frameWaitMs, if no frame comes). */
export const afterNextFrame = (): Promise<void> =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, frameWaitMs);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    });
  });

/**
 * Runs `work` on consecutive slices of `items`; resolves true when all are done, false as soon
 * as `cancelled()` says so (checked before every slice).
 */
export async function inSlices<T>(items: readonly T[], work: (slice: readonly T[]) => void, cancelled: () => boolean, budgetMs = sliceBudgetMs): Promise<boolean> {
  let size = 25;
  for (let start = 0; start < items.length; ) {
    if (cancelled()) return false;
    const began = performance.now();
    const slice = items.slice(start, start + size);
    work(slice);
    start += slice.length;
    const perItem = Math.max(performance.now() - began, 0.01) / slice.length;
    size = Math.max(1, Math.min(5000, 2 * slice.length, Math.floor(budgetMs / perItem)));
    if (start < items.length) await yieldToPage();
  }
  return !cancelled();
}
