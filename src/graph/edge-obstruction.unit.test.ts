import { describe, expect, it } from 'vitest';
import { edgesThroughBodies, obstructionShifts, segmentHitsBox } from './edge-obstruction';

const node = (id: string, x: number, y: number, size = 20) => ({ id, x, y, width: size, height: size });

describe('segmentHitsBox', () => {
  const box = { x1: 0, y1: 0, x2: 10, y2: 10 };
  it('sees a segment crossing the box, or lying in it', () => {
    expect(segmentHitsBox({ x: -5, y: 5 }, { x: 15, y: 5 }, box)).toBe(true);
    expect(segmentHitsBox({ x: 2, y: 2 }, { x: 3, y: 3 }, box)).toBe(true);
    expect(segmentHitsBox({ x: -5, y: -5 }, { x: 15, y: 15 }, box)).toBe(true);
  });
  it('does not see a segment passing beside the box or stopping short of it', () => {
    expect(segmentHitsBox({ x: -5, y: 12 }, { x: 15, y: 12 }, box)).toBe(false);
    expect(segmentHitsBox({ x: -10, y: 5 }, { x: -1, y: 5 }, box)).toBe(false);
    expect(segmentHitsBox({ x: -5, y: 8 }, { x: 8, y: -5 }, box)).toBe(true);
    expect(segmentHitsBox({ x: -5, y: 3 }, { x: 3, y: -5 }, box)).toBe(false);
  });
});

describe('edgesThroughBodies', () => {
  it('finds an edge running over a third actor, not over its own ends', () => {
    const nodes = [node('a', 0, 0), node('b', 200, 0), node('middle', 100, 4), node('aside', 100, 60)];
    const found = edgesThroughBodies(nodes, [
      { id: 'a-b', source: 'a', target: 'b' },
      { id: 'a-aside', source: 'a', target: 'aside' },
    ]);
    expect(found).toEqual([{ edge: 'a-b', node: 'middle' }]);
  });
  it('works with any ids, such as "constructor"', () => {
    const nodes = [node('constructor', 0, 0), node('__proto__', 200, 0), node('toString', 100, 0)];
    expect(edgesThroughBodies(nodes, [{ id: 'hasOwnProperty', source: 'constructor', target: '__proto__' }])).toEqual([{ edge: 'hasOwnProperty', node: 'toString' }]);
  });
});

describe('obstructionShifts', () => {
  it('moves an actor off a relation it lies on, sideways, and leaves the ends where they are', () => {
    const nodes = [node('a', 0, 0), node('b', 300, 0), node('middle', 150, 5), node('c', 150, 200)];
    const edges = [
      { id: 'a-b', source: 'a', target: 'b' },
      { id: 'middle-c', source: 'middle', target: 'c' },
    ];
    const shifts = obstructionShifts(nodes, edges);
    expect(shifts.get('a')).toEqual({ dx: 0, dy: 0 });
    expect(shifts.get('b')).toEqual({ dx: 0, dy: 0 });
    const moved = nodes.map((n) => ({ ...n, x: n.x + shifts.get(n.id)!.dx, y: n.y + shifts.get(n.id)!.dy }));
    expect(edgesThroughBodies(moved, edges)).toEqual([]);
    expect(Math.abs(shifts.get('middle')!.dx)).toBeLessThan(1e-9);
    expect(shifts.get('middle')!.dy).toBeGreaterThan(0);
  });

  it('moves nothing when no relation runs over an actor', () => {
    const nodes = [node('a', 0, 0), node('b', 300, 0), node('c', 150, 100)];
    const shifts = obstructionShifts(nodes, [{ id: 'a-b', source: 'a', target: 'b' }]);
    expect([...shifts.values()].every((shift) => shift.dx === 0 && shift.dy === 0)).toBe(true);
  });
});
