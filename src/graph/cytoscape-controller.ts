/**
 * Owns the live Cytoscape instance for one host element: creates it (and its container) when the
 * host connects, destroys it when the host disconnects, keeps it sized to its box, and is the
 * only code that mutates it. The host feeds it data and selection; it reports user gestures back.
 * Each concern has its own helper (labels, level of detail, merged edges, marks, fitting, keyboard
 * walk, hover) and the rarely needed ones load on demand (the layout, the staged load of large
 * datasets, the blocs view's placement): this class holds the state that ties them to `cy`.
 */
import type { CollectionReturnValue, Core, EventObject, NodeCollection, SingularElementArgument } from 'cytoscape';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SelectionRef } from '../model/selection';
import type { Dataset } from '../model/schema';
import type { BlocPlacement } from './bloc-placement';
import { blocPlacementCode, loadBlocPlacementCode } from './bloc-placement-code';
import { toElements } from './elements';
import { MergedEdges } from './merged-edges';
import { EmphasisMarks, markSelection } from './emphasis-marks';
import type { GraphEmphasis } from './graph-emphasis';
import { ViewFitting } from './view-fitting';
import { clearArea, frameElements, type FrameMode, type Insets } from './camera';
import type { ImageOptions } from './image-export';
import { viewportLimits, type Viewport } from './viewport';
import type { KeyboardStep, KeyboardWalk } from './keyboard-walk';
import { refOf } from './element-ref';
import { codeOnDemand } from './code-on-demand';
import { placeAsInViewport, takeViewport } from './viewport-snapshot';
import { layoutCode, loadLayoutCode } from './layout-code';
import { maxActorsForProof } from './layout-thresholds';
import type { RunningLayout } from './layout-worker-client';
import type { WorkerRelayoutHost } from './worker-relayout';
import { loadStagedLoadCode, stagedLoadCode } from './staged-load-code';
import type { StagedLoadHost } from './staged-load';
import { presetPositions } from './preset-positions';
import { cytoscapeCore, registerSvg } from './register-extensions';
import { graphStylesheet } from './stylesheet';
import { labelFontSize } from './label-sizing';
import { largeGraphActors } from './level-of-detail';
import { DetailSwitch } from './detail-switch';
import { GraphLabels } from './graph-labels';
import type { ColorScheme } from '../../styles/palette';

export interface CytoscapeCallbacks {
  readonly onSelect: (selection: SelectionRef | null) => void;
  readonly onKeyboardFocus: (description: string) => void;
  /** A layout off the page's thread started (with how many actors) or ended (null). */
  readonly onLayoutRunning: (actors: number | null) => void;
  /** How far panels over the canvas (side panel, table, Filters drawer) reach in from its edges now. */
  readonly coveredInsets: () => Insets;
}

const pointerRestGateCode = codeOnDemand(() => import('./pointer-rest-gate'));
/** Fetched as each graph is made, beside the first picture rather than before it. */
const hoverHighlightCode = codeOnDemand(() => import('./hover-highlight'));
/** Loaded when the graph first takes keyboard focus (prepareKeyboardWalk), before its first arrow key. */
const keyboardWalkCode = codeOnDemand(() => import('./keyboard-walk'));

