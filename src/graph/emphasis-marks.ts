/**
 * Marks a live graph's elements for the view: shown or hidden, outside focus or highlight, on a
 * path, compared, frustrated, in a bloc; a merged edge takes the look of the visible relations it
 * stands for. Only marks that change are touched, a class at a time, so a toggle or time step
 * restyles what it changed, not the graph.
 */
import type { CollectionReturnValue, Core, NodeCollection } from 'cytoscape';
import { ClassChanges } from './class-changes';
import { mergedLabel } from './elements';
import type { GraphEmphasis } from './graph-emphasis';
import type { MergedView } from './parallel-relations';

const compareMarkNames = ['appeared', 'disappeared', 'sign-changed'] as const;

const sameIds = (a: readonly string[] | undefined, b: readonly string[]) => a !== undefined && a.length === b.length && a.every((id, i) => id === b[i]);

/** Marks `elements` for `emphasis` and the merged view; says whether any actor was shown or hidden. */
export function markEmphasis(cy: Core, elements: CollectionReturnValue, emphasis: GraphEmphasis | undefined, merged: MergedView): boolean {
  const { shown, mergedAway } = merged;
  const changes = new ClassChanges();
  const blocsOn = !!emphasis && emphasis.blocOf.size > 0;
  elements.forEach((element) => {
    const id = element.id();
    const members = element.isEdge() ? (element.data('relationIds') as readonly string[] | undefined) : undefined;
    if (members) {
      // A merged edge takes the look of the visible relations it stands for.
      const standsFor = shown.get(id);
      changes.set(element, 'hidden', !standsFor);
      if (!standsFor) return;
      // Unchanged data is left alone: setting it restyles the edge.
      if (!sameIds(members, standsFor)) element.data({ relationIds: [...standsFor], count: standsFor.length, label: mergedLabel(standsFor.length) });
      if (!emphasis) return;
      changes.set(element, 'outside-focus', standsFor.every((member) => emphasis.outsideFocus.has(member)));
      changes.set(element, 'outside-highlight', standsFor.every((member) => emphasis.outsideHighlight.has(member)));
      changes.set(element, 'on-path', standsFor.some((member) => emphasis.onPath.has(member)));
      const mark = standsFor.map((member) => emphasis.compareMarks.get(member)).find((found) => found !== undefined);
      for (const name of compareMarkNames) changes.set(element, name, mark === name);
      changes.set(element, 'frustrated', standsFor.some((member) => emphasis.frustrated.has(member)));
      return;
    }
    changes.set(element, 'hidden', (!!emphasis && !emphasis.visible.has(id)) || mergedAway.has(id));
    if (!emphasis) return;
    changes.set(element, 'outside-focus', emphasis.outsideFocus.has(id));
    changes.set(element, 'outside-highlight', emphasis.outsideHighlight.has(id));
    changes.set(element, 'on-path', emphasis.onPath.has(id));
    const mark = emphasis.compareMarks.get(id);
    for (const name of compareMarkNames) changes.set(element, name, mark === name);
    if (element.isEdge()) {
      changes.set(element, 'frustrated', emphasis.frustrated.has(id));
      return;
    }
    // The blocs view: each actor's bloc, or none.
    const bloc = emphasis.blocOf.get(id);
    changes.set(element, 'bloc-0', bloc === 0);
    changes.set(element, 'bloc-1', bloc === 1);
    changes.set(element, 'no-bloc', blocsOn && bloc === undefined);
  });
  changes.apply(cy);
  return changes.changesNodes('hidden');
}

/**
 * Marks the selection (empty: none); everything but it and what it touches steps back, so it can
 * be found at a glance. `revealLabels` sizes the labels that come into view (graph-labels.ts).
 */
export function markSelection(cy: Core, selected: CollectionReturnValue, revealLabels: (nodes: NodeCollection) => void): void {
  cy.batch(() => {
    // Only what was marked: sweeping every element costs tens of milliseconds in a large graph.
    cy.elements('.selected, .outside-selection').removeClass('selected outside-selection');
    if (selected.empty()) return;
    selected.addClass('selected');
    revealLabels(selected.nodes());
    const context = selected.union(selected.nodes().closedNeighborhood()).union(selected.connectedNodes());
    cy.elements().not(context).addClass('outside-selection');
  });
}
