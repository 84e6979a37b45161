import { describe, expect, it } from 'vitest';
import { defaultViewState } from '../analysis/view-state';
import { minimalDataset } from '../model/testing/minimal-dataset';
import { createSnapshot, parseSnapshot, snapshotToJson, type Viewport } from './snapshot';

const hash = `sha256:${'0'.repeat(64)}`;

function read(viewport: Viewport) {
  const snapshot = createSnapshot({ dataset: minimalDataset(), hash, embed: false, view: defaultViewState, viewport, savedAt: new Date(0) });
  return parseSnapshot(snapshotToJson(snapshot));
}

const positions = { russia: { x: 100, y: 50 }, kazakhstan: { x: 300, y: 200 } };

describe('snapshot viewports', () => {
  it('restores a viewport the graph can show', () => {
    const viewport = { positions, zoom: 1.5, pan: { x: -40, y: 20 } };
    expect(read(viewport)).toMatchObject({ ok: true, snapshot: { viewport } });
  });

  it('refuses a zoom the graph cannot show', () => {
    for (const zoom of [1e-30, 0.1, 5, 1e30]) {
      expect(read({ positions, zoom, pan: { x: 0, y: 0 } })).toMatchObject({
        ok: false,
        problems: [{ path: 'viewport.zoom', message: 'must be between 0.2 and 4, the zoom the graph can show' }],
      });
    }
  });

  it('refuses a pan that puts every actor off the screen, and coordinates no layout makes', () => {
    expect(read({ positions, zoom: 1, pan: { x: 1e12, y: 0 } })).toMatchObject({ ok: false, problems: [{ path: 'viewport.pan', message: 'puts every actor off the screen' }] });
    expect(read({ positions, zoom: 1, pan: { x: 0, y: -1e6 } })).toMatchObject({ ok: false, problems: [{ path: 'viewport.pan', message: 'puts every actor off the screen' }] });
    expect(read({ positions: { ...positions, lavrov: { x: 1e300, y: 0 } }, zoom: 1, pan: { x: 0, y: 0 } })).toMatchObject({
      ok: false,
      problems: [{ path: 'viewport.positions.lavrov.x', message: 'must be between -1000000 and 1000000' }],
    });
  });

  it('keeps one actor in reach enough to restore', () => {
    const oneInReach = { russia: { x: 0, y: 0 }, kazakhstan: { x: 1e6, y: 1e6 } };
    expect(read({ positions: oneInReach, zoom: 1, pan: { x: 500, y: 300 } }).ok).toBe(true);
  });

  it('reads a snapshot saved before the alignment views existed as having them off', () => {
    const snapshot = createSnapshot({ dataset: minimalDataset(), hash, embed: false, view: defaultViewState, viewport: { positions, zoom: 1, pan: { x: 0, y: 0 } }, savedAt: new Date(0) });
    const { blocs, alignment, ...olderView } = snapshot.view;
    expect([blocs, alignment]).toEqual([false, null]);
    const result = parseSnapshot(JSON.stringify({ ...snapshot, view: olderView }));
    expect(result).toMatchObject({ ok: true, snapshot: { view: defaultViewState } });
  });
});

describe('snapshot problems', () => {
  it('are located by line and column, as a dataset\'s are', () => {
    const snapshot = createSnapshot({ dataset: minimalDataset(), hash, embed: false, view: defaultViewState, viewport: { positions, zoom: 1, pan: { x: 0, y: 0 } }, savedAt: new Date(0) });
    const text = snapshotToJson({ ...snapshot, view: { ...snapshot.view, time: { mode: 'window', from: '2009', to: '2001' } } });
    const line = text.split('\n').findIndex((row) => row.includes('"time"')) + 1;
    expect(parseSnapshot(text)).toEqual({ ok: false, problems: [{ path: 'view.time', message: 'the window starts (2009) after it ends (2001)', line, column: 5 }] });
    expect(parseSnapshot('{\n  "format": "entente-snapshot",\n  "version": ')).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([{ path: '(root)', message: 'not valid JSON: ValueExpected', line: 3, column: 14 }]) as unknown,
    });
  });
});