export class CytoscapeController implements ReactiveController {
  /** The element Cytoscape draws into; the host renders it in its template. */
  readonly container: HTMLDivElement;
  private instance: Core | undefined;
  private dataset: Dataset | undefined;
  private selection: SelectionRef | null = null;
  private emphasis: GraphEmphasis | undefined;
  private colorScheme: ColorScheme = 'light';
  private layoutPending = false;
  private readonly view = new ViewFitting(
    (cy, zoom) => this.labels.sizeAll(cy, zoom),
    (cy) => {
      this.applyDetail(cy);
      this.labels.hideColliding(cy);
    },
    (cy) => this.actorCount(cy) >= largeGraphActors,
    () => layoutCode()?.predictNodesFitZoom,
  );
  private keyboardWalk: KeyboardWalk | undefined;
  private readonly resizeObserver: ResizeObserver;
  private readonly detailSwitch = new DetailSwitch();
  private readonly labels = new GraphLabels((cy) => this.actorCount(cy), () => this.detailSwitch.current);
  private runningLayout: RunningLayout | undefined;
  /** A new large dataset's elements, kept out of the graph while the worker lays them out. */
  private parked: CollectionReturnValue | undefined;
  private readonly merged = new MergedEdges();
  private readonly marks = new EmphasisMarks();
  /** The blocs view's placement, once its code has loaded (the blocs view was turned on). */
  private blocPlacement: BlocPlacement | undefined;
  /** A snapshot restored in the blocs view before that code came: its positions are the placement. */
  private adoptWhenLoaded = false;
  /** A large dataset waiting for the container to get a size before its staged load starts. */
  private pendingLoad: Dataset | undefined;
  /** A large dataset from the start of its staged load until its last element is in the graph. */
  private loading: Dataset | undefined;
  /** Whether a staged load, or a layout of a hidden graph, holds Cytoscape's drawing back (holdDrawing). */
  private drawingHeld = false;
  /** The new picture whose first frame is being prepared while drawing is held (holdForPreparedFrame). */
  private preparedFrame: object | undefined;
  /** Bumped by every new dataset (and disconnect): a staged load of an older one stops. */
  private loadGeneration = 0;
  /** A snapshot's view asked for while a large dataset was still loading: applied once it is in. */
  private viewportAfterLoad: Viewport | undefined;
  /** The graph whose pointer moves are held back while it is large (holdPointerMovesWhenLarge). */
  private gatedGraph: Core | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly callbacks: CytoscapeCallbacks,
  ) {
    this.container = document.createElement('div');
    this.container.className = 'cy';
    // Its canvases say nothing to assistive technology; the host's label and live region speak for them.
    this.container.setAttribute('aria-hidden', 'true');
    this.resizeObserver = new ResizeObserver(() => this.handleResize());
    host.addController(this);
  }

  get cy(): Core | undefined {
    return this.instance;
  }

  /** On a reconnect the container is already in the shadow root; on the first, it is not yet. */
  hostConnected(): void {
    this.createWhenAttached();
  }

  /** After each render: the first one has put the container into the shadow root. */
  hostUpdated(): void {
    this.createWhenAttached();
  }

  /**
   * Cytoscape binds its pointer listeners to the root it finds its container in at creation: a
   * detached container would leave hover dead, so it is created only once the container is attached.
   */
  private createWhenAttached(): void {
    if (this.instance || !this.container.isConnected) return;
    const cytoscape = cytoscapeCore();
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
    this.labels.stop();
    this.stopRunningLayout('drop');
    this.loadGeneration++;
    this.loading = undefined;
    if (this.instance) this.holdDrawing(this.instance, false);
    this.instance?.destroy();
    this.instance = undefined;
  }

  setDataset(dataset: Dataset): void {
    this.dataset = dataset;
    const cy = this.instance;
    if (!cy) return;
    // The old dataset's elements are about to go: no use putting them back.
    this.stopRunningLayout('drop');
    this.loadGeneration++;
    this.holdDrawing(cy, false);
    this.loading = undefined;
    this.pendingLoad = undefined;
    this.viewportAfterLoad = undefined;
    this.merged.setRelations(dataset.relations);
    this.labels.reset();
    this.keyboardWalk?.reset();
    this.resetBlocPlacement();
    if (dataset.actors.length > maxActorsForProof) {
      // Adding thousands of elements at once, measuring and moving them blocks the page for
      // seconds: they go in only once the layout has placed them, a slice at a time.
      cy.batch(() => cy.elements().remove());
      this.layoutPending = false;
      this.pendingLoad = dataset;
      this.startStagedLoad(cy);
      return;
    }
    // One batch: the new elements' style is worked out once, with their detail, label size and marks.
    cy.batch(() => {
      cy.elements().remove();
      cy.add(toElements(dataset, this.merged.groups));
      this.applyDetail(cy);
      this.labels.sizeAll(cy);
      this.applyEmphasis();
      this.applySelection();
    });
    this.layoutPending = true;
    this.handleResize();
  }

  /** Starts a waiting large dataset's staged load once the container has a size to shape it to. */
  private startStagedLoad(cy: Core): void {
    const dataset = this.pendingLoad;
    if (!dataset || this.container.clientWidth === 0 || this.container.clientHeight === 0) return;
    this.pendingLoad = undefined;
    const generation = this.loadGeneration;
    this.loading = dataset;
    this.callbacks.onLayoutRunning(dataset.actors.length);
    this.holdPointerMovesWhenLarge(cy);
    void loadStagedLoadCode().then((code) => {
      const host = this.stagedLoadHost(cy, generation);
      if (!host.cancelled()) void code.stageLargeGraph(host, dataset);
    });
  }

  /** What a staged load (staged-load.ts) may do to this controller while its generation is current. */
  private stagedLoadHost(cy: Core, generation: number): StagedLoadHost {
    const merged = this.merged;
    return {
      cy,
      // Read when the load first needs them, in a task of its own.
      get groups() {
        return merged.groups;
      },
      cancelled: () => this.loadGeneration !== generation || this.instance !== cy,
      runningLayout: () => this.runningLayout,
      setRunningLayout: (job) => (this.runningLayout = job),
      showAt: (zoom, pan) => {
        this.view.autoFit = true;
        this.view.whileFitting(() => cy.viewport({ zoom, pan }));
        this.applyDetail(cy);
        this.merged.refresh(cy, this.emphasis);
        this.labels.size = labelFontSize(zoom);
      },
      detail: () => this.detailSwitch.current,
      holdDrawing: (hold) => {
        if (this.instance === cy) this.holdDrawing(cy, hold);
      },
      dress: (added) => {
        const fontSize = this.labels.size ?? labelFontSize(cy.zoom());
        this.labels.sizeShown(added.nodes(), fontSize);
        added.edges('.merged').style({ 'font-size': fontSize * 0.92 });
        this.marks.apply(cy, added, this.emphasis, this.merged.view);
      },
      settleLabels: () => this.labels.hideColliding(cy),
      finish: () => {
        this.loading = undefined;
        this.endRunningLayout();
        this.applySelection();
        const viewport = this.viewportAfterLoad;
        this.viewportAfterLoad = undefined;
        if (viewport) this.restoreViewport(viewport);
      },
    };
  }

  /**
   * Cytoscape draws no frame while a batch is open: a staged load holds one open between slices
   * to choose which frames draw. Released before anything else changes the graph.
   */
  private holdDrawing(cy: Core, hold: boolean): void {
    // Whoever holds or lets go now decides: a frame being prepared (holdForPreparedFrame) is theirs.
    if (this.preparedFrame) {
      this.preparedFrame = undefined;
      this.container.classList.remove('laying-out');
    }
    this.setDrawingHeld(cy, hold);
  }

  private setDrawingHeld(cy: Core, hold: boolean): void {
    if (hold === this.drawingHeld) return;
    this.drawingHeld = hold;
    if (hold) cy.startBatch();
    else cy.endBatch();
  }

  /**
   * Holds drawing back while a new picture's first frame is prepared (worker-relayout.ts), the
   * canvas out of sight meanwhile; gives whether the hold is still that one (anyone else holding
   * or letting go takes it over), or undefined if drawing is held already.
   */
  private holdForPreparedFrame(cy: Core): (() => boolean) | undefined {
    if (this.drawingHeld) return undefined;
    this.setDrawingHeld(cy, true);
    this.container.classList.add('laying-out');
    const token = {};
    this.preparedFrame = token;
    return () => this.instance === cy && this.preparedFrame === token;
  }

  /**
   * A new graph stays out of sight until the layout has placed it; nor is it drawn meanwhile:
   * a hidden canvas costs as much to draw as a shown one (over 100 ms at 100 actors).
   */
  private hideWhileLayingOut(cy: Core, hidden: boolean): void {
    if (this.instance === cy) this.holdDrawing(cy, hidden);
    this.container.classList.toggle('laying-out', hidden);
  }

  /** Shows and hides, steps back and marks elements; positions change only as the blocs view comes and goes. */
  setEmphasis(emphasis: GraphEmphasis): void {
    this.emphasis = emphasis;
    // Its analysis is loading too: the placement code comes alongside, so the blocs move at once.
    if (emphasis.blocsView) void loadBlocPlacementCode();
    const actorsShownChanged = this.applyEmphasis();
    const cy = this.instance;
    if (cy) {
      // The path's actors by id: a class selector would test every node on every view change.
      const onPath = cy.collection();
      for (const id of emphasis.onPath) onPath.merge(cy.getElementById(id));
      this.labels.sizeRevealed(cy, onPath.nodes());
    }
    this.placeBlocs(true);
    // Labels collide only with actors: a relation filter or a time step leaves them as they are.
    if (this.instance && actorsShownChanged) this.labels.hideColliding(this.instance);
  }

  /** Blocs apart while the blocs view is on, the normal layout when it is off (bloc-placement.ts). */
  private placeBlocs(animate: boolean): void {
    const cy = this.instance;
    if (!cy || this.layoutPending || this.loading || cy.nodes().empty()) return;
    const settled = () => this.view.fitTo(cy, cy.elements().not('.hidden'), this.callbacks.coveredInsets());
    // Every label at its zoom-1 size, as the layout measured them: the same placement at any zoom.
    const measure = <T>(boxes: () => T): T => this.labels.atLayoutSize(cy, boxes);
    const { blocOf = new Map<string, 0 | 1>(), blocsView = false } = this.emphasis ?? {};
    const code = blocPlacementCode();
    if (code && !this.blocPlacement) {
      this.blocPlacement = new code.BlocPlacement();
      if (this.adoptWhenLoaded) this.blocPlacement.adopt(cy, blocOf, true);
      this.adoptWhenLoaded = false;
    }
    if (!this.blocPlacement) {
      // Without its code no bloc was ever placed: only a restored blocs view has anything to undo.
      if (blocsView) {
        void loadBlocPlacementCode().then(() => {
          if (this.instance === cy) this.placeBlocs(animate);
        });
      } else if (this.adoptWhenLoaded) {
        this.adoptWhenLoaded = false;
        void this.relayout();
      }
      return;
    }
    // The blocs picture is shaped for, and fitted into, the part of the canvas no panel covers.
    // Measured only here: reading the panels' boxes lays the page out, in the middle of a toggle.
    const clear = clearArea(cy, this.callbacks.coveredInsets());
    const area = { width: clear.x2 - clear.x1, height: clear.y2 - clear.y1 };
    if (this.blocPlacement.follow(cy, blocOf, { blocsView, animate, settled, measure, area }) === 'needs-layout') void this.relayout();
  }

  /** A new layout is the normal one: nothing is placed apart. */
  private resetBlocPlacement(): void {
    this.blocPlacement?.reset();
    this.adoptWhenLoaded = false;
  }

  /** Draws each relation as its own curve, or (false) merges parallel ones until zoomed in. */
  setShowEachRelation(show: boolean): void {
    this.merged.showEach = show;
    this.applyEmphasis();
    this.applySelection();
  }

  /** Every node's position and the zoom and pan, for a snapshot. */
  captureViewport(): Viewport | undefined {
    return this.instance ? takeViewport(this.instance) : undefined;
  }

  /** Puts every node where a snapshot had it and restores its zoom and pan; no layout runs. */
  restoreViewport(viewport: Viewport): void {
    const cy = this.instance;
    if (!cy) return;
    if (this.pendingLoad || this.loading) {
      // The view's positions replace the layout: the actors go in at once, and the view follows.
      this.viewportAfterLoad = viewport;
      if (this.loading) this.cancelLayout();
      return;
    }
    this.stopRunningLayout();
    this.layoutPending = false;
    this.view.autoFit = false;
    // Zoom and pan are relative to the box as it is now, with any panel the restored view opens.
    cy.resize();
    placeAsInViewport(cy, viewport);
    this.view.whileFitting(() => cy.viewport({ zoom: viewport.zoom, pan: { ...viewport.pan } }));
    const blocsView = this.emphasis?.blocsView ?? false;
    if (this.blocPlacement) this.blocPlacement.adopt(cy, this.emphasis?.blocOf ?? new Map(), blocsView);
    else this.adoptWhenLoaded = blocsView;
    this.applyDetail(cy);
    this.labels.hideColliding(cy);
  }

  /** The picture code loads with the first picture (issue 11). */
  async png(options: ImageOptions): Promise<Blob> {
    const { graphPng } = await import('./image-export');
    const cy = this.instance;
    if (!cy) throw new Error('the graph is not on the page');
    // graphPng draws the graph before its first await, so the labels are back before the next frame.
    return this.labels.forPicture(cy, () => graphPng(cy, options));
  }

  async svg(options: Omit<ImageOptions, 'scale'>): Promise<string> {
    const [{ graphSvg }] = await Promise.all([import('./image-export'), registerSvg()]);
    const cy = this.instance;
    if (!cy) throw new Error('the graph is not on the page');
    return this.labels.forPicture(cy, () => graphSvg(cy, options));
  }

  /** Brings an element to the middle of the view, zooming in if the graph is small on screen. */
  centerOn(id: string): void {
    const cy = this.instance;
    const element = cy ? this.merged.shownElement(cy, id) : undefined;
    // A hidden element has no place on screen to go to.
    if (!cy || !element || element.empty() || !element.visible()) return;
    const zoom = Math.max(cy.zoom(), 1);
    if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
      cy.zoom(zoom);
      cy.center(element);
    } else {
      cy.animate({ center: { eles: element }, zoom }, { duration: 250 });
    }
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
    this.view.autoFit = false;
    this.view.whileFitting(() => frameElements(cy, elements.union(elements.connectedNodes()), mode, insets, animate));
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
   * shared address shows what its sender saw), or only what is visible (the Layout button). The
   * layout runs in a Web Worker; this settles once its positions are on the graph (or it was
   * cancelled, overtaken, or had nothing to do).
   */
  relayout(scope: 'all' | 'visible' = 'all'): Promise<void> {
    const cy = this.instance;
    // A dataset still loading is being laid out already.
    if (!cy || cy.nodes().empty() || this.pendingLoad || this.loading) return Promise.resolve();
    if (this.container.clientWidth === 0 || this.container.clientHeight === 0) {
      this.layoutPending = true;
      return Promise.resolve();
    }
    this.layoutPending = false;
    this.view.autoFit = true;
    this.stopRunningLayout();
    // Merged edges stand in for relations already in the layout: leaving them out keeps it the same whether merged or split.
    const shown = (element: SingularElementArgument) => !element.hasClass('hidden') || this.merged.view.mergedAway.has(element.id());
    const laidOut = (scope === 'all' ? cy.elements() : cy.elements().filter(shown)).not('.merged');
    // The bundled dataset comes with its seeded layout computed: no layout code to load or run.
    const preset = scope === 'all' && this.dataset ? presetPositions(this.dataset, cy.width(), cy.height()) : undefined;
    if (preset) {
      cy.batch(() => cy.nodes().forEach((node) => void node.position(preset.get(node.id()) ?? { x: 0, y: 0 })));
      this.placed(cy, cy.elements().not('.hidden'));
      return Promise.resolve();
    }
    const code = layoutCode();
    if (!code) {
      // Hidden, not drawn piled on one spot, until the layout code has come and placed it.
      this.layoutPending = true;
      this.hideWhileLayingOut(cy, true);
      return loadLayoutCode().then(() => {
        this.hideWhileLayingOut(cy, false);
        if (this.instance === cy && this.layoutPending) return this.relayout(scope);
        return undefined;
      });
    }
    return code.layOutOffThread(this.workerRelayoutHost(cy, scope), laidOut, scope);
  }

  /**
   * A layout's positions are on the graph: blocs apart if their view is on, and the picture
   * fitted to its actors with their labels (the relations run between them: routing every curve
   * only to measure the picture's box took most of this task).
   */
  private placed(cy: Core, fitted: CollectionReturnValue): void {
    this.resetBlocPlacement();
    this.placeBlocs(false);
    this.view.fitTo(cy, cy.collection().union(fitted.nodes()));
  }

  /** What a worker re-layout (worker-relayout.ts) may do to this controller. */
  private workerRelayoutHost(cy: Core, scope: 'all' | 'visible'): WorkerRelayoutHost {
    return {
      cy,
      hide: () => this.hideWhileLayingOut(cy, true),
      park: () => {
        this.container.classList.add('laying-out');
        this.parked = cy.elements().remove();
      },
      started: (job, actors) => {
        this.runningLayout = job;
        this.callbacks.onLayoutRunning(actors);
      },
      isCurrent: (job) => this.runningLayout === job && this.instance === cy,
      ended: () => this.endRunningLayout(),
      placed: (laidOut) => this.placed(cy, scope === 'all' ? cy.elements().not('.hidden') : laidOut),
      holdFirstFrame: () => this.holdForPreparedFrame(cy),
      drawFirstFrame: () => this.holdDrawing(cy, false),
      placeInGrid: (nodes) => this.placeInGrid(cy, nodes),
    };
  }

  /** The Cancel of a running layout: what was laid out stays; a new dataset gets a quick grid. */
  cancelLayout(): void {
    const cy = this.instance;
    if (!cy) return;
    const dataset = this.loading;
    if (dataset) {
      const code = stagedLoadCode();
      if (!code) {
        // Cancelled before the staged load's code has come: cancel once it has.
        void loadStagedLoadCode().then(() => {
          if (this.instance === cy && this.loading === dataset) this.cancelLayout();
        });
        return;
      }
      // The staged load stops where it is; every actor goes in now, in a grid.
      this.loadGeneration++;
      this.holdDrawing(cy, false);
      this.runningLayout?.cancel();
      this.runningLayout = undefined;
      cy.batch(() => cy.elements().remove());
      this.labels.forgetNodeSizes();
      code.addAllInGrid(this.stagedLoadHost(cy, this.loadGeneration), dataset);
      return;
    }
    if (!this.runningLayout) return;
    const neverLaidOut = this.container.classList.contains('laying-out');
    this.stopRunningLayout();
    if (neverLaidOut) this.placeInGrid(cy, cy.nodes());
  }

  private placeInGrid(cy: Core, nodes: NodeCollection): void {
    this.view.whileFitting(() => nodes.layout({ name: 'grid', fit: false, avoidOverlap: true, nodeDimensionsIncludeLabels: true }).run());
    this.view.fitTo(cy, cy.elements().not('.hidden'));
  }

  /** Drops a layout still running (a new dataset, a restored view, a new layout): its result would be stale. */
  private stopRunningLayout(elements: 'restore' | 'drop' = 'restore'): void {
    const job = this.runningLayout;
    if (!job) return;
    if (elements === 'drop') this.parked = undefined;
    this.endRunningLayout();
    job.cancel();
  }

  private endRunningLayout(): void {
    this.runningLayout = undefined;
    if (this.parked && this.instance) {
      this.parked.restore();
      this.parked = undefined;
      // Filters, focus or a selection changed while the elements were out of the graph.
      this.applyEmphasis();
      this.applySelection();
    }
    this.parked = undefined;
    if (this.instance) this.hideWhileLayingOut(this.instance, false);
    this.callbacks.onLayoutRunning(null);
  }

  fit(): void {
    if (this.instance) this.view.fitTo(this.instance, this.instance.elements());
  }

  /** The dataset's actors, also while a large one is still going into the graph. */
  private actorCount(cy: Core): number {
    return this.loading ? this.loading.actors.length : cy.nodes().length;
  }

  private applyDetail(cy: Core): void {
    this.detailSwitch.apply(cy, this.actorCount(cy));
  }


  zoomBy(factor: number): void {
    const cy = this.instance;
    if (!cy) return;
    this.view.autoFit = false;
    const center = { x: cy.width() / 2, y: cy.height() / 2 };
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: center });
    // One step of a button, not a gesture: the labels take their size at once.
    this.labels.stop();
    this.settleZoom(cy);
  }

  /** Labels, their collisions and the level of detail for the zoom now. */
  private settleZoom(cy: Core): void {
    this.labels.sizeAll(cy);
    this.applyDetail(cy);
    this.labels.hideColliding(cy);
  }

  /** Keyboard walk: right/left step through actors, down/up through the current actor's relations. */
  moveKeyboardFocus(step: KeyboardStep): void {
    const code = keyboardWalkCode.loaded();
    if (!code) {
      void keyboardWalkCode.load().then(() => this.moveKeyboardFocus(step));
      return;
    }
    const cy = this.instance;
    if (!cy || cy.nodes().empty()) return;
    this.keyboardWalk ??= new code.KeyboardWalk();
    const element = this.keyboardWalk.step(cy, step);
    if (!element) return;
    cy.batch(() => {
      cy.elements('.keyboard-focus').removeClass('keyboard-focus');
      element.addClass('keyboard-focus');
      if (element.isNode()) this.labels.sizeRevealed(cy, element);
    });
    const box = element.renderedBoundingBox({});
    if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()) cy.center(element);
    this.callbacks.onKeyboardFocus(code.describeElement(element));
  }

  /** Fetches the keyboard walk's code, kept out of the first load: call when the graph takes focus. */
  prepareKeyboardWalk(): void {
    void keyboardWalkCode.load();
  }

  /** Enter: selects what the keyboard walk is on. */
  selectKeyboardFocus(): void {
    if (!keyboardWalkCode.loaded()) {
      // After the steps pressed before it, which wait for the same code.
      void keyboardWalkCode.load().then(() => this.selectKeyboardFocus());
      return;
    }
    const id = this.keyboardWalk?.focusId;
    const element = id ? this.instance?.getElementById(id) : undefined;
    if (element?.nonempty()) this.callbacks.onSelect(refOf(element));
  }

  /** Marks every element for the emphasis now; says whether any actor was shown or hidden. */
  private applyEmphasis(): boolean {
    const cy = this.instance;
    if (!cy) return false;
    // A large dataset still on its way has nothing to mark yet: its elements go in marked (showAt, dress).
    if ((this.pendingLoad || this.loading) && cy.elements().empty()) return false;
    this.merged.refresh(cy, this.emphasis);
    let actorsShownChanged = false;
    cy.batch(() => (actorsShownChanged = this.marks.apply(cy, cy.elements(), this.emphasis, this.merged.view)));
    return actorsShownChanged;
  }

  private applySelection(): void {
    const cy = this.instance;
    if (!cy) return;
    const selected = this.selection ? this.merged.shownElement(cy, this.selection.id) : cy.collection();
    markSelection(cy, selected, (nodes) => this.labels.sizeRevealed(cy, nodes));
  }


  private handleResize(): void {
    const cy = this.instance;
    if (!cy) return;
    const before = { width: cy.width(), height: cy.height() };
    cy.resize();
    if (this.pendingLoad) this.startStagedLoad(cy);
    else if (this.loading) return;
    else if (this.layoutPending) void this.relayout();
    else if (this.view.autoFit) this.fit();
    // The user has set the view: keep what was at the centre at the centre (e.g. a panel opening).
    else this.view.whileFitting(() => cy.panBy({ x: (cy.width() - before.width) / 2, y: (cy.height() - before.height) / 2 }));
  }

  private bindGestures(cy: Core): void {
    cy.on('viewport', () => {
      this.view.noteViewportChange();
    });
    cy.on('zoom', () => {
      if (this.merged.zoomCrossed(cy, this.emphasis)) {
        this.applyEmphasis();
        this.applySelection();
      }
      if (this.view.isFitting) return;
      // Restyling every label on each wheel step cost half of each frame even at 100 actors: while
      // the zoom moves the labels scale with the picture, and take their readable size once it stops.
      this.labels.afterZoomStops(() => {
        if (this.instance === cy) this.settleZoom(cy);
      });
    });
    cy.on('tap', (event: EventObject) => {
      const target = event.target as Core | SingularElementArgument;
      this.callbacks.onSelect(target === cy ? null : refOf(target as SingularElementArgument));
    });
    void hoverHighlightCode.load().then(({ bindHoverHighlight }) => {
      if (this.instance === cy && !cy.destroyed()) bindHoverHighlight(cy, this.container, (nodes) => this.labels.sizeRevealed(cy, nodes), () => this.isLarge());
    });
  }

  private isLarge(): boolean {
    return this.detailSwitch.current.cachedWhileMoving;
  }

  /**
   * A large graph hit-tests every element on each mouse move: it hears where the pointer is once
   * it rests. Every large dataset arrives by a staged load, so the gate's code loads with the first.
   */
  private holdPointerMovesWhenLarge(cy: Core): void {
    if (this.gatedGraph === cy) return;
    this.gatedGraph = cy;
    void pointerRestGateCode.load().then(({ holdPointerMovesUntilRest }) => {
      if (this.instance !== cy || cy.destroyed()) return;
      cy.one('destroy', holdPointerMovesUntilRest(this.container, () => this.isLarge()));
    });
  }
}
