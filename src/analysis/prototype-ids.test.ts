/**
 * Every id the schema accepts must work, including those that name Object.prototype's properties
 * (`constructor`, `tostring`...): a plain-object lookup would find the inherited property.
 */
import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { indexDataset } from '../model/dataset-index';
import { actorDegrees } from '../model/degree';
import { prototypeActorDataset, prototypeRelationDataset, prototypeSlugs } from '../model/testing/prototype-ids';
import { validateDataset } from '../model/validate';
import { actorsToCsv, relationsToCsv } from '../export/csv';
import { datasetFromCsv } from '../export/testing/csv-reader';
import { toCytoscapeJson } from '../export/cytoscape-json';
import { datasetToGexf } from '../export/gexf';
import { datasetToGraphml } from '../export/graphml';
import { toElements } from '../graph/elements';
import { compareDates } from './compare-dates';
import { actorsWithin } from './neighbourhood';
import { searchActors } from './search-actors';
import { shortestPaths } from './shortest-paths';
import { subsetDataset } from './subset-dataset';
import { defaultViewState } from './view-state';
import { computeVisibility } from './visibility';

const actorsSet = prototypeActorDataset();
const relationsSet = prototypeRelationDataset();

describe('ids named after Object.prototype properties', () => {
  it('covers constructor and the rest of the prototype names', () => {
    expect(prototypeSlugs).toEqual(expect.arrayContaining(['constructor', 'tostring', 'hasownproperty', 'valueof', 'proto', 'isprototypeof']));
  });

  it.each([
    ['as actor ids', actorsSet],
    ['as relation ids', relationsSet],
  ])('validate %s', (_, dataset) => {
    expect(validateDataset(dataset)).toEqual({ ok: true, dataset });
  });

  it('are reported as unknown when referenced but not defined, not taken for the inherited property', () => {
    const result = validateDataset({ ...relationsSet, relations: [{ ...relationsSet.relations[0], target: 'constructor' }] });
    expect(result.ok ? [] : result.problems.map((problem) => `${problem.path}: ${problem.message}`)).toEqual([
      'relations[0].target: "constructor" is not an actor id',
    ]);
  });

  it('index, count degrees and become graph elements under their own ids', () => {
    const index = indexDataset(actorsSet);
    expect(index.actors.get('constructor')?.name).toBe('The constructor');
    expect(index.relationsByActor.get('constructor')?.length).toBe(actorDegrees(actorsSet).get('constructor'));
    expect(indexDataset(relationsSet).relations.get('tostring')?.id).toBe('tostring');
    const elements = toElements(actorsSet);
    expect(elements.filter((element) => element.group === 'nodes').map((element) => element.data.id)).toEqual([...prototypeSlugs, 'loner']);
    expect(toElements(relationsSet).filter((element) => element.group === 'edges').map((element) => element.data.id)).toEqual(prototypeSlugs);
  });

  it('filter, focus, compare and search like any other id', () => {
    const index = indexDataset(actorsSet);
    const all = computeVisibility(index, defaultViewState);
    expect([...all.visibleActors].sort()).toEqual([...prototypeSlugs, 'loner'].sort());
    const focused = computeVisibility(index, { ...defaultViewState, focus: { actorId: 'constructor', depth: 1, outside: 'hide' } });
    const neighbours = actorsSet.relations.flatMap((r) => (r.source === 'constructor' ? [r.target] : r.target === 'constructor' ? [r.source] : []));
    expect([...focused.visibleActors].sort()).toEqual([...new Set(['constructor', ...neighbours])].sort());
    expect(actorsWithin('tostring', 1, actorsSet.relations).has('valueof')).toBe(actorsSet.relations.some((r) => [r.source, r.target].sort().join() === 'tostring,valueof'));
    const noSupport = computeVisibility(indexDataset(relationsSet), { ...defaultViewState, hiddenTypes: ['support'] });
    expect([...noSupport.visibleRelations].sort()).toEqual(relationsSet.relations.filter((r) => r.type !== 'support').map((r) => r.id).sort());
    expect(compareDates(relationsSet.relations, '2000', '2003').appeared.map((r) => r.id)).toEqual(prototypeSlugs.slice(1, 4));
    expect(searchActors(actorsSet.actors, 'constructor').map((match) => match.actor.id)).toEqual(['constructor']);
  });

  it('find shortest paths between them', () => {
    const result = shortestPaths(prototypeSlugs, actorsSet.relations, 'constructor', 'tostring');
    expect(result?.actorIds.has('constructor')).toBe(true);
    expect(result?.actorIds.has('tostring')).toBe(true);
    for (const chain of result?.chains ?? []) expect(chain.every((id) => actorsSet.relations.some((r) => r.id === id))).toBe(true);
    const viaRelations = shortestPaths(['amber', 'birch', 'cedar', 'dune', 'elm'], relationsSet.relations, 'amber', 'elm');
    expect([...(viaRelations?.relationIds ?? [])].every((id) => prototypeSlugs.includes(id))).toBe(true);
    expect(viaRelations?.length).toBeGreaterThan(0);
  });

  it('survive a subset and every export', () => {
    const visibility = computeVisibility(indexDataset(actorsSet), { ...defaultViewState, hiddenTypes: ['opposition'] });
    const subset = subsetDataset(actorsSet, visibility);
    expect(subset.relations.every((r) => r.type !== 'opposition')).toBe(true);
    expect(subset.actors.map((a) => a.id)).toEqual(actorsSet.actors.map((a) => a.id));

    const json = toCytoscapeJson(actorsSet, new Map([['constructor', { x: 12, y: 34 }]]));
    expect(json.elements.nodes.find((node) => node.data.id === 'constructor')?.position).toEqual({ x: 12, y: 34 });
    expect(json.elements.nodes.find((node) => node.data.id === 'tostring')?.position).toBeUndefined();

    const graphml = new DOMParser().parseFromString(datasetToGraphml(relationsSet), 'text/xml');
    const edgeIds = Array.from(graphml.getElementsByTagName('edge'), (edge) => edge.getAttribute('id'));
    expect(edgeIds).toEqual(prototypeSlugs);
    const gexf = new DOMParser().parseFromString(datasetToGexf(actorsSet), 'text/xml');
    expect(Array.from(gexf.getElementsByTagName('node'), (node) => node.getAttribute('id'))).toEqual([...prototypeSlugs, 'loner']);

    const { relations: _r, actors: _a, ...meta } = relationsSet;
    expect(datasetFromCsv(actorsToCsv(relationsSet), relationsToCsv(relationsSet), meta)).toEqual({ ok: true, dataset: relationsSet });
    const { relations: _r2, actors: _a2, ...meta2 } = actorsSet;
    expect(datasetFromCsv(actorsToCsv(actorsSet), relationsToCsv(actorsSet), meta2)).toEqual({ ok: true, dataset: actorsSet });
  });
});
