import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledDatasetPath, bundledPositionsInputs, bundledPositionsPath } from '../scripts/bundled-positions-inputs';
import type { PresetFile } from '../src/graph/preset-positions';

const file = JSON.parse(readFileSync(bundledPositionsPath, 'utf8')) as PresetFile;
const actorIds = (JSON.parse(readFileSync(bundledDatasetPath, 'utf8')) as { actors: { id: string }[] }).actors.map((actor) => actor.id);

describe('the bundled dataset’s shipped positions', () => {
  it('were computed from the dataset and layout code as they are now (else run `npm run positions`)', () => {
    expect(file.inputs, 'graph-data/zagorski-2009.positions.json is stale: run `npm run positions` and commit it').toBe(bundledPositionsInputs());
  });

  it('place every actor of the dataset, and nothing else, for a wide and a tall canvas', () => {
    expect(file.layouts.some((layout) => layout.width > layout.height)).toBe(true);
    expect(file.layouts.some((layout) => layout.width < layout.height)).toBe(true);
    for (const layout of file.layouts) {
      expect(layout.positions.map(([id]) => id).sort()).toEqual([...actorIds].sort());
      for (const [, x, y] of layout.positions) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
  });
});
