import type { EdgeSingular } from 'cytoscape';
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

/** Waits until the graph on show has its places: no layout running (layouts run in a worker) and its actors apart. */
export async function waitForLayout(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const graph = document.querySelector('entente-app')?.shadowRoot?.querySelector('graph-canvas');
    const cy = graph?.cy;
    if (!graph || !cy || cy.nodes().length < 2) return false;
    if (graph.shadowRoot?.querySelector('[role="status"]')?.textContent.includes('Laying out')) return false;
    return new Set(cy.nodes().map((node) => `${Math.round(node.position('x'))},${Math.round(node.position('y'))}`)).size > 1;
  });
}

/** What the graph shows right now: visible node and edge ids, and dimmed or highlighted ones. */
export async function graphState(page: Page) {
  return page.evaluate(() => {
    const cy = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!;
    const ids = (selector: string) => cy.$(selector).map((e) => e.id()).sort();
    // A merged edge stands for the relations listed in its data.relationIds.
    const relationIds = (selector: string) => cy.$(selector).map((e) => (e.data('relationIds') as string[] | undefined) ?? [e.id()]).flat().sort();
    return {
      nodes: ids('node:visible'),
      edges: relationIds('edge:visible'),
      outsideFocus: ids('.outside-focus'),
      onPath: ids('edge.on-path'),
      selected: ids('.selected'),
      positions: Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }])),
    };
  });
}

/**
 * Where to point at an element on the page: an actor's middle; for a relation, the first of its
 * middle and the points half-way from there to each end that no actor is drawn over.
 */
export async function elementPointOnPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((elementId) => {
    const canvas = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!;
    const cy = canvas.cy!;
    // A relation drawn through a merged edge is found on that edge.
    const direct = cy.edges().getElementById(elementId);
    const edge = (
      direct.nonempty() && direct.visible()
        ? direct
        : cy.edges(':visible').filter((candidate) => ((candidate.data('relationIds') as string[] | undefined) ?? []).includes(elementId)).first()
    ) as EdgeSingular;
    const box = canvas.getBoundingClientRect();
    const onPage = (point: { x: number; y: number }) => ({ x: box.left + point.x, y: box.top + point.y });
    const node = cy.nodes().getElementById(elementId);
    if (node.nonempty()) return onPage(node.renderedPosition());
    const mid = edge.renderedMidpoint();
    const halfway = (end: { x: number; y: number }) => ({ x: (mid.x + end.x) / 2, y: (mid.y + end.y) / 2 });
    const candidates = [mid, halfway(edge.renderedSourceEndpoint()), halfway(edge.renderedTargetEndpoint())];
    const actors = cy.nodes().map((actor) => ({ shown: actor.visible(), ...actor.renderedPosition(), radius: actor.renderedOuterWidth() / 2 }));
    const clear = (point: { x: number; y: number }) => actors.every((actor) => !actor.shown || Math.hypot(actor.x - point.x, actor.y - point.y) > actor.radius + 8);
    return onPage(candidates.find(clear) ?? mid);
  }, id);
}

/** Opens the filters drawer over the graph, where the filter, time, focus and path controls live. */
export async function openFilters(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Filters' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}
