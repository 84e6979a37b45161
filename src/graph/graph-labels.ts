/**
 * The labels of a live graph: sized in graph units so they keep their size on screen at any zoom
 * (label-sizing.ts), the less connected actor's label stepped back where two collide, and in a
 * large graph only the labels on show kept sized (restyling thousands costs seconds). Apart from
 * the controller so that it wires these rules to `cy` rather than holding them.
 */
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { ClassChanges } from './class-changes';
import { labelFontSize, labelMarginInEms, labelsToHide, labelWidthInEms } from './label-sizing';
import { largeGraphActors, type LevelOfDetail } from './level-of-detail';

/** Waits this long after the last zoom step before resizing the labels. */
const zoomSettleDelayMs = 120;

/** The label style of an actor whose label is `fontSize` graph units high. */
const nodeLabelStyle = (fontSize: number) => ({ 'font-size': fontSize, 'text-max-width': `${fontSize * labelWidthInEms}px`, 'text-margin-y': fontSize * labelMarginInEms });

/** The classes under which a stepped-back label shows all the same (stylesheet.ts). */
const labelShowingClasses = ['neighbourhood', 'selected', 'keyboard-focus', 'on-path', 'hovered'] as const;
/** Whether the actor shows its label now. */
export const showsLabel = (node: NodeSingular) => !node.hasClass('label-hidden') || labelShowingClasses.some((name) => node.hasClass(name));

export class GraphLabels {
  /** The label size last set on every element; undefined for elements not sized yet. */
  size: number | undefined;
  /** In a large graph, the label size each node's style has: only labels on show are kept sized. */
  private readonly nodeSizes = new Map<string, number>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame: number | undefined;

  constructor(
    /** The dataset's actors, also while a large one is still going into the graph. */
    private readonly actorCount: (cy: Core) => number,
    private readonly detail: () => LevelOfDetail,
  ) {}

  /** A new dataset: nothing is sized yet. */
  reset(): void {
    this.size = undefined;
    this.nodeSizes.clear();
  }

  /** The elements went out of the graph: those put back have no label size yet. */
  forgetNodeSizes(): void {
    this.nodeSizes.clear();
  }

  /** Drops any resizing still scheduled (the host is going, or the labels are sized now). */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  /** Sets every label's size in graph units so that it has the right size on screen at this zoom. */
  sizeAll(cy: Core, zoom = cy.zoom()): void {
    const fontSize = labelFontSize(zoom);
    // Restyling every element costs over a second at 1,000 actors: skip it when nothing changes.
    if (fontSize === this.size) return;
    this.size = fontSize;
    const large = this.actorCount(cy) >= largeGraphActors;
    cy.batch(() => {
      // sizeShown keeps to the labels on show (Cytoscape's selectors have no :not()).
      if (large) this.sizeShown(cy.nodes(), fontSize);
      else cy.nodes().style(nodeLabelStyle(fontSize));
      // A large graph shows edge labels only on merged edges (and while hovered, at a fixed size).
      (large ? cy.edges('.merged') : cy.edges()).style({ 'font-size': fontSize * 0.92 });
    });
  }

  /**
   * A large graph's labels are sized only where they show: this sizes those among `nodes` that
   * show a label now and have not got the current size. Called wherever a label may come into view.
   */
  sizeRevealed(cy: Core, nodes: NodeCollection): void {
    if (this.actorCount(cy) >= largeGraphActors) this.sizeShown(nodes);
  }

  sizeShown(nodes: NodeCollection, fontSize = this.size): void {
    if (fontSize === undefined) return;
    const stale = nodes.filter((node) => this.nodeSizes.get(node.id()) !== fontSize && showsLabel(node));
    if (stale.empty()) return;
    stale.style(nodeLabelStyle(fontSize));
    stale.forEach((node) => void this.nodeSizes.set(node.id(), fontSize));
  }

  /**
   * Hides the less connected actor's label wherever two labels, or a label and an actor, collide;
   * in a large graph's overview, every label but the most connected actors'. Only labels whose
   * state changes are restyled.
   */
  hideColliding(cy: Core): void {
    const nodes = cy.nodes(':visible');
    // Sorted as plain records: a comparator reading each node's data costs a second at 10,000 actors.
    const byDegree = nodes
      .map((node) => ({ node, id: node.id(), degree: Number(node.data('degree')) }))
      .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const budget = Math.min(this.detail().labelBudget, byDegree.length);
    const labelled = cy.collection();
    for (const { node } of byDegree.slice(0, budget)) labelled.merge(node);
    // Bodies from position and size: measuring each node's box costs far more at thousands of actors.
    const zoom = cy.zoom();
    // A large graph's bodies from their data (size and border): reading each node's style costs.
    const large = this.actorCount(cy) >= largeGraphActors;
    const pan = cy.pan();
    const bodies = nodes.map((node) => {
      const { x: graphX, y: graphY } = node.position();
      const [x, y] = [graphX * zoom + pan.x, graphY * zoom + pan.y];
      const [width, height] = large ? [Number(node.data('size')) + 2, Number(node.data('size')) + 2] : [node.outerWidth(), node.outerHeight()];
      const [halfWidth, halfHeight] = [(width * zoom) / 2, (height * zoom) / 2];
      return { id: node.id(), x1: x - halfWidth, x2: x + halfWidth, y1: y - halfHeight, y2: y + halfHeight };
    });
    // Labels are measured shown, whatever they show now.
    labelled.filter('.label-hidden').removeClass('label-hidden');
    this.sizeRevealed(cy, labelled);
    const candidates = labelled.map((node) => ({
      id: node.id(),
      priority: Number(node.data('degree')),
      label: { id: node.id(), ...node.renderedBoundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false }) },
    }));
    const hidden = labelsToHide(candidates, bodies);
    byDegree.slice(budget).forEach(({ id }) => void hidden.add(id));
    const changes = new ClassChanges();
    for (const node of nodes) changes.set(node, 'label-hidden', hidden.has(node.id()));
    changes.apply(cy);
  }

  /** Labels follow the zoom once it stops: restyling them on every step costs frames. */
  afterZoomStops(update: () => void): void {
    this.stop();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // Wheel steps held up behind a long frame are handled before the next frame's callbacks:
      // waiting for that frame lets them put the update off again instead of stalling the zoom.
      this.frame = requestAnimationFrame(() => {
        this.frame = undefined;
        update();
      });
    }, zoomSettleDelayMs);
  }

  /** Every label at zoom 1's size and none stepped back, while `measure` runs (as the layout measured them). */
  atLayoutSize<T>(cy: Core, measure: () => T): T {
    cy.nodes().removeClass('label-hidden');
    this.sizeAll(cy, 1);
    try {
      return measure();
    } finally {
      this.sizeAll(cy);
      this.hideColliding(cy);
    }
  }

  /**
   * A picture is read on paper, not zoomed: it gets every label at the size the layout kept apart,
   * rather than the screen's zoom-dependent sizes with colliding labels stepped back.
   */
  forPicture<T>(cy: Core, draw: () => T): T {
    cy.nodes().removeClass('label-hidden');
    cy.edges().removeClass('simple');
    this.sizeAll(cy, 1);
    try {
      return draw();
    } finally {
      if (this.detail().simpleEdges) cy.edges().addClass('simple');
      this.sizeAll(cy);
      this.hideColliding(cy);
    }
  }
}
