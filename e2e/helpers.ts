import type { Page } from '@playwright/test';

/** Collects console errors and warnings and page errors, which a clean app never has. */
export function watchConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') messages.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  return messages;
}

export async function openExplorer(page: Page, hash = ''): Promise<void> {
  await page.goto(`./${hash}`);
  await page.waitForFunction(() => (document.querySelector('entente-app')?.shadowRoot?.querySelector('graph-canvas')?.cy?.nodes().length ?? 0) > 0);
}

/** What the graph shows right now: visible node and edge ids, and dimmed or highlighted ones. */
export async function graphState(page: Page) {
  return page.evaluate(() => {
    const cy = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!;
    const ids = (selector: string) => cy.$(selector).map((e) => e.id()).sort();
    return {
      nodes: ids('node:visible'),
      edges: ids('edge:visible'),
      outsideFocus: ids('.outside-focus'),
      onPath: ids('edge.on-path'),
      selected: ids('.selected'),
      positions: Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }])),
    };
  });
}

/** Where an element's middle is on the page. */
export async function elementPointOnPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((elementId) => {
    const canvas = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!;
    const cy = canvas.cy!;
    // One element, edge or node; Cytoscape's collection types do not narrow, so say what we use.
    const element = cy.getElementById(elementId) as unknown as {
      isEdge(): boolean;
      midpoint(): { x: number; y: number };
      position(): { x: number; y: number };
    };
    const box = canvas.getBoundingClientRect();
    const zoom = cy.zoom();
    const pan = cy.pan();
    const point = element.isEdge() ? element.midpoint() : element.position();
    return { x: box.left + point.x * zoom + pan.x, y: box.top + point.y * zoom + pan.y };
  }, id);
}

/** Opens the filters drawer over the graph, where the filter, time, focus and path controls live. */
export async function openFilters(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Filters' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}
