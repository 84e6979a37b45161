import { describe, expect, it } from 'vitest';
import { groupParallelRelations, mergedView, type GroupableRelation } from './parallel-relations';

const relation = (id: string, source: string, target: string, overrides: Partial<GroupableRelation> = {}): GroupableRelation => ({
  id,
  source,
  target,
  type: 'support',
  directed: true,
  certainty: 'stated',
  ...overrides,
});

describe('groupParallelRelations', () => {
  it('merges relations of one type between one pair in one direction, and nothing else', () => {
    const groups = groupParallelRelations([
      relation('r1', 'kz', 'ru'),
      relation('r2', 'kz', 'ru'),
      relation('r3', 'ru', 'kz'),
      relation('r4', 'kz', 'ru', { type: 'opposition' }),
      relation('r5', 'kz', 'ru', { certainty: 'inferred' }),
      relation('r6', 'kz', 'us'),
    ]);
    expect(groups.map((group) => group.relationIds)).toEqual([['r1', 'r2', 'r5']]);
    expect(groups[0]).toMatchObject({ source: 'kz', target: 'ru', type: 'support', directed: true, inferred: false });
  });

  it('merges undirected relations whichever end is written first', () => {
    const groups = groupParallelRelations([
      relation('d1', 'b', 'a', { type: 'deal', directed: false }),
      relation('d2', 'a', 'b', { type: 'deal', directed: false }),
    ]);
    expect(groups.map((group) => group.relationIds)).toEqual([['d1', 'd2']]);
  });

  it('gives merged edges ids no relation can have, even for ids such as "constructor"', () => {
    const relations = [relation('constructor', 'constructor', 'toString'), relation('__proto__', 'constructor', 'toString')];
    const [group] = groupParallelRelations(relations);
    expect(group?.relationIds).toEqual(['constructor', '__proto__']);
    expect(relations.map((r) => r.id)).not.toContain(group?.id);
    expect(group?.id).toContain(':');
  });

  it('marks a group inferred only when every relation in it is', () => {
    const groups = groupParallelRelations([
      relation('a', 'x', 'y', { certainty: 'inferred' }),
      relation('b', 'x', 'y', { certainty: 'inferred' }),
    ]);
    expect(groups[0]?.inferred).toBe(true);
  });
});

describe('mergedView', () => {
  const groups = groupParallelRelations([relation('r1', 'kz', 'ru'), relation('r2', 'kz', 'ru'), relation('r3', 'kz', 'ru')]);
  const id = groups[0]!.id;

  it('shows one merged edge for the visible relations of a group', () => {
    const view = mergedView(groups, (relationId) => relationId !== 'r2', false);
    expect([...view.shown]).toEqual([[id, ['r1', 'r3']]]);
    expect(view.mergedAway).toEqual(new Set(['r1', 'r3']));
  });

  it('shows a lone visible relation on its own', () => {
    const view = mergedView(groups, (relationId) => relationId === 'r2', false);
    expect(view.shown.size).toBe(0);
    expect(view.mergedAway.size).toBe(0);
  });

  it('shows each relation when asked to split', () => {
    const view = mergedView(groups, () => true, true);
    expect(view.shown.size).toBe(0);
    expect(view.mergedAway.size).toBe(0);
  });
});
