/**
 * Who sets the view: the graph fits itself (a new layout, a resize) until the user zooms or pans
 * for themselves, after which a resize keeps their view. Viewport changes of the controller's own
 * run through `whileFitting` so they do not count as the user taking over; `fitTo` fits elements
 * with their labels, whose size in graph units follows the zoom a fit picks.
 */
import type { CollectionReturnValue, Core } from 'cytoscape';
import { fitClearOf, type Insets } from './camera';

/** Padding around the graph when it is fitted to the view. */
const fitPadding = 40;

export class ViewFitting {
  /** Re-fit on resize until the user zooms or pans for themselves. */
  autoFit = true;
  private fitting = false;

  constructor(
    /** Sizes the labels for the zoom now (graph-labels.ts). */
    private readonly sizeLabels: (cy: Core) => void,
    /** Level of detail and label collisions, once the view is set. */
    private readonly settled: (cy: Core) => void,
    /** A large graph's labels are small beside it: one fit is close enough, and each round restyles every label. */
    private readonly isLarge: (cy: Core) => boolean,
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

  /** Fits the elements with their labels (into the part `insets` leave clear); a few rounds settle the label size. */
  fitTo(cy: Core, elements: CollectionReturnValue, insets?: Insets): void {
    const rounds = this.isLarge(cy) ? 1 : 4;
    this.whileFitting(() => {
      for (let round = 0; round < rounds; round++) {
        const before = cy.zoom();
        if (insets) fitClearOf(cy, elements, insets);
        else cy.fit(elements, fitPadding);
        this.sizeLabels(cy);
        if (Math.abs(cy.zoom() - before) < before * 0.01) break;
      }
    });
    this.settled(cy);
  }
}
