import { describe, expect, it } from 'vitest';
import { countNoun } from './count-noun';

describe('countNoun', () => {
  it('says 1 relation, 0 and 76 relations, and takes an irregular plural', () => {
    expect(countNoun(1, 'relation')).toBe('1 relation');
    expect(countNoun(0, 'relation')).toBe('0 relations');
    expect(countNoun(76, 'relation')).toBe('76 relations');
    expect(countNoun(2, 'quote', 'quotes')).toBe('2 quotes');
    expect(countNoun(3, 'person', 'people')).toBe('3 people');
    expect(countNoun(12000, 'actor')).toBe('12,000 actors');
  });
});
