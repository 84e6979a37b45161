import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { relationTypes } from '../../model/schema';
import { bundledIndex, mount, nextEvent, unmountAll } from '../testing/fixture';
import './actor-details';

afterEach(unmountAll);

describe('<actor-details>', () => {
  it('shows kind, aliases and the relations grouped by type, each expandable to its quotes', async () => {
    const index = bundledIndex();
    const actor = index.actors.get('russia')!;
    const element = mount('actor-details', { actor, index });
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(root.querySelector('h2')?.textContent).toBe('Russia');
    expect(root.querySelector("dl")!.textContent).toContain("Moscow");
    const relations = index.relationsByActor.get('russia')!;
    const groups = [...root.querySelectorAll('h4')].map((h) => h.textContent.trim());
    const expected = ['Support', 'Opposition', 'Deal', 'Membership', 'Role', 'Kinship'].flatMap((label) => {
      const count = relations.filter((r) => r.type === label.toLowerCase()).length;
      return count > 0 ? [`${label} (${count})`] : [];
    });
    expect(groups).toEqual(expected);
    expect(root.querySelectorAll('details')).toHaveLength(relations.length);

    // Shown in type order: the first row is the first relation of the first type present.
    const firstShown = relationTypes.flatMap((type) => relations.filter((r) => r.type === type))[0]!;
    const first = root.querySelector('details')!;
    await userEvent.click(first.querySelector('summary')!);
    expect(first.open).toBe(true);
    const evidence = first.querySelector('relation-evidence')!;
    await evidence.updateComplete;
    expect(evidence.shadowRoot?.querySelector('blockquote .quote')?.textContent).toBe(firstShown.evidence[0]!.quote);
    // The outline reads Russia > Relations > Support > Evidence: the quotes' heading is one level
    // below its relation type's h4, not an h3 that would put it beside "Relations".
    const typeHeading = first.closest('ul')!.previousElementSibling!;
    const evidenceHeading = evidence.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')!;
    expect(typeHeading.localName).toBe('h4');
    expect(evidenceHeading.localName).toBe('h5');
    expect(evidenceHeading.textContent).toMatch(/^Evidence: \d+ quotes?$/);

    const selected = nextEvent(element, 'entente-select');
    await userEvent.click(first.querySelector('button')!);
    expect((await selected).detail.selection).toEqual({ kind: 'relation', id: firstShown.id });
  });
});
