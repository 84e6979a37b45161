/**
 * The merged-edge view of a live graph: relations of one type between the same two actors drawn
 * as one edge with a count (parallel-relations.ts), split into their own curves when zoomed in,
 * on the user's "show each relation", or while a comparison marks them one by one.
 */
import type { CollectionReturnValue, Core } from 'cytoscape';
import type { Relation } from '../model/schema';
import type { GraphEmphasis } from './graph-emphasis';
import { groupParallelRelations, mergedView, type MergedView, type RelationGroup } from './parallel-relations';

/** Zoomed in this far (graph units to CSS px), merged edges split into their relations' curves. */
export const splitZoom = 1;

export class MergedEdges {
  private relations: readonly Relation[] = [];
  private grouped: readonly RelationGroup[] | undefined;
  /** The user's "show each relation" choice. */
  showEach = false;
  view: MergedView = { shown: new Map(), mergedAway: new Set() };
  /** Whether parallel relations were last drawn split, to notice a zoom that crosses `splitZoom`. */
  private splitApplied = false;

  /** Grouped when first needed: a large dataset's staged load needs them only after its layout. */
  setRelations(relations: readonly Relation[]): void {
    this.relations = relations;
    this.grouped = undefined;
  }

  get groups(): readonly RelationGroup[] {
    this.grouped ??= groupParallelRelations(this.relations);
    return this.grouped;
  }

  /** A comparison marks relations one by one, so it shows each of them. */
  isSplit(cy: Core, emphasis: GraphEmphasis | undefined): boolean {
    return this.showEach || cy.zoom() >= splitZoom || (emphasis?.compareMarks.size ?? 0) > 0;
  }

  /** Whether the zoom has crossed `splitZoom` since the view was last worked out. */
  zoomCrossed(cy: Core, emphasis: GraphEmphasis | undefined): boolean {
    return this.groups.length > 0 && this.isSplit(cy, emphasis) !== this.splitApplied;
  }

  /** Which merged edges show, and which relations they draw, for the emphasis and zoom now. */
  refresh(cy: Core, emphasis: GraphEmphasis | undefined): void {
    this.splitApplied = this.isSplit(cy, emphasis);
    this.view = mergedView(this.groups, (id) => !emphasis || emphasis.visible.has(id), this.splitApplied);
  }

  /** The element that shows an id now: a relation drawn through a merged edge shows as that edge. */
  shownElement(cy: Core, id: string): CollectionReturnValue {
    if (this.view.mergedAway.has(id)) {
      for (const [mergedId, members] of this.view.shown) if (members.includes(id)) return cy.getElementById(mergedId);
    }
    return cy.getElementById(id);
  }
}
