import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { cameraFor, frameElements, noInsets } from './camera';

const containers: HTMLElement[] = [];
afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
});

/** A real 800x600 canvas with four actors at the corners of a square and a relation between two. */
function square(): Core {
  const container = document.createElement('div');
  container.style.cssText = 'position:relative;width:800px;height:600px';
  document.body.append(container);
  containers.push(container);
  const cy = cytoscape({
    container,
    layout: { name: 'preset' },
    style: [{ selector: 'node', style: { width: 20, height: 20 } }],
    elements: [
      { data: { id: 'a' }, position: { x: 0, y: 0 } },
      { data: { id: 'b' }, position: { x: 400, y: 0 } },
      { data: { id: 'c' }, position: { x: 0, y: 400 } },
      { data: { id: 'd' }, position: { x: 400, y: 400 } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
    ],
  });
  cy.viewport({ zoom: 1, pan: { x: 100, y: 100 } });
  return cy;
}

/** Where elements are drawn on the canvas. */
function drawn(cy: Core, ids: readonly string[]) {
  let elements = cy.collection();
  for (const id of ids) elements = elements.union(cy.getElementById(id));
  return elements.renderedBoundingBox({});
}

describe('the camera', () => {
  it('fits elements into the part of the canvas the panels leave clear', () => {
    const cy = square();
    frameElements(cy, cy.$('#a, #b, #c, #d'), 'fit', { top: 0, right: 300, bottom: 0, left: 0 }, false);
    const box = drawn(cy, ['a', 'b', 'c', 'd']);
    expect(box.x1).toBeGreaterThanOrEqual(0);
    expect(box.x2).toBeLessThanOrEqual(500);
    // Filling the clear width, not the whole canvas.
    expect(box.x2 - box.x1).toBeGreaterThan(400);
  });

  it('leaves elements already in the clear area where they are, and otherwise brings them in without zooming in', () => {
    const cy = square();
    expect(cameraFor(cy, cy.$('#a'), 'reveal', noInsets)).toBeUndefined();
    // b sits at x = 500 on screen: a panel over the right 400 px hides it.
    const insets = { top: 0, right: 400, bottom: 0, left: 0 };
    frameElements(cy, cy.$('#b'), 'reveal', insets, false);
    const box = drawn(cy, ['b']);
    expect(box.x2).toBeLessThanOrEqual(400);
    expect(cy.zoom()).toBe(1);
  });

  it('aims at the whole canvas when panels would leave too little of it', () => {
    const cy = square();
    // d off the right edge, and a panel claiming all but 50 px.
    cy.viewport({ zoom: 1, pan: { x: 500, y: 100 } });
    frameElements(cy, cy.$('#d'), 'reveal', { top: 0, right: 750, bottom: 0, left: 0 }, false);
    const box = drawn(cy, ['d']);
    expect(box.x1).toBeGreaterThanOrEqual(0);
    expect(box.x2).toBeLessThanOrEqual(800);
    expect(cy.zoom()).toBe(1);
  });
});
