import { describe, expect, it } from 'vitest';
import { defaultViewState, type ViewState } from '../../analysis/view-state';
import type { GraphEmphasis } from '../../graph/graph-emphasis';
import { cameraTarget } from './camera-target';
import { coveredInsets } from './covered-insets';

const emphasis: GraphEmphasis = {
  visible: new Set(['a', 'b', 'ab']),
  outsideFocus: new Set(),
  onPath: new Set(['a', 'ab', 'b']),
  compareMarks: new Map([['ab', 'appeared']]),
  blocOf: new Map(),
  frustrated: new Set(),
  outsideHighlight: new Set(),
  blocsView: false,
};
const view = (patch: Partial<ViewState>): ViewState => ({ ...defaultViewState, ...patch });

describe('cameraTarget', () => {
  it('aims at a new path, a new comparison, and a focus that hides the rest', () => {
    expect(cameraTarget(view({}), view({ path: { from: 'a', to: 'b' } }), emphasis)).toEqual(['a', 'ab', 'b']);
    expect(cameraTarget(view({}), view({ compare: { from: '2003', to: '2008' } }), emphasis)).toEqual(['ab']);
    expect(cameraTarget(view({}), view({ focus: { actorId: 'a', depth: 1, outside: 'hide' } }), emphasis)).toEqual(['a', 'b', 'ab']);
  });

  it('shows everything again when a hiding focus ends, and stays still for dimming and filters', () => {
    const hiding = view({ focus: { actorId: 'a', depth: 1, outside: 'hide' } });
    expect(cameraTarget(hiding, view({}), emphasis)).toEqual(['a', 'b', 'ab']);
    expect(cameraTarget(view({}), view({ focus: { actorId: 'a', depth: 1, outside: 'dim' } }), emphasis)).toBeUndefined();
    expect(cameraTarget(view({}), view({ hiddenTypes: ['opposition'] }), emphasis)).toBeUndefined();
    expect(cameraTarget(hiding, hiding, emphasis)).toBeUndefined();
  });

  it('does not move for a path that finds nothing', () => {
    const none: GraphEmphasis = { ...emphasis, onPath: new Set() };
    expect(cameraTarget(view({}), view({ path: { from: 'a', to: 'b' } }), none)).toBeUndefined();
  });
});

describe('coveredInsets', () => {
  const canvas = { left: 0, top: 50, right: 1280, bottom: 720, width: 1280, height: 670 };
  const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom, width: right - left, height: bottom - top });

  it('counts a side panel from the right, a table from the bottom and a drawer from the left', () => {
    expect(coveredInsets(canvas, [box(900, 50, 1280, 720), box(0, 450, 900, 720), box(0, 50, 290, 720)])).toEqual({ top: 0, right: 380, bottom: 270, left: 290 });
  });

  it('counts a phone bottom sheet from the bottom, and ignores what is not on screen', () => {
    const phone = { left: 0, top: 80, right: 390, bottom: 844, width: 390, height: 764 };
    expect(coveredInsets(phone, [box(0, 400, 390, 844), box(0, 0, 0, 0)])).toEqual({ top: 0, right: 0, bottom: 444, left: 0 });
  });
});
