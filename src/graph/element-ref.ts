/** What a graph element stands for in the app's selection: an actor, a relation, or a merged edge's relations. */
import type { SingularElementArgument } from 'cytoscape';
import type { SelectionRef } from '../model/selection';

export function refOf(element: SingularElementArgument): SelectionRef {
  if (element.isNode()) return { kind: 'actor', id: element.id() };
  const relationIds = element.data('relationIds') as readonly string[] | undefined;
  const first = relationIds?.[0];
  return relationIds && first !== undefined ? { kind: 'relation', id: first, relationIds: [...relationIds] } : { kind: 'relation', id: element.id() };
}
