import { describe, expect, it } from 'vitest';
import { edgesThroughBodies } from './edge-obstruction';
import { relocationShifts, type PlacedNode } from './line-relocation';

/** A 20-unit actor with a 40x12 label under it. */
const actor = (id: string, x: number, y: number): PlacedNode => ({ id, x, y, width: 20, height: 20, x1: x - 20, y1: y - 10, x2: x + 20, y2: y + 22 });

function moved(nodes: readonly PlacedNode[], shifts: Map<string, { dx: number; dy: number }>): PlacedNode[] {
  return nodes.map((node) => {
    const { dx, dy } = shifts.get(node.id) ?? { dx: 0, dy: 0 };
    return { ...node, x: node.x + dx, y: node.y + dy, x1: node.x1 + dx, y1: node.y1 + dy, x2: node.x2 + dx, y2: node.y2 + dy };
  });
}

function closestGap(nodes: readonly PlacedNode[]): number {
  let closest = Infinity;
  nodes.forEach((a, i) => {
    for (const b of nodes.slice(i + 1)) {
      const apart = Math.max(b.x1 - a.x2, a.x1 - b.x2, b.y1 - a.y2, a.y1 - b.y2);
      closest = Math.min(closest, apart);
    }
  });
  return closest;
}

describe('relocationShifts', () => {
  it('moves nothing when no line runs over an actor', () => {
    const nodes = [actor('a', 0, 0), actor('b', 200, 0), actor('aside', 100, 80)];
    const shifts = relocationShifts(nodes, [{ id: 'a-b', source: 'a', target: 'b' }]);
    expect([...shifts.values()].every(({ dx, dy }) => dx === 0 && dy === 0)).toBe(true);
  });

  it('frees a line hemmed in by neighbours, landing nobody within the gap of another', () => {
    // The actor on the line has neighbours right above and below it: stepping straight aside is blocked.
    const nodes = [actor('a', 0, 0), actor('b', 300, 0), actor('middle', 150, 0), actor('above', 150, -40), actor('below', 150, 40)];
    const edges = [
      { id: 'a-b', source: 'a', target: 'b' },
      { id: 'middle-above', source: 'middle', target: 'above' },
    ];
    expect(edgesThroughBodies(nodes, edges)).not.toEqual([]);
    const after = moved(nodes, relocationShifts(nodes, edges, 8));
    expect(edgesThroughBodies(after, edges)).toEqual([]);
    expect(closestGap(after)).toBeGreaterThanOrEqual(8 - 1e-9);
  });

  it('gives the same moves every time, whatever the ids', () => {
    const nodes = [actor('constructor', 0, 0), actor('__proto__', 200, 10), actor('toString', 100, 4)];
    const edges = [{ id: 'line', source: 'constructor', target: '__proto__' }];
    const first = relocationShifts(nodes, edges);
    expect(relocationShifts(nodes, edges)).toEqual(first);
    expect(edgesThroughBodies(moved(nodes, first), edges)).toEqual([]);
  });
});
