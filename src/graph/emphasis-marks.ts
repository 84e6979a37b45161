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

/**
 * Marks elements for an emphasis and the merged view. Remembers which marks it has ever given,
 * so that a mark no element can have (no focus, no path, no comparison, no blocs: the usual
 * case) is not checked on each of thousands of elements at every toggle or time step.
 */
export class EmphasisMarks {
  /** Marks given to some element since this graph was made; only this class gives them. */
  private readonly given = new Set<string>();

  /** Marks `elements` for `emphasis` and the merged view; says whether any actor was shown or hidden. */
  apply(cy: Core, elements: CollectionReturnValue, emphasis: GraphEmphasis | undefined, merged: MergedView): boolean {
    const { shown, mergedAway } = merged;
    const changes = new ClassChanges();
    const blocsOn = !!emphasis && emphasis.blocOf.size > 0;
    // A mark is checked while the emphasis gives it, and afterwards until it is taken off again.
    const checked = (name: string, givenNow: boolean) => {
      if (givenNow) this.given.add(name);
      return this.given.has(name);
    };
    const focus = checked('outside-focus', (emphasis?.outsideFocus.size ?? 0) > 0);
    const highlight = checked('outside-highlight', (emphasis?.outsideHighlight.size ?? 0) > 0);
    const path = checked('on-path', (emphasis?.onPath.size ?? 0) > 0);
    const compareNames = compareMarkNames.filter((name) => checked(name, (emphasis?.compareMarks.size ?? 0) > 0));
    const frustrated = checked('frustrated', (emphasis?.frustrated.size ?? 0) > 0);
    const blocs = ['bloc-0', 'bloc-1', 'no-bloc'].map((name) => checked(name, blocsOn)).some(Boolean);
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
        if (focus) changes.set(element, 'outside-focus', standsFor.every((member) => emphasis.outsideFocus.has(member)));
        if (highlight) changes.set(element, 'outside-highlight', standsFor.every((member) => emphasis.outsideHighlight.has(member)));
        if (path) changes.set(element, 'on-path', standsFor.some((member) => emphasis.onPath.has(member)));
        if (compareNames.length > 0) {
          const mark = standsFor.map((member) => emphasis.compareMarks.get(member)).find((found) => found !== undefined);
          for (const name of compareNames) changes.set(element, name, mark === name);
        }
        if (frustrated) changes.set(element, 'frustrated', standsFor.some((member) => emphasis.frustrated.has(member)));
        return;
      }
      changes.set(element, 'hidden', (!!emphasis && !emphasis.visible.has(id)) || mergedAway.has(id));
      if (!emphasis) return;
      if (focus) changes.set(element, 'outside-focus', emphasis.outsideFocus.has(id));
      if (highlight) changes.set(element, 'outside-highlight', emphasis.outsideHighlight.has(id));
      if (path) changes.set(element, 'on-path', emphasis.onPath.has(id));
      if (compareNames.length > 0) {
        const mark = emphasis.compareMarks.get(id);
        for (const name of compareNames) changes.set(element, name, mark === name);
      }
      if (element.isEdge()) {
        if (frustrated) changes.set(element, 'frustrated', emphasis.frustrated.has(id));
        return;
      }
      if (!blocs) return;
      // The blocs view: each actor's bloc, or none.
      const bloc = emphasis.blocOf.get(id);
      changes.set(element, 'bloc-0', bloc === 0);
      changes.set(element, 'bloc-1', bloc === 1);
      changes.set(element, 'no-bloc', blocsOn && bloc === undefined);
    });
    changes.apply(cy);
    return changes.changesNodes('hidden');
  }
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
