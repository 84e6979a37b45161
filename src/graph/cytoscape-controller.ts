/**
 * Owns the live Cytoscape instance for one host element: creates it (and its container) when the
 * host connects, destroys it when the host disconnects, keeps it sized to its box, and is the
 * only code that mutates it. The host feeds it data and selection; it reports user gestures back.
 */
import type { Core, EventObject, NodeSingular, SingularElementArgument } from 'cytoscape';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SelectionRef } from '../model/selection';
import type { Dataset } from '../model/schema';
import { toElements } from './elements';
import type { GraphEmphasis } from './graph-emphasis';
import { frameElements, type FrameMode, type Insets } from './camera';
import { graphPng, graphSvg, type ImageOptions } from './image-export';
import { viewportLimits, type Viewport } from './viewport';
import { runSeededLayout } from './layout';
import { registerCytoscapeExtensions } from './register-extensions';
import { graphStylesheet } from './stylesheet';
import type { ColorScheme } from '../../styles/palette';

export interface CytoscapeCallbacks {
  readonly onSelect: (selection: SelectionRef | null) => void;
  readonly onKeyboardFocus: (description: string) => void;
}

function refOf(element: SingularElementArgument): SelectionRef {
  return element.isNode() ? { kind: 'actor', id: element.id() } : { kind: 'relation', id: element.id() };
}

export class CytoscapeController implements ReactiveController {
  /** The element Cytoscape draws into; the host renders it in its template. */
  readonly container: HTMLDivElement;
  private instance: Core | undefined;
  private dataset: Dataset | undefined;
  private selection: SelectionRef | null = null;
  private emphasis: GraphEmphasis | undefined;
  private colorScheme: ColorScheme = 'light';
  private layoutPending = false;
  /** Re-fit on resize until the user zooms or pans for themselves. */
  private autoFit = true;
  private fitting = false;
  private keyboardFocusId: string | undefined;
  private keyboardAnchorId: string | undefined;
  private readonly resizeObserver: ResizeObserver;

  constructor(
    host: ReactiveControllerHost,
    private readonly callbacks: CytoscapeCallbacks,
  ) {
    this.container = document.createElement('div');
    this.container.className = 'cy';
    this.resizeObserver = new ResizeObserver(() => this.handleResize());
    host.addController(this);
  }

  get cy(): Core | undefined {
    return this.instance;
  }

  hostConnected(): void {
    const cytoscape = registerCytoscapeExtensions();
    this.instance = cytoscape({
      container: this.container,
      style: graphStylesheet(this.colorScheme),
      // No layout on creation: the container may not be in the page yet; relayout() runs once it has a size.
      layout: { name: 'preset' },
      // Selection is app state: the graph shows it (class .selected) but never owns it.
      autounselectify: true,
      boxSelectionEnabled: false,
      // The same range a snapshot's zoom is checked against.
      minZoom: viewportLimits.minZoom,
      maxZoom: viewportLimits.maxZoom,
    });
    this.bindGestures(this.instance);
    this.resizeObserver.observe(this.container);
    if (this.dataset) this.setDataset(this.dataset);
  }

  hostDisconnected(): void {
    this.resizeObserver.disconnect();
    this.instance?.destroy();
    this.instance = undefined;
  }

