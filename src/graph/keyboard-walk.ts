/**
 * The keyboard walk over the graph, which the canvas alone does not offer: right and left step
 * through the visible actors alphabetically, down and up through the current actor's visible
 * relations; each step is described in words for the live region.
 */
import type { Core, SingularElementArgument } from 'cytoscape';
import { countNoun } from '../model/count-noun';

export type KeyboardStep = 'next-actor' | 'previous-actor' | 'next-relation' | 'previous-relation';

export class KeyboardWalk {
  /** The element the walk is on. */
  focusId: string | undefined;
  /** The actor whose relations down and up step through. */
  private anchorId: string | undefined;

  reset(): void {
    this.focusId = undefined;
    this.anchorId = undefined;
  }

  /** The element one step on, now the walk's focus; undefined if there is none. */
  step(cy: Core, step: KeyboardStep): SingularElementArgument | undefined {
    const byLabel = (a: SingularElementArgument, b: SingularElementArgument) => String(a.data('name')).localeCompare(String(b.data('name')));
    const actors = cy.nodes().not('.hidden').toArray().sort(byLabel);
    const anchor = this.anchorId ? cy.getElementById(this.anchorId) : undefined;
    const forward = step === 'next-actor' || step === 'next-relation';
    const cycle = <T>(list: readonly T[], current: T | undefined): T | undefined => {
      const index = current === undefined ? -1 : list.indexOf(current);
      const next = index === -1 && !forward ? list.length - 1 : index + (forward ? 1 : -1);
      return list[(next + list.length) % list.length];
    };
    if (step === 'next-actor' || step === 'previous-actor' || !anchor?.nonempty()) {
      const actor = cycle(actors, actors.find((node) => node.id() === this.anchorId));
      if (!actor) return undefined;
      this.anchorId = actor.id();
      this.focusId = actor.id();
      return actor;
    }
    const relations = anchor.connectedEdges().not('.hidden').toArray().sort((a, b) => a.id().localeCompare(b.id()));
    const relation = cycle(relations, relations.find((edge) => edge.id() === this.focusId));
    if (relation) this.focusId = relation.id();
    return relation;
  }
}

/** What the live region says of the element the walk has reached. */
export function describeElement(element: SingularElementArgument): string {
  if (element.isNode()) {
    return `Actor ${String(element.data('name'))}, ${String(element.data('kind'))}, ${countNoun(element.connectedEdges().not('.hidden').length, 'relation')} shown. Down arrow for its relations, Enter to open.`;
  }
  const edge = element;
  const ends = `${String(edge.source().data('name'))} to ${String(edge.target().data('name'))}`;
  const merged = edge.data('relationIds') as readonly string[] | undefined;
  if (merged) return `${merged.length} ${String(edge.data('type'))} relations: ${ends}. Enter to open their evidence.`;
  return `Relation: ${ends}, ${String(edge.data('label'))}. Enter to open its evidence.`;
}
