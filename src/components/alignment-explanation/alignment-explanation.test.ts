import { afterEach, describe, expect, it } from 'vitest';
import { signedScore } from '../../analysis/alignment-scale';
import { pairKey } from '../../analysis/signed-graph';
import { actorName } from '../../model/dataset-index';
import { alignmentOf } from '../testing/alignment-fixture';
import { bundledIndex, mount, unmountAll } from '../testing/fixture';
import './alignment-explanation';

afterEach(unmountAll);

describe('<alignment-explanation>', () => {
  it('lists the direct stance and each shared third party, each relation opening onto its quotes', async () => {
    const index = bundledIndex();
    const alignment = alignmentOf(index).pairs.get(pairKey('russia', 'kazakhstan'))!;
    const element = mount('alignment-explanation', { index, alignment }, { width: 600, height: 900 });
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(root.querySelector('h3')?.textContent).toContain(signedScore(alignment.score));
    const terms = [...root.querySelectorAll('.terms > li > p')].map((p) => p.textContent.replace(/\s+/g, ' ').trim());
    expect(terms).toHaveLength(alignment.terms.length);
    for (const term of alignment.terms.filter((t) => t.kind === 'shared')) expect(terms.some((text) => text.startsWith(`Towards ${actorName(index, term.thirdParty)}:`))).toBe(true);
    expect(root.querySelectorAll('details.relation')).toHaveLength(alignment.terms.reduce((n, term) => n + term.relationIds.length, 0));
    const details = root.querySelector<HTMLDetailsElement>('details.relation')!;
    details.open = true;
    const evidence = details.querySelector('relation-evidence')!;
    await evidence.updateComplete;
    expect(evidence.shadowRoot!.textContent).toContain(index.relations.get(alignment.terms[0]!.relationIds[0]!)!.evidence[0]!.quote);
  });

  it('says "1 relation" of a pair that one relation aligns', async () => {
    const index = bundledIndex();
    const { pairs } = alignmentOf(index);
    const alignment = index.dataset.relations
      .map((relation) => pairs.get(pairKey(relation.source, relation.target)))
      .find((pair) => pair?.relationIds.length === 1 && pair.terms.some((term) => term.kind === 'direct'))!;
    const element = mount('alignment-explanation', { index, alignment }, { width: 600, height: 900 });
    await element.updateComplete;
    const text = element.shadowRoot!.textContent.replace(/\s+/g, ' ');
    expect(text).toContain('1 relation behind it.');
    expect(text).toContain('(net over total of their 1 relation)');
  });
});
