import { describe, expect, it } from 'vitest';
import { largeGraphActors, levelOfDetail, overviewLabelCount, overviewZoom } from './level-of-detail';

describe('levelOfDetail', () => {
  it('draws a small graph in full at any zoom', () => {
    for (const zoom of [0.1, 0.5, 1, 3]) {
      expect(levelOfDetail(31, zoom)).toEqual({ cachedWhileMoving: false, simpleEdges: false, labelBudget: Number.POSITIVE_INFINITY });
    }
  });

  it('gives a large graph simple edges and few labels only when zoomed out', () => {
    expect(levelOfDetail(largeGraphActors, overviewZoom / 2)).toEqual({ cachedWhileMoving: true, simpleEdges: true, labelBudget: overviewLabelCount });
    expect(levelOfDetail(1000, overviewZoom)).toEqual({ cachedWhileMoving: true, simpleEdges: false, labelBudget: Number.POSITIVE_INFINITY });
  });
});
