/** The layout Web Worker: one request in, the positions back (their buffer moved, not copied). */
import { offscreenLayout, type LayoutRequest } from './offscreen-layout';

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const positions = offscreenLayout(event.data);
  self.postMessage(positions, { transfer: [positions.buffer] });
};
