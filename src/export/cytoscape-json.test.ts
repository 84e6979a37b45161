import cytoscape from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, Relation } from '../model/schema';
import { minimalDataset } from '../model/testing/minimal-dataset';
import { toCytoscapeJson, type ActorElementData, type RelationElementData } from './cytoscape-json';
import { arbitraryDataset } from './testing/arbitrary-dataset';
import { bundledDataset } from './testing/bundled-dataset';

/** The actor fields back out of a node's data (dropping the copies made for other tools). */
function actorFrom(data: ActorElementData): Actor {
  const { label: _label, degree: _degree, size: _size, ...actor } = data;
  return actor as Actor;
}

/** The relation fields back out of an edge's data. */
function relationFrom(data: RelationElementData): Relation {
  const { name: _n, interaction: _i, label: _l, period_start: _s, period_end: _e, evidence_count: _c, evidence_json: json, quotes: _q, ...relation } = data;
  // The JSON text column holds the same evidence.
  expect(JSON.parse(json)).toStrictEqual(relation.evidence);
  return relation as Relation;
}

describe('Cytoscape.js JSON export', () => {
  it('keeps every actor and relation field, through a JSON file, for any dataset', () => {
    fc.assert(
      fc.property(arbitraryDataset(), (dataset) => {
        const document = JSON.parse(JSON.stringify(toCytoscapeJson(dataset))) as ReturnType<typeof toCytoscapeJson>;
        expect(document.elements.nodes.map((node) => actorFrom(node.data))).toStrictEqual(dataset.actors);
        expect(document.elements.edges.map((edge) => relationFrom(edge.data))).toStrictEqual(dataset.relations);
        expect(document.data).toStrictEqual({
          name: dataset.title,
          id: dataset.id,
          title: dataset.title,
          description: dataset.description,
          schemaVersion: 1,
          sources: dataset.sources,
          sources_json: JSON.stringify(dataset.sources),
        });
      }),
      { numRuns: 150 },
    );
  });

  it('gives each node the degree and the size Entente draws it at', () => {
    const [kazakhstan, russia, lavrov] = toCytoscapeJson(minimalDataset()).elements.nodes;
    expect([kazakhstan?.data.degree, russia?.data.degree, lavrov?.data.degree]).toEqual([1, 2, 1]);
    expect(russia!.data.size).toBeGreaterThan(lavrov!.data.size);
  });

  it('gives Cytoscape desktop flat columns: interaction, period ends, evidence count and readable quotes', () => {
    const [support, role] = toCytoscapeJson(minimalDataset()).elements.edges;
    expect(support?.data).toMatchObject({
      interaction: 'support',
      period_start: '2005',
      evidence_count: 1,
      quotes: ['“Moscow has clearly spoken out” (src, ¶ 4)'],
    });
    expect(support?.data).not.toHaveProperty('period_end');
    expect(role?.data).toMatchObject({ interaction: 'role', date: '2007-11', label: 'role, November 2007' });
  });

  it('opens in cytoscape.js with positions, data, classes and style', () => {
    const dataset = bundledDataset();
    const positions = new Map(dataset.actors.map((actor, index) => [actor.id, { x: index * 10, y: -index }]));
    const style = [{ selector: 'node', style: { label: 'data(label)' } }];
    const document = toCytoscapeJson(dataset, positions, style);
    expect(document).toMatchObject({ format_version: '1.0', generated_by: 'entente', target_cytoscapejs_version: '~3.34', style });

    const cy = cytoscape({ headless: true, styleEnabled: true });
    // As read from the downloaded file; typed as the export, which must fit what cy.json() takes.
    cy.json(JSON.parse(JSON.stringify(document)) as typeof document);
    expect(cy.nodes()).toHaveLength(dataset.actors.length);
    expect(cy.edges()).toHaveLength(dataset.relations.length);
    expect(cy.getElementById('russia').position()).toEqual(positions.get('russia'));
    expect(cy.getElementById('russia').hasClass('kind-state')).toBe(true);
    expect(cy.edges('[interaction = "deal"]').map((edge) => edge.id())).toContain('kazakhstan-us-deal-madrid-2007');
    const lavrov = dataset.relations.find((r) => r.source === 'lavrov' && r.target === 'kazakhstan')!;
    expect(cy.getElementById(lavrov.id).data('evidence')).toEqual(lavrov.evidence);
    cy.destroy();
  });

  it('writes no position when none is known, and no style when none is given', () => {
    const document = toCytoscapeJson(minimalDataset(), new Map([['russia', { x: 1, y: 2 }]]));
    expect(document.elements.nodes.map((node) => node.position)).toEqual([undefined, { x: 1, y: 2 }, undefined]);
    expect(document).not.toHaveProperty('style');
  });
});
