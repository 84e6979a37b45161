/**
 * A dataset as Cytoscape.js JSON: what `cy.json()` gives and takes, and what Cytoscape desktop opens
 * with File > Import > Network from File (`.cyjs`).
 *
 * - The flat columns are the field table's (record-fields.ts). Beside them, cytoscape.js gets the
 *   dataset back whole: `aliases` as a list, `period` and `evidence` as objects. Cytoscape desktop
 *   turns each `data` field into a table column but cannot show objects (they arrive empty), so
 *   they also come as JSON text (`evidence_json`, the network's `sources_json`) and as readable
 *   `quotes` (a list of strings).
 * - `name` is the column Cytoscape desktop labels nodes and edges and names the network with (an
 *   edge's is its own convention, "source (type) target"); `interaction` is its edge type column.
 *   `label` and the `classes` are the ones Entente's own stylesheet selects on (kind-*, type-*,
 *   directed).
 * - Positions are written when given; the style (e.g. `cy.style().json()`) when given.
 */
import { actorClasses, relationClasses, relationLabel } from '../model/element-classes';
import { actorDegrees, nodeSize } from '../model/degree';
import type { Actor, Dataset, Evidence, Period, Relation } from '../model/schema';
import { readableQuote } from './readable-quotes';
import { actorFieldsWith, flatValues, relationFields, type ActorColumn, type FlatValue, type RecordField } from './record-fields';

export interface Position {
  readonly x: number;
  readonly y: number;
}

// Type aliases, not interfaces: they then fit cytoscape's index-signature element types.
export type ActorElementData = {
  id: string;
  name: string;
  shortName?: string;
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
  /** Cytoscape desktop's edge name, "source (type) target". */
  name: string;
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
  strength?: string;
  evidence: Evidence[];
  /** The evidence as JSON text, for tables that cannot hold objects. */
  evidence_json: string;
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
    sources_json: string;
  };
  elements: { nodes: CytoscapeNodeJson[]; edges: CytoscapeEdgeJson[] };
  style?: unknown;
};

/** The field table's flat values as a plain object (absent fields stay absent). */
function flatData<R>(fields: readonly RecordField<R>[], record: R): Record<string, FlatValue> {
  return Object.fromEntries(flatValues(fields, record));
}

function nodeJson(actor: Actor, degree: number, position: Position | undefined, nodeFields: readonly RecordField<Actor>[]): CytoscapeNodeJson {
  const data: ActorElementData = {
    ...(flatData(nodeFields, actor) as Omit<ActorElementData, 'aliases' | 'label' | 'degree' | 'size'>),
    aliases: [...actor.aliases],
    label: actor.name,
    degree,
    size: nodeSize(degree),
  };
  const node: CytoscapeNodeJson = { group: 'nodes', data, classes: actorClasses(actor) };
  return position === undefined ? node : { ...node, position: { x: position.x, y: position.y } };
}

function edgeJson(relation: Relation): CytoscapeEdgeJson {
  const flat = flatData(relationFields, relation) as Omit<RelationElementData, 'name' | 'interaction' | 'label' | 'period' | 'evidence' | 'evidence_json' | 'quotes'>;
  const data: RelationElementData = {
    ...flat,
    name: `${relation.source} (${relation.type}) ${relation.target}`,
    interaction: relation.type,
    label: relationLabel(relation),
    ...(relation.period === undefined ? {} : { period: { ...relation.period } }),
    evidence: relation.evidence.map((item) => structuredClone(item)),
    evidence_json: JSON.stringify(relation.evidence),
    quotes: relation.evidence.map(readableQuote),
  };
  return { group: 'edges', data, classes: relationClasses(relation) };
}

/** `actorColumns` (e.g. the bloc) become node data fields beside the field table's. */
export function toCytoscapeJson(
  dataset: Dataset,
  positions?: ReadonlyMap<string, Position>,
  style?: unknown,
  actorColumns: readonly ActorColumn[] = [],
): CytoscapeJsonDocument {
  const degrees = actorDegrees(dataset);
  const nodeFields = actorFieldsWith(actorColumns);
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
      sources_json: JSON.stringify(dataset.sources),
    },
    elements: {
      nodes: dataset.actors.map((actor) => nodeJson(actor, degrees.get(actor.id) ?? 0, positions?.get(actor.id), nodeFields)),
      edges: dataset.relations.map(edgeJson),
    },
  };
  return style === undefined ? document : { ...document, style };
}
