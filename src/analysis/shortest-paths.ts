/**
 * Every shortest chain of relations between two actors, ignoring direction, computed with
 * Cytoscape's own Dijkstra on a headless instance (no renderer, no DOM).
 */
import cytoscape from 'cytoscape';
import type { Relation } from '../model/schema';

export interface PathResult {
  /** Number of relations in each shortest chain. */
  readonly length: number;
  /** Relations and actors lying on at least one shortest chain. */
  readonly relationIds: ReadonlySet<string>;
  readonly actorIds: ReadonlySet<string>;
  /** The chains themselves, as relation ids from `from` to `to`, at most `maxChains`. */
  readonly chains: readonly (readonly string[])[];
  readonly moreChains: boolean;
}

export function shortestPaths(
  actorIds: Iterable<string>,
  relations: readonly Relation[],
  from: string,
  to: string,
  maxChains = 12,
): PathResult | undefined {
  const cy = cytoscape({ headless: true, styleEnabled: false });
  cy.add([...actorIds].map((id) => ({ group: 'nodes' as const, data: { id } })));
  const present = (id: string) => cy.getElementById(id).nonempty();
  cy.add(
    relations
      .filter((r) => present(r.source) && present(r.target))
      .map((r) => ({ group: 'edges' as const, data: { id: r.id, source: r.source, target: r.target } })),
  );
  if (!present(from) || !present(to) || from === to) return undefined;
  const fromRoot = cy.elements().dijkstra({ root: cy.getElementById(from), directed: false });
  const toRoot = cy.elements().dijkstra({ root: cy.getElementById(to), directed: false });
  const length = fromRoot.distanceTo(cy.getElementById(to));
  if (!Number.isFinite(length)) return undefined;
  const distanceFrom = (id: string) => fromRoot.distanceTo(cy.getElementById(id));
  const distanceTo = (id: string) => toRoot.distanceTo(cy.getElementById(id));

  // A step u -> v lies on a shortest chain when from..u, the step, and v..to add up to the length.
  const steps = new Map<string, { relationId: string; next: string }[]>();
  const relationIds = new Set<string>();
  const onChain = new Set<string>();
  cy.edges().forEach((edge) => {
    const [a, b] = [edge.source().id(), edge.target().id()];
    for (const [u, v] of [
      [a, b],
      [b, a],
    ] as const) {
      if (distanceFrom(u) + 1 + distanceTo(v) !== length || distanceFrom(v) !== distanceFrom(u) + 1) continue;
      relationIds.add(edge.id());
      onChain.add(u).add(v);
      const list = steps.get(u) ?? [];
      list.push({ relationId: edge.id(), next: v });
      steps.set(u, list);
    }
  });
  const chains: string[][] = [];
  let moreChains = false;
  const walk = (actor: string, chain: string[]) => {
    if (chains.length >= maxChains) {
      moreChains = true;
      return;
    }
    if (actor === to) {
      chains.push(chain);
      return;
    }
    for (const step of steps.get(actor) ?? []) walk(step.next, [...chain, step.relationId]);
  };
  walk(from, []);
  cy.destroy();
  return { length, relationIds, actorIds: onChain, chains, moreChains };
}
