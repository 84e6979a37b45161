/** The zoom predicted from the label texts is the zoom Cytoscape's own fit then picks. */
import { afterEach, describe, expect, it } from 'vitest';
import { bundledDataset, laidOut, mount, unmountAll } from '../components/testing/fixture';
import '../components/graph-canvas/graph-canvas';
import { fitActors, predictFitZoom } from './fit-prediction';
import { showsLabel } from './graph-labels';
import { baseLabelSize, labelFontSize, labelWidthInEms } from './label-sizing';
import { canvasTextMeasure } from './text-measure';

afterEach(unmountAll);

describe('the zoom a fit will pick', () => {
  it('is within 1% of the zoom a fit of the actors picks once their labels are sized for it, at any spread', async () => {
    const canvas = mount('graph-canvas', { data: bundledDataset() });
    await canvas.updateComplete;
    await laidOut(canvas);
    const cy = canvas.cy!;
    cy.nodes().removeClass('label-hidden');
    const padding = 40;
    const zooms: number[] = [];
    const laidOutAt = new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }] as const));
    // Spread apart, the actors fit at smaller zooms, where labels are larger in graph units.
    for (const spread of [1, 3, 8]) {
      cy.nodes().positions((node) => {
        const { x, y } = laidOutAt.get(node.id())!;
        return { x: x * spread, y: y * spread };
      });
      const area = { width: cy.width(), height: cy.height(), padding, minZoom: cy.minZoom(), maxZoom: cy.maxZoom() };
      const predicted = predictFitZoom(fitActors(cy.nodes(), showsLabel), area, canvasTextMeasure(baseLabelSize))!;
      const fontSize = labelFontSize(predicted);
      cy.nodes().style({ 'font-size': fontSize, 'text-max-width': `${fontSize * labelWidthInEms}px`, 'text-margin-y': fontSize * 0.3 });
      cy.fit(cy.nodes(), padding);
      expect(Math.abs(cy.zoom() - predicted) / predicted).toBeLessThan(0.01);
      zooms.push(predicted);
    }
    expect(zooms[1]).toBeLessThan(zooms[0]!);
    expect(zooms[2]).toBeLessThan(zooms[1]!);
  });

  it('is none for no actors', () => {
    expect(predictFitZoom([], { width: 800, height: 600, padding: 40, minZoom: 0.1, maxZoom: 4 }, (text) => text.length)).toBeUndefined();
  });
});
