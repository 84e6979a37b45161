/** Mounting helpers for browser tests: real elements in a real, sized page. */
import bundled from '../../../graph-data/zagorski-2009.json';
import { indexDataset, type DatasetIndex } from '../../model/dataset-index';
import { loadLayoutCode } from '../../graph/layout-code';
import { loadBlocPlacementCode } from '../../graph/bloc-placement-code';
import { loadStagedLoadCode } from '../../graph/staged-load-code';
import type { Dataset } from '../../model/schema';
import type { GraphCanvas } from '../graph-canvas/graph-canvas';
import { validateDataset } from '../../model/validate';

// The page loads the layout code, the blocs' placement and the staged load of large datasets on
// first need (issue 11); tests have them from the start (the end-to-end tests load them lazily).
// The layout itself runs in a Web Worker: a test that looks at the picture waits for it (laidOut).
await Promise.all([loadLayoutCode(), loadBlocPlacementCode(), loadStagedLoadCode()]);

const mounted: HTMLElement[] = [];

/** The bundled dataset, validated exactly as the app validates it. */
export function bundledDataset(): Dataset {
  const result = validateDataset(bundled);
  if (!result.ok) throw new Error(`bundled dataset is invalid: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

export function bundledIndex(): DatasetIndex {
  return indexDataset(bundledDataset());
}

/** Appends an element inside a box of the given size; `unmountAll` removes it. */
export function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  size = { width: 1200, height: 800 },
): HTMLElementTagNameMap[K] {
  const box = document.createElement('div');
  box.style.cssText = `position:relative;width:${size.width}px;height:${size.height}px`;
  const element = document.createElement(tag);
  Object.assign(element, props);
  element.style.width = '100%';
  element.style.height = '100%';
  box.append(element);
  document.body.append(box);
  mounted.push(box);
  return element;
}

export function unmountAll(): void {
  for (const box of mounted.splice(0)) box.remove();
}

/** Resolves with the next event of that name dispatched on the target. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, name: K): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) => target.addEventListener(name, (event) => resolve(event as GlobalEventHandlersEventMap[K]), { once: true }));
}

/**
 * Resolves once the graph shows its laid-out picture, as a user sees it: drawn (not hidden while
 * the layout runs), no "Laying out" status, and its actors no longer all on one spot.
 */
export async function laidOut(canvas: GraphCanvas, timeout = 30_000): Promise<void> {
  const start = performance.now();
  const shown = () => {
    const cy = canvas.cy;
    const container = canvas.shadowRoot?.querySelector('.cy');
    const status = canvas.shadowRoot?.querySelector('[role="status"]')?.textContent.trim() ?? '';
    if (!cy || !container || container.classList.contains('laying-out') || status !== '') return false;
    return cy.nodes().length < 2 || new Set(cy.nodes().map((node) => `${node.position('x')},${node.position('y')}`)).size > 1;
  };
  while (!shown()) {
    if (performance.now() - start > timeout) throw new Error('the graph was not laid out in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
