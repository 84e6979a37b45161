/** Dataset to Cytoscape elements: node id = actor id, edge id = relation id. */
import type { ElementDefinition } from 'cytoscape';
import { actorClasses, relationClasses, relationLabel } from '../model/element-classes';
import { actorDegrees, nodeSize } from '../model/degree';
import type { Dataset } from '../model/schema';

export interface NodeData {
  readonly id: string;
  /** What the canvas draws: the short name where the source has one. */
  readonly label: string;
  /** The full name, shown on hover. */
  readonly name: string;
  readonly kind: string;
  readonly degree: number;
  readonly size: number;
}

export interface EdgeData {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly directed: boolean;
  readonly label: string;
}

export function toElements(dataset: Dataset): ElementDefinition[] {
  const degree = actorDegrees(dataset);
  const nodes = dataset.actors.map((actor): ElementDefinition => {
    const d = degree.get(actor.id) ?? 0;
    const data: NodeData = { id: actor.id, label: actor.shortName ?? actor.name, name: actor.name, kind: actor.kind, degree: d, size: nodeSize(d) };
    return { group: 'nodes', data: { ...data }, classes: actorClasses(actor) };
  });
  const edges = dataset.relations.map((relation): ElementDefinition => {
    const data: EdgeData = {
      id: relation.id,
      source: relation.source,
      target: relation.target,
      type: relation.type,
      directed: relation.directed,
      label: relationLabel(relation),
    };
    return { group: 'edges', data: { ...data }, classes: relationClasses(relation) };
  });
  return [...nodes, ...edges];
}
