/**
 * Dataset to Cytoscape elements: node id = actor id, edge id = relation id, plus one merged edge
 * per group of parallel relations, carrying their ids in `data.relationIds` (hidden until shown).
 */
import type { ElementDefinition } from 'cytoscape';
import { actorClasses, relationClasses, relationLabel } from '../model/element-classes';
import { actorDegrees, nodeSize } from '../model/degree';
import type { Actor, Dataset, Relation } from '../model/schema';
import { groupParallelRelations, type RelationGroup } from './parallel-relations';

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

export interface MergedEdgeData {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly directed: boolean;
  /** The relations this edge stands for (those visible, once the graph shows it). */
  readonly relationIds: readonly string[];
  readonly count: number;
  readonly label: string;
}

/** "3 ×": the badge a merged edge carries. */
export function mergedLabel(count: number): string {
  return `${count} ×`;
}

/** The merged edge standing for a group of parallel relations (hidden until the graph shows it). */
export function mergedEdge(group: RelationGroup): ElementDefinition {
  const data: MergedEdgeData = {
    id: group.id,
    source: group.source,
    target: group.target,
    type: group.type,
    directed: group.directed,
    relationIds: group.relationIds,
    count: group.relationIds.length,
    label: mergedLabel(group.relationIds.length),
  };
  const classes = ['merged', 'hidden', ...relationClasses({ type: group.type, directed: group.directed, certainty: group.inferred ? 'inferred' : 'stated' }).split(' ')];
  return { group: 'edges', data: { ...data, relationIds: [...group.relationIds] }, classes: classes.join(' ') };
}

/** An actor's node, sized by its number of relations (`degree`). */
export function actorElement(actor: Actor, degree: number): ElementDefinition {
  const data: NodeData = { id: actor.id, label: actor.shortName ?? actor.name, name: actor.name, kind: actor.kind, degree, size: nodeSize(degree) };
  return { group: 'nodes', data: { ...data }, classes: actorClasses(actor) };
}

export function relationElement(relation: Relation): ElementDefinition {
  const data: EdgeData = {
    id: relation.id,
    source: relation.source,
    target: relation.target,
    type: relation.type,
    directed: relation.directed,
    label: relationLabel(relation),
  };
  return { group: 'edges', data: { ...data }, classes: relationClasses(relation) };
}

export function toElements(dataset: Dataset, groups: readonly RelationGroup[] = groupParallelRelations(dataset.relations)): ElementDefinition[] {
  const degree = actorDegrees(dataset);
  const nodes = dataset.actors.map((actor) => actorElement(actor, degree.get(actor.id) ?? 0));
  return [...nodes, ...dataset.relations.map(relationElement), ...groups.map(mergedEdge)];
}
