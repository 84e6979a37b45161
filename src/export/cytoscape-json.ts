/**
 * A dataset as Cytoscape.js JSON: what `cy.json()` gives and takes, and what Cytoscape desktop opens
 * with File > Import > Network from File (`.cyjs`).
 *
 * - Every actor and relation field is kept in `data`, evidence included, so cytoscape.js gets the
 *   dataset back whole. Cytoscape desktop turns each `data` field into a table column; it cannot
 *   show objects (evidence items, a period), so flat copies sit beside them: `interaction` (its
 *   edge type column), `period_start`/`period_end`, `evidence_count` and `quotes` (a list of
 *   readable quotes).
 * - `name` is the column Cytoscape desktop labels nodes and names the network with; `label` and the
 *   `classes` are the ones Entente's own stylesheet selects on (kind-*, type-*, directed).
 * - Positions are written when given; the style (e.g. `cy.style().json()`) when given.
 */
import { actorClasses, relationClasses, relationLabel } from '../model/element-classes';
import { actorDegrees, nodeSize } from '../model/degree';
import type { Actor, Dataset, Evidence, Period, Relation } from '../model/schema';
import { readableQuote } from './readable-quotes';

export interface Position {
  readonly x: number;
  readonly y: number;
}

// Type aliases, not interfaces: they then fit cytoscape's index-signature element types.
export type ActorElementData = {
  id: string;
  name: string;
  label: string;
  kind: string;
  aliases: string[];
  description: string;
  affiliation?: string;
  /** Relations touching the actor, and the node size Entente draws for it (its style reads `size`). */
  degree: number;
  size: number;
};

export type RelationElementData = {
  id: string;
  source: string;
  target: string;
  interaction: string;
  label: string;
  type: string;
  directed: boolean;
  date?: string;
  period?: Period;
  period_start?: string;
  period_end?: string;
  summary: string;
  certainty: string;
  evidence: Evidence[];
  evidence_count: number;
  quotes: string[];
};

export type CytoscapeNodeJson = {
  group: 'nodes';
  data: ActorElementData;
  classes: string;
  position?: { x: number; y: number };
};

export type CytoscapeEdgeJson = {
  group: 'edges';
  data: RelationElementData;
  classes: string;
};

export type CytoscapeJsonDocument = {
  format_version: '1.0';
  generated_by: 'entente';
  target_cytoscapejs_version: '~3.34';
  data: {
    name: string;
    id: string;
    title: string;
    description: string;
    schemaVersion: number;
    sources: Dataset['sources'];
  };
  elements: { nodes: CytoscapeNodeJson[]; edges: CytoscapeEdgeJson[] };
  style?: unknown;
};

/** Copies without undefined properties, so absent fields stay absent in the JSON and in cy. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

function nodeJson(actor: Actor, degree: number, position: Position | undefined): CytoscapeNodeJson {
  const data = withoutUndefined<ActorElementData>({
    id: actor.id,
    name: actor.name,
    label: actor.name,
    kind: actor.kind,
    aliases: [...actor.aliases],
    description: actor.description,
    affiliation: actor.affiliation,
    degree,
    size: nodeSize(degree),
  });
  const node: CytoscapeNodeJson = { group: 'nodes', data, classes: actorClasses(actor) };
  return position === undefined ? node : { ...node, position: { x: position.x, y: position.y } };
}

function edgeJson(relation: Relation): CytoscapeEdgeJson {
  const data = withoutUndefined<RelationElementData>({
    id: relation.id,
    source: relation.source,
    target: relation.target,
    interaction: relation.type,
    label: relationLabel(relation),
    type: relation.type,
    directed: relation.directed,
    date: relation.date,
    period: relation.period === undefined ? undefined : { ...relation.period },
    period_start: relation.period?.start,
    period_end: relation.period?.end,
    summary: relation.summary,
    certainty: relation.certainty,
    evidence: relation.evidence.map((item) => structuredClone(item)),
    evidence_count: relation.evidence.length,
    quotes: relation.evidence.map(readableQuote),
  });
  return { group: 'edges', data, classes: relationClasses(relation) };
}

export function toCytoscapeJson(
  dataset: Dataset,
  positions?: ReadonlyMap<string, Position>,
  style?: unknown,
): CytoscapeJsonDocument {
  const degrees = actorDegrees(dataset);
  const document: CytoscapeJsonDocument = {
    format_version: '1.0',
    generated_by: 'entente',
    target_cytoscapejs_version: '~3.34',
    data: {
      name: dataset.title,
      id: dataset.id,
      title: dataset.title,
      description: dataset.description,
      schemaVersion: dataset.schemaVersion,
      sources: structuredClone(dataset.sources),
    },
    elements: {
      nodes: dataset.actors.map((actor) => nodeJson(actor, degrees.get(actor.id) ?? 0, positions?.get(actor.id))),
      edges: dataset.relations.map(edgeJson),
    },
  };
  return style === undefined ? document : { ...document, style };
}
