/**
 * Resolves once the browser has painted the next frame (a task queued from an animation frame
 * callback runs after that frame is drawn): code loaded then does not hold up the picture.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
