/** The label and body boxes a large graph is laid out with match the boxes Cytoscape then draws. */
import { afterEach, describe, expect, it } from 'vitest';
import { bundledDataset, mount, unmountAll } from '../components/testing/fixture';
import '../components/graph-canvas/graph-canvas';
import { labelledNodeBox } from './label-box';
import { labelFontSize, labelWidthInEms } from './label-sizing';
import { canvasTextMeasure } from './text-measure';

afterEach(unmountAll);

describe('label boxes worked out from the text', () => {
  it('are within a few px of the boxes Cytoscape measures at zoom 1, wrapped labels included', async () => {
    const dataset = bundledDataset();
    const long = { ...dataset.actors[0]!, id: 'long-name', name: 'The Organization for Security and Co-operation in Europe Office', shortName: undefined };
    const canvas = mount('graph-canvas', { data: { ...dataset, actors: [...dataset.actors, long] } });
    await canvas.updateComplete;
    const cy = canvas.cy!;
    const fontSize = labelFontSize(1);
    // As the graph draws labels at zoom 1.
    cy.nodes().removeClass('label-hidden').style({ 'font-size': fontSize, 'text-max-width': `${fontSize * labelWidthInEms}px`, 'text-margin-y': fontSize * 0.3 });
    const measure = canvasTextMeasure(fontSize);
    const style = { fontSize, maxWidth: fontSize * labelWidthInEms, marginY: fontSize * 0.3, padding: 2, borderWidth: 2 };
    const misfits = cy.nodes().filter((node) => {
      const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
      const { x, y } = node.position();
      const estimate = labelledNodeBox(String(node.data('label')), Number(node.data('size')), style, measure);
      const off = [
        box.w - estimate.width,
        box.h - estimate.height,
        (box.x1 + box.x2) / 2 - x - estimate.offsetX,
        (box.y1 + box.y2) / 2 - y - estimate.offsetY,
        node.outerWidth() - estimate.bodyWidth,
        node.outerHeight() - estimate.bodyHeight,
      ];
      return off.some((difference) => Math.abs(difference) > 3);
    });
    expect(misfits.map((node) => node.id())).toEqual([]);
    expect(cy.getElementById('long-name').boundingBox({ includeLabels: true }).h).toBeGreaterThan(3 * fontSize);
  });
});
