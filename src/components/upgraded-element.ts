/**
 * The elements around the graph are defined a moment after the first picture (deferred-elements.ts):
 * a keyboard user can ask one for focus before its definition has arrived, when the element is in
 * the page but has none of its methods yet. This waits for the definition first.
 */
export async function upgradedElement<Name extends keyof HTMLElementTagNameMap>(root: ParentNode, name: Name): Promise<HTMLElementTagNameMap[Name] | null> {
  await customElements.whenDefined(name);
  return root.querySelector(name);
}
