/**
 * Who sets the view: the graph fits itself (a new layout, a resize) until the user zooms or pans
 * for themselves, after which a resize keeps their view. Viewport changes of the controller's own
 * run through `whileFitting` so they do not count as the user taking over; `fitTo` fits elements
 * with their labels, whose size in graph units follows the zoom a fit picks.
 */
import type { CollectionReturnValue, Core } from 'cytoscape';
import { clearArea, fitClearOf, type Insets } from './camera';
import type { predictNodesFitZoom } from './fit-prediction';
import { showsLabel } from './graph-labels';

/** Padding around the graph when it is fitted to the view. */
const fitPadding = 40;

export class ViewFitting {
  /** Re-fit on resize until the user zooms or pans for themselves. */
  autoFit = true;
  private fitting = false;

  constructor(
    /** Sizes the labels for a zoom (graph-labels.ts). */
    private readonly sizeLabels: (cy: Core, zoom: number) => void,
    /** Level of detail and label collisions, once the view is set. */
    private readonly settled: (cy: Core) => void,
    /** A large graph's labels are small beside it: one fit is close enough, and each round restyles every label. */
    private readonly isLarge: (cy: Core) => boolean,
    /** The fit's zoom predicted from the label texts, once the layout code that does it has loaded. */
    private readonly predictor: () => typeof predictNodesFitZoom | undefined,
  ) {}

  /** Whether a viewport change now is the controller's own. */
  get isFitting(): boolean {
    return this.fitting;
  }

  /** Called on every viewport change: one not of our own means the user has taken over. */
  noteViewportChange(): void {
    if (!this.fitting) this.autoFit = false;
  }

  /** Runs viewport changes of our own, which must not count as the user taking over the view. */
  whileFitting(change: () => void): void {
    this.fitting = true;
    try {
      change();
    } finally {
      this.fitting = false;
    }
  }

  /**
   * Fits the elements with their labels (into the part `insets` leave clear). The labels are
   * sized first for the zoom the fit is predicted to pick (fit-prediction.ts, once loaded), so that one fit
   * mostly lands within 1% of it; they are then sized for the zoom exactly (no label under its
   * smallest size on screen, and a hair's difference can rewrap a label). A few more rounds
   * settle the label size where the prediction missed (edges, a label on hover).
   */
  fitTo(cy: Core, elements: CollectionReturnValue, insets?: Insets): void {
    const large = this.isLarge(cy);
    const rounds = large ? 1 : 4;
    this.whileFitting(() => {
      // A large graph's labels are small beside it: its one fit needs no prediction.
      let sizedFor = large ? undefined : this.predictZoom(cy, elements, insets);
      if (sizedFor !== undefined) this.sizeLabels(cy, sizedFor);
      for (let round = 0; round < rounds; round++) {
        const before = sizedFor ?? cy.zoom();
        if (insets) fitClearOf(cy, elements, insets);
        else cy.fit(elements, fitPadding);
        const zoom = cy.zoom();
        this.sizeLabels(cy, zoom);
        sizedFor = zoom;
        // Fitted with labels sized within 1% of this zoom: another round would hardly move it.
        if (Math.abs(zoom - before) < before * 0.01) break;
      }
    });
    this.settled(cy);
  }

  /** The zoom a fit of `elements` will pick, from their actors' label texts. */
  private predictZoom(cy: Core, elements: CollectionReturnValue, insets?: Insets): number | undefined {
    const predict = this.predictor();
    if (!predict) return undefined;
    const area = insets ? clearArea(cy, insets) : { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
    const limits = { minZoom: cy.minZoom(), maxZoom: cy.maxZoom(), padding: fitPadding };
    return predict(elements.nodes(), { width: area.x2 - area.x1, height: area.y2 - area.y1, ...limits }, showsLabel, cy.zoom());
  }
}
