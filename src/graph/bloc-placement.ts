/**
 * The blocs view's placement on the live graph: while it is on, bloc A stands on the left, bloc B
 * on the right and the actors in neither between them (bloc-separation.ts computes where, from the
 * normal layout, so it is as reproducible as the layout); turned off, every actor goes back where
 * the normal layout had it. Moves are animated unless the user prefers reduced motion.
 */
import type { BoundingBox12, Core, NodeSingular, Position } from 'cytoscape';
import { separateBlocs, type ActorShape } from './bloc-separation';

/** What `follow` did: nothing new to show, moved the actors, or found no normal layout to return to. */
export type PlacementOutcome = 'unchanged' | 'moved' | 'needs-layout';

const moveDuration = 450;

function prefersReducedMotion(): boolean {
  return globalThis.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export interface FollowOptions {
  /** Whether the view asks for blocs (their analysis may still be loading). */
  readonly blocsView: boolean;
  readonly animate: boolean;
  /** Runs once the actors are where they go. */
  readonly settled: () => void;
  /**
   * Runs the measuring of actors' boxes with labels sized as the layout sizes them (for zoom 1),
   * so the placement does not depend on the zoom at the time.
   */
  readonly measure: <T>(boxes: () => T) => T;
  /** The part of the canvas no panel covers, in CSS px: the picture is shaped for it. */
  readonly area: { readonly width: number; readonly height: number };
}

/** The blocs and the actors on show, as one comparable value; '' while there are no blocs. */
function placementKey(cy: Core, blocOf: ReadonlyMap<string, 0 | 1>): string {
  if (blocOf.size === 0) return '';
  const blocs = [...blocOf].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([blocs, cy.nodes().not('.hidden').map((node) => node.id())]);
}

export class BlocPlacement {
  /** Where the normal layout put each actor, kept while the blocs are placed apart. */
  private normal: Map<string, Position> | undefined;
  private appliedKey = '';
  /** A snapshot restored in the blocs view is already placed: its blocs, once known, are not placed again. */
  private restoredPlaced = false;
  /** Counts moves, so a move overtaken by a newer one does not report that it settled. */
  private generation = 0;

  /** A new layout is the normal one now; nothing is placed. */
  reset(): void {
    this.normal = undefined;
    this.appliedKey = '';
    this.restoredPlaced = false;
  }

  /**
   * Takes the positions on show (a restored snapshot) as they are: placed already if the view is
   * the blocs view (whose analysis may still be loading), else the normal layout.
   */
  adopt(cy: Core, blocOf: ReadonlyMap<string, 0 | 1>, blocsView: boolean): void {
    this.normal = undefined;
    this.appliedKey = placementKey(cy, blocOf);
    this.restoredPlaced = blocsView;
  }

  /**
   * Places the blocs apart for `blocOf` (empty: the blocs view is off), when that or the actors on
   * show changed since the last call.
   */
  follow(cy: Core, blocOf: ReadonlyMap<string, 0 | 1>, { blocsView, animate, settled, measure, area }: FollowOptions): PlacementOutcome {
    const key = placementKey(cy, blocOf);
    if (this.restoredPlaced) {
      // A snapshot's positions are its placement; once the view leaves the blocs, the normal layout returns.
      if (blocsView && blocOf.size === 0) return 'unchanged';
      this.restoredPlaced = false;
      this.appliedKey = key;
      return blocsView ? 'unchanged' : 'needs-layout';
    }
    if (key === this.appliedKey) return 'unchanged';
    this.appliedKey = key;
    if (key === '') {
      const normal = this.normal;
      this.normal = undefined;
      if (normal === undefined) return 'needs-layout';
      this.move(cy, normal, animate, settled);
      return 'moved';
    }
    const normal = this.normal ?? new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }]));
    this.normal = normal;
    const shown = cy.nodes().filter((node) => !node.hasClass('hidden')).nodes();
    // Each actor's body and label as they would be at its normal position.
    const actors = measure(() =>
      shown.map((node): ActorShape => {
        const at = normal.get(node.id()) ?? node.position();
        const dx = at.x - node.position('x');
        const dy = at.y - node.position('y');
        const moved = (box: BoundingBox12) => ({ x1: box.x1 + dx, x2: box.x2 + dx, y1: box.y1 + dy, y2: box.y2 + dy });
        const label = node.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false });
        const hasLabel = Number.isFinite(label.w) && label.w > 0 && label.h > 0;
        return { id: node.id(), body: moved(node.boundingBox({ includeLabels: false, includeOverlays: false })), ...(hasLabel ? { label: moved(label) } : {}) };
      }),
    );
    const shifts = separateBlocs(actors, blocOf, { area });
    const targets = new Map<string, Position>();
    for (const [id, at] of normal) {
      const shift = shifts.get(id) ?? { dx: 0, dy: 0 };
      targets.set(id, { x: at.x + shift.dx, y: at.y + shift.dy });
    }
    this.move(cy, targets, animate, settled);
    return 'moved';
  }

  private move(cy: Core, targets: ReadonlyMap<string, Position>, animate: boolean, settled: () => void): void {
    const generation = ++this.generation;
    const nodes = cy.nodes().filter((node) => targets.has(node.id()));
    const target = (node: NodeSingular): Position => targets.get(node.id()) ?? node.position();
    nodes.stop(true, false);
    // Hidden actors are not seen moving: they jump.
    const moving = animate && !prefersReducedMotion() ? nodes.filter((node) => !node.hasClass('hidden')) : cy.collection();
    cy.batch(() => nodes.difference(moving).forEach((node) => void node.position(target(node))));
    if (moving.empty()) {
      settled();
      return;
    }
    let running = moving.length;
    moving.forEach((node) => {
      node.animate({ position: target(node), duration: moveDuration, easing: 'ease-in-out-cubic', queue: false, complete: () => {
        running -= 1;
        if (running === 0 && generation === this.generation) settled();
      } });
    });
  }
}