  setDataset(dataset: Dataset): void {
    this.dataset = dataset;
    const cy = this.instance;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(toElements(dataset));
    });
    this.keyboardFocusId = undefined;
    this.keyboardAnchorId = undefined;
    this.applyEmphasis();
    this.applySelection();
    this.layoutPending = true;
    this.handleResize();
  }

  /** Shows and hides, steps back and marks elements; positions never change. */
  setEmphasis(emphasis: GraphEmphasis): void {
    this.emphasis = emphasis;
    this.applyEmphasis();
  }

  /** Every node's position and the zoom and pan, for a snapshot. */
  captureViewport(): Viewport | undefined {
    const cy = this.instance;
    if (!cy) return undefined;
    return {
      positions: Object.fromEntries(cy.nodes().map((node) => [node.id(), { ...node.position() }])),
      zoom: cy.zoom(),
      pan: { ...cy.pan() },
    };
  }

  /** Puts every node where a snapshot had it and restores its zoom and pan; no layout runs. */
  restoreViewport(viewport: Viewport): void {
    const cy = this.instance;
    if (!cy) return;
    this.layoutPending = false;
    this.autoFit = false;
    // Zoom and pan are relative to the box as it is now, with any panel the restored view opens.
    cy.resize();
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        // Own keys only: an actor called "constructor" must not find Object.prototype's.
        if (!Object.hasOwn(viewport.positions, node.id())) return;
        const position = viewport.positions[node.id()];
        if (position) node.position({ x: position.x, y: position.y });
      });
    });
    this.whileFitting(() => cy.viewport({ zoom: viewport.zoom, pan: { ...viewport.pan } }));
  }

  png(options: ImageOptions): Promise<Blob> {
    if (!this.instance) return Promise.reject(new Error('the graph is not on the page'));
    return graphPng(this.instance, options);
  }

  svg(options: Omit<ImageOptions, 'scale'>): string {
    if (!this.instance) throw new Error('the graph is not on the page');
    return graphSvg(this.instance, options);
  }

  /** Brings an element to the middle of the view, zooming in if the graph is small on screen. */
  centerOn(id: string): void {
    const cy = this.instance;
    const element = cy?.getElementById(id);
    // A hidden element has no place on screen to go to.
    if (!cy || !element || element.empty() || !element.visible()) return;
    cy.animate({ center: { eles: element }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
  }

  /** Moves the camera to the visible ones among `ids` (a relation brings its two actors). */
  frame(ids: readonly string[], mode: FrameMode, insets: Insets, animate: boolean): void {
    const cy = this.instance;
    if (!cy) return;
    let elements = cy.collection();
    for (const id of ids) elements = elements.union(cy.getElementById(id));
    elements = elements.filter((element) => element.visible());
    if (elements.empty()) return;
    // The user asked for this view: a later resize keeps it instead of fitting everything.
    this.autoFit = false;
    this.whileFitting(() => frameElements(cy, elements.union(elements.connectedNodes()), mode, insets, animate));
  }

  /** Light or dark canvas ink; the page's theme decides. */
  setColorScheme(scheme: ColorScheme): void {
    if (scheme === this.colorScheme) return;
    this.colorScheme = scheme;
    this.instance?.style(graphStylesheet(scheme));
  }

  setSelection(selection: SelectionRef | null): void {
    this.selection = selection;
    this.applySelection();
  }

  /**
   * Lays the graph out: all of it (a new dataset: the same picture whatever the filters, so a
   * shared address shows what its sender saw), or only what is visible (the Layout button).
   */
  relayout(scope: 'all' | 'visible' = 'all'): void {
    const cy = this.instance;
    if (!cy || cy.nodes().empty()) return;
    if (this.container.clientWidth === 0 || this.container.clientHeight === 0) {
      this.layoutPending = true;
      return;
    }
    this.layoutPending = false;
    this.autoFit = true;
    this.whileFitting(() => runSeededLayout(cy, scope === 'all' ? cy.elements() : cy.elements().not('.hidden')));
    if (scope === 'all') this.whileFitting(() => cy.fit(cy.elements().not('.hidden'), 40));
  }

  fit(): void {
    this.whileFitting(() => this.instance?.fit(undefined, 40));
  }

  zoomBy(factor: number): void {
    const cy = this.instance;
    if (!cy) return;
    this.autoFit = false;
    const center = { x: cy.width() / 2, y: cy.height() / 2 };
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: center });
  }

  /** Keyboard walk: right/left step through actors, down/up through the current actor's relations. */
  moveKeyboardFocus(step: 'next-actor' | 'previous-actor' | 'next-relation' | 'previous-relation'): void {
    const cy = this.instance;
    if (!cy || cy.nodes().empty()) return;
    const byLabel = (a: SingularElementArgument, b: SingularElementArgument) =>
      String(a.data('label')).localeCompare(String(b.data('label')));
    const actors = cy.nodes().not('.hidden').toArray().sort(byLabel);
    const anchor = this.keyboardAnchorId ? cy.getElementById(this.keyboardAnchorId) : undefined;
    const forward = step === 'next-actor' || step === 'next-relation';
    const cycle = <T>(list: readonly T[], current: T | undefined): T | undefined => {
      const index = current === undefined ? -1 : list.indexOf(current);
      const next = index === -1 && !forward ? list.length - 1 : index + (forward ? 1 : -1);
      return list[(next + list.length) % list.length];
    };
    if (step === 'next-actor' || step === 'previous-actor' || !anchor?.nonempty()) {
      const actor = cycle(actors, actors.find((node) => node.id() === this.keyboardAnchorId));
      if (!actor) return;
      this.keyboardAnchorId = actor.id();
      this.showKeyboardFocus(cy, actor);
      return;
    }
    const relations = anchor.connectedEdges().not('.hidden').toArray().sort((a, b) => a.id().localeCompare(b.id()));
    const relation = cycle(relations, relations.find((edge) => edge.id() === this.keyboardFocusId));
    if (relation) this.showKeyboardFocus(cy, relation);
  }

  /** Enter: selects what the keyboard walk is on. */
  selectKeyboardFocus(): void {
    const element = this.keyboardFocusId ? this.instance?.getElementById(this.keyboardFocusId) : undefined;
    if (element?.nonempty()) this.callbacks.onSelect(refOf(element));
  }

  private showKeyboardFocus(cy: Core, element: SingularElementArgument): void {
    cy.batch(() => {
      cy.elements('.keyboard-focus').removeClass('keyboard-focus');
      element.addClass('keyboard-focus');
    });
    this.keyboardFocusId = element.id();
    const box = element.renderedBoundingBox({});
    if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()) cy.center(element);
    this.callbacks.onKeyboardFocus(this.describe(element));
  }

  private describe(element: SingularElementArgument): string {
    if (element.isNode()) {
      return `Actor ${String(element.data('label'))}, ${String(element.data('kind'))}, ${element.connectedEdges().not('.hidden').length} relations shown. Down arrow for its relations, Enter to open.`;
    }
    const edge = element;
    return `Relation: ${String(edge.source().data('label'))} to ${String(edge.target().data('label'))}, ${String(edge.data('label'))}. Enter to open its evidence.`;
  }

  private applyEmphasis(): void {
    const cy = this.instance;
    const emphasis = this.emphasis;
    if (!cy || !emphasis) return;
    cy.batch(() => {
      cy.elements().forEach((element) => {
        const id = element.id();
        element.toggleClass('hidden', !emphasis.visible.has(id));
        element.toggleClass('outside-focus', emphasis.outsideFocus.has(id));
        element.toggleClass('on-path', emphasis.onPath.has(id));
        const mark = emphasis.compareMarks.get(id);
        for (const name of ['appeared', 'disappeared', 'sign-changed'] as const) element.toggleClass(name, mark === name);
      });
    });
  }

  private applySelection(): void {
    const cy = this.instance;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('selected outside-selection');
      const selected = this.selection ? cy.getElementById(this.selection.id) : cy.collection();
      if (selected.empty()) return;
      selected.addClass('selected');
      // Everything but the selection and what it touches steps back, so it can be found at a glance.
      const context = selected.union(selected.nodes().closedNeighborhood()).union(selected.connectedNodes());
      cy.elements().not(context).addClass('outside-selection');
    });
  }

  /** Runs viewport changes of our own, which must not count as the user taking over the view. */
  private whileFitting(change: () => void): void {
    this.fitting = true;
    try {
      change();
    } finally {
      this.fitting = false;
    }
  }

  private handleResize(): void {
    const cy = this.instance;
    if (!cy) return;
    const before = { width: cy.width(), height: cy.height() };
    cy.resize();
    if (this.layoutPending) this.relayout();
    else if (this.autoFit) this.fit();
    // The user has set the view: keep what was at the centre at the centre (e.g. a panel opening).
    else this.whileFitting(() => cy.panBy({ x: (cy.width() - before.width) / 2, y: (cy.height() - before.height) / 2 }));
  }

  private bindGestures(cy: Core): void {
    cy.on('viewport', () => {
      if (!this.fitting) this.autoFit = false;
    });
    cy.on('tap', (event: EventObject) => {
      const target = event.target as Core | SingularElementArgument;
      this.callbacks.onSelect(target === cy ? null : refOf(target as SingularElementArgument));
    });
    cy.on('mouseover', 'node', (event: EventObject) => {
      const node = event.target as NodeSingular;
      const neighbourhood = node.closedNeighborhood();
      cy.batch(() => {
        cy.elements().not(neighbourhood).addClass('faded');
        neighbourhood.nodes().addClass('neighbourhood');
      });
    });
    cy.on('mouseout', 'node', () => {
      cy.batch(() => cy.elements().removeClass('faded neighbourhood'));
    });
    cy.on('mouseover', 'edge', (event: EventObject) => (event.target as SingularElementArgument).addClass('hovered'));
    cy.on('mouseout', 'edge', (event: EventObject) => (event.target as SingularElementArgument).removeClass('hovered'));
  }
}
