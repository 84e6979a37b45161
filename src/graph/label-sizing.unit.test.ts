import { describe, expect, it } from 'vitest';
import { labelFontSize, labelsToHide, maxLabelPx, minLabelPx, screenLabelPx } from './label-sizing';

describe('screen-constant labels', () => {
  it('keeps every label between the floor and the cap on screen, whatever the zoom', () => {
    for (const zoom of [0.2, 0.35, 0.5, 0.9, 1, 1.3, 2, 4]) {
      const onScreen = zoom * labelFontSize(zoom);
      expect(onScreen).toBeGreaterThanOrEqual(11);
      expect(onScreen).toBeGreaterThanOrEqual(minLabelPx - 1e-9);
      expect(onScreen).toBeLessThanOrEqual(maxLabelPx + 1e-9);
    }
  });

  it('grows a little when zooming in, up to the cap', () => {
    expect(screenLabelPx(0.3)).toBe(minLabelPx);
    expect(screenLabelPx(1.2)).toBeGreaterThan(screenLabelPx(1));
    expect(screenLabelPx(3)).toBe(maxLabelPx);
  });
});

describe('labelsToHide', () => {
  const box = (id: string, x1: number, y1: number, x2: number, y2: number) => ({ id, x1, y1, x2, y2 });

  it('hides nothing when no labels collide', () => {
    const candidates = [
      { id: 'a', priority: 1, label: box('a', 0, 0, 50, 10) },
      { id: 'b', priority: 1, label: box('b', 0, 30, 50, 40) },
    ];
    expect(labelsToHide(candidates, [])).toEqual(new Set());
  });

  it('hides the less connected of two colliding labels, and only that one', () => {
    const candidates = [
      { id: 'hub', priority: 9, label: box('hub', 0, 0, 50, 10) },
      { id: 'leaf', priority: 1, label: box('leaf', 40, 5, 90, 15) },
      { id: 'far', priority: 0, label: box('far', 200, 200, 250, 210) },
    ];
    expect(labelsToHide(candidates, [])).toEqual(new Set(['leaf']));
  });

  it('hides a label lying on another actor, not on its own', () => {
    // The hub's label always shows (tested below): here it is elsewhere.
    const candidates = [
      { id: 'hub', priority: 9, label: box('hub', 500, 500, 550, 510) },
      { id: 'a', priority: 1, label: box('a', 0, 20, 50, 30) },
    ];
    expect(labelsToHide(candidates, [box('a', 10, 0, 40, 25)])).toEqual(new Set());
    expect(labelsToHide(candidates, [box('b', 10, 25, 40, 60)])).toEqual(new Set(['a']));
  });

  it('always keeps the hub\'s label, even over another actor, and hides the lesser label it collides with', () => {
    const candidates = [
      { id: 'leaf', priority: 1, label: box('leaf', 40, 5, 90, 15) },
      { id: 'hub', priority: 9, label: box('hub', 0, 0, 50, 10) },
      { id: 'next', priority: 5, label: box('next', 0, 100, 50, 110) },
    ];
    const bodies = [box('leaf', 10, 0, 30, 12), box('hub', 0, -30, 30, 0), box('other', 0, 90, 30, 102)];
    expect(labelsToHide(candidates, bodies)).toEqual(new Set(['leaf', 'next']));
  });

  it('breaks ties by id, so the picture is the same every time', () => {
    const candidates = [
      { id: 'b', priority: 1, label: box('b', 0, 0, 50, 10) },
      { id: 'a', priority: 1, label: box('a', 10, 0, 60, 10) },
    ];
    expect(labelsToHide(candidates, [])).toEqual(new Set(['b']));
  });
});
