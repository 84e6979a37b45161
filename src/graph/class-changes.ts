/**
 * Class changes gathered element by element and applied one class at a time: Cytoscape restyles
 * only the elements whose classes change, and one addClass on a collection costs far less than
 * a toggleClass per element (thousands of them on a large graph's every toggle).
 */
import type { CollectionReturnValue, Core, SingularElementArgument } from 'cytoscape';

/**
 * Cytoscape caches what it derives from an element's style (`visible()`, `:visible`) and clears
 * that cache only when it next works the style out, at the next frame: until then a class change
 * would leave `visible()` answering for the old classes. Clearing it here (Cytoscape's own
 * `dirtyStyleCache`, which the typings leave out) keeps it true at once, for the changed elements
 * and the edges of changed nodes.
 */
function forgetDerivedStyle(elements: CollectionReturnValue): void {
  (elements as unknown as { dirtyStyleCache?: () => void }).dirtyStyleCache?.();
}

export class ClassChanges {
  private readonly added = new Map<string, CollectionReturnValue>();
  private readonly removed = new Map<string, CollectionReturnValue>();

  /** Notes that `element` should have class `name` (or not), if it does not already. */
  set(element: SingularElementArgument, name: string, on: boolean): void {
    if (element.hasClass(name) === on) return;
    const changes = on ? this.added : this.removed;
    const elements = changes.get(name);
    // merge adds in place: no new collection per element.
    if (elements) elements.merge(element);
    else changes.set(name, element.cy().collection().merge(element));
  }

  /** Whether any node gains or loses class `name`. */
  changesNodes(name: string): boolean {
    return [this.added.get(name), this.removed.get(name)].some((elements) => elements?.nodes().nonempty() ?? false);
  }

  apply(cy: Core): void {
    cy.batch(() => {
      for (const [name, elements] of this.removed) forgetDerivedStyle(elements.removeClass(name));
      for (const [name, elements] of this.added) forgetDerivedStyle(elements.addClass(name));
    });
  }
}
