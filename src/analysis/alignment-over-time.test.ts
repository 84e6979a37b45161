import { describe, expect, it } from 'vitest';
import bundled from '../../graph-data/zagorski-2009.json';
import { indexDataset } from '../model/dataset-index';
import { validateDataset } from '../model/validate';
import { alignment } from './alignment';
import { alignmentByYear } from './alignment-over-time';
import { yearRange } from './relation-time';
import { defaultSignedGraphOptions, visibleSignedGraph } from './signed-graph';
import { defaultViewState, type ViewState } from './view-state';
import { computeVisibility } from './visibility';

function bundledIndex() {
  const result = validateDataset(bundled);
  if (!result.ok) throw new Error('the bundled dataset is invalid');
  return indexDataset(result.dataset);
}

/** The definition: each year's whole view, as of that year, and the pair's alignment in it. */
function byDefinition(view: ViewState, a: string, b: string) {
  const index = bundledIndex();
  const range = yearRange(index.dataset.relations)!;
  return Array.from({ length: range.last - range.first + 1 }, (_, i) => {
    const year = range.first + i;
    const visibility = computeVisibility(index, { ...view, time: { mode: 'as-of', date: String(year) } });
    return { year, alignment: alignment(visibleSignedGraph(index, visibility, defaultSignedGraphOptions), a, b) };
  });
}

describe('alignmentByYear', () => {
  const views: readonly [string, ViewState][] = [
    ['all', defaultViewState],
    ['filtered, undated hidden', { ...defaultViewState, hiddenKinds: ['person'], statedOnly: true, showUndated: false }],
    ['focused on Kazakhstan', { ...defaultViewState, focus: { actorId: 'kazakhstan', depth: 1, outside: 'hide' } }],
    ['focused on Lithuania, two steps', { ...defaultViewState, focus: { actorId: 'lithuania', depth: 2, outside: 'hide' } }],
  ];
  for (const [name, view] of views) {
    it(`is each year's view, as of that year (${name})`, () => {
      for (const [a, b] of [
        ['russia', 'kazakhstan'],
        ['osce', 'kazakhstan'],
      ] as const) {
        const steps = alignmentByYear(bundledIndex(), view, a, b, defaultSignedGraphOptions);
        expect(steps).toEqual(byDefinition(view, a, b));
      }
    });
  }
});
