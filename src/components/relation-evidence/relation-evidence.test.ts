import { afterEach, describe, expect, it } from 'vitest';
import { groupParallelRelations } from '../../graph/parallel-relations';
import { indexDataset } from '../../model/dataset-index';
import { breakableDataset } from '../../model/testing/minimal-dataset';
import { bundledIndex, mount, unmountAll } from '../testing/fixture';
import { relationLooks } from '../../../styles/palette';
import './relation-evidence';

const hexToRgb = (hex: string): string => {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
};

afterEach(unmountAll);

describe('<relation-evidence>', () => {
  it('shows summary, type, direction, date, certainty, then each quote with locator and DOI link', async () => {
    const index = bundledIndex();
    const relation = index.relations.get('lavrov-defends-kazakhstan-2007')!;
    const element = mount('relation-evidence', { relation, index });
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(root.querySelector('h2')?.textContent).toBe('Sergey Lavrov → Kazakhstan');
    const facts = root.querySelector('dl')!.textContent.replace(/\s+/g, ' ');
    expect(facts).toContain('Type Support');
    expect(facts).toContain('When November 2007');
    expect(facts).toContain('Certainty Stated in the text');
    const quotes = [...root.querySelectorAll('blockquote .quote')].map((q) => q.textContent);
    expect(quotes).toEqual(relation.evidence.map((e) => e.quote));
    const caption = root.querySelector('figcaption');
    expect(caption?.textContent).toContain('¶ 10');
    expect(caption?.textContent).toContain('Andrei Zagorski');
    expect(caption?.querySelector('a')?.getAttribute('href')).toBe('https://doi.org/10.1163/187502309787858219');
  });

  it('lists each relation a merged edge stands for, with its summary, date and quotes', async () => {
    const index = bundledIndex();
    const group = groupParallelRelations([...index.relations.values()])[0]!;
    const pair = group.relationIds.map((id) => index.relations.get(id)!);
    const element = mount('relation-evidence', { relations: pair, relation: pair[0], index });
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(root.querySelector('.eyebrow')?.textContent).toBe(`${pair.length} ${pair[0]!.type} relations`);
    const items = [...root.querySelectorAll('ol.relations > li')];
    expect(items.map((item) => item.querySelector('h3')?.textContent)).toEqual(pair.map((r) => r.summary));
    items.forEach((item, i) => {
      expect([...item.querySelectorAll('blockquote .quote')].map((q) => q.textContent)).toEqual(pair[i]!.evidence.map((e) => e.quote));
    });
    // The quotes carry the type's accent from a class, not an inline style a strict CSP blocks.
    expect(root.querySelector('[style]')).toBeNull();
    expect(getComputedStyle(root.querySelector('blockquote')!).borderLeftColor).toBe(hexToRgb(relationLooks[pair[0]!.type].color));
  });

  it('renders hostile strings as text, never as markup', async () => {
    const data = breakableDataset();
    data.relations[0]!.evidence[0]!.quote = '<img src=x onerror="window.pwned=1">';
    data.relations[0]!.summary = '<b>bold</b>';
    const index = indexDataset(data);
    const element = mount('relation-evidence', { relation: index.relations.get('r-support')!, index });
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.querySelector('.quote')?.textContent).toBe('<img src=x onerror="window.pwned=1">');
    expect(root.querySelector('.summary')?.textContent).toBe('<b>bold</b>');
  });
});
