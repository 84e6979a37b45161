/** Dataset to Cytoscape elements: node id = actor id, edge id = relation id. */
import type { ElementDefinition } from 'cytoscape';
import { formatWhen } from '../model/dates';
import { actorDegrees, nodeSize } from '../model/degree';
import type { Dataset } from '../model/schema';

export interface NodeData {
  readonly id: string;
  readonly label: string;
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
    const data: NodeData = { id: actor.id, label: actor.name, kind: actor.kind, degree: d, size: nodeSize(d) };
    return { group: 'nodes', data: { ...data }, classes: `kind-${actor.kind}` };
  });
  const edges = dataset.relations.map((relation): ElementDefinition => {
    const data: EdgeData = {
      id: relation.id,
      source: relation.source,
      target: relation.target,
      type: relation.type,
      directed: relation.directed,
      label: `${relation.type}, ${formatWhen(relation)}`,
    };
    const classes = [`type-${relation.type}`, relation.directed ? 'directed' : 'undirected', `certainty-${relation.certainty}`];
    return { group: 'edges', data: { ...data }, classes: classes.join(' ') };
  });
  return [...nodes, ...edges];
}
