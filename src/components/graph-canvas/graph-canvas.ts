import type { Core } from 'cytoscape';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ententeSelectEvent } from '../../events/entente-select';
import { countNoun } from '../../model/count-noun';
import type { SelectionRef } from '../../model/selection';
import { noInsets, type FrameMode, type Insets } from '../../graph/camera';
import { CytoscapeController } from '../../graph/cytoscape-controller';
import type { GraphEmphasis } from '../../graph/graph-emphasis';
import type { ImageOptions } from '../../graph/image-export';
import type { Viewport } from '../../graph/viewport';
import type { Dataset } from '../../model/schema';
import { ColorSchemeController } from '../color-scheme-controller';
import { nextTask } from '../next-task';
import { sharedStyles } from '../shared-styles';
import { spinnerStyles } from '../spinner-styles';
import { graphCanvasStyles } from './graph-canvas.styles';

const keySteps = {
  ArrowRight: 'next-actor',
  ArrowLeft: 'previous-actor',
  ArrowDown: 'next-relation',
  ArrowUp: 'previous-relation',
} as const;

/**
 * The actor graph: the only element holding a live Cytoscape instance. Takes the dataset and the
 * selection as properties; reports taps and the keyboard walk's Enter as `entente-select`.
 *
 * Relations of one type between the same two actors are drawn as one edge with a count (its
 * `data.relationIds` lists them) until the user zooms in or asks to see each relation.
 *
 * The graph is laid out in a Web Worker; meanwhile a status line says so and offers Cancel.
 *
 * @fires entente-select - the user picked an actor, a relation (several, for a merged edge), or the background (null)
 */
@customElement('graph-canvas')
export class GraphCanvas extends LitElement {
  static override styles = [sharedStyles, spinnerStyles, graphCanvasStyles];

  /** The dataset to draw (named `data`: HTMLElement already has `dataset`). */
  @property({ attribute: false }) data: Dataset | undefined;
  @property({ attribute: false }) selection: SelectionRef | null = null;
  /** Visibility, focus, path and comparison marks; all elements are shown when unset. */
  @property({ attribute: false }) emphasis: GraphEmphasis | undefined;
  /** Node positions, zoom and pan to put the graph in (a snapshot's) instead of laying it out. */
  @property({ attribute: false }) viewport: Viewport | null = null;
  /** Draw each relation as its own curve; otherwise parallel relations of one type merge until zoomed in. */
  @property({ type: Boolean, attribute: 'show-each-relation' }) showEachRelation = false;
  /** How far panels over the graph reach in from its edges now: the page around it knows its panels. */
  @property({ attribute: false }) coveredInsets: () => Insets = () => noInsets;

  @state() private announcement = '';
  /** How many actors a layout running off the page's thread is placing; null when none is. */
  @state() private layingOut: number | null = null;

  private readonly graph = new CytoscapeController(this, {
    onSelect: (selection) => this.dispatchEvent(ententeSelectEvent(selection)),
    onKeyboardFocus: (description) => (this.announcement = description),
    onLayoutRunning: (actors) => (this.layingOut = actors),
    coveredInsets: () => this.coveredInsets(),
  });

  /** Whether the graph existed before this update: a new one takes its properties a task later. */
  private hadGraph = false;
  /** A new graph's first properties, waiting for the next task. */
  private firstApply: Promise<void> | undefined;

  private readonly colorScheme = new ColorSchemeController(this, (scheme) => this.graph.setColorScheme(scheme));

  /** The live Cytoscape instance, read-only: for tests and for power users in the console. */
  get cy(): Core | undefined {
    return this.graph.cy;
  }

  fit(): void {
    this.graph.fit();
  }

  /** Lays out what is visible again; settles once the new positions are on the graph. */
  relayout(): Promise<void> {
    return this.graph.relayout('visible');
  }

  /** Puts keyboard focus on the graph, e.g. when a panel it opened closes. */
  focusGraph(): void {
    this.renderRoot.querySelector<HTMLElement>('.frame')?.focus();
  }

  /**
   * Moves the camera to those elements (gliding, unless the user prefers reduced motion): `fit`
   * fills the view with them, `reveal` brings them into view. `insets` are the edges panels cover.
   */
  frame(ids: readonly string[], mode: FrameMode, insets: Insets): void {
    this.graph.frame(ids, mode, insets, !window.matchMedia('(prefers-reduced-motion: reduce)').matches);
  }

  centerOn(id: string): void {
    this.graph.centerOn(id);
  }

  /** Node positions, zoom and pan, for a snapshot. */
  captureViewport(): Viewport | undefined {
    return this.graph.captureViewport();
  }

  /** A PNG of the current view or the whole graph, optionally with legend and credit line. */
  png(options: ImageOptions): Promise<Blob> {
    return this.graph.png(options);
  }

  /** An SVG picture; cytoscape-svg loads with the first one. */
  svg(options: Omit<ImageOptions, 'scale'>): Promise<string> {
    return this.graph.svg(options);
  }

  override connectedCallback(): void {
    // Before the controllers connect, so Cytoscape is created with the right ink.
    this.graph.setColorScheme(this.colorScheme.scheme);
    super.connectedCallback();
  }

  /** Also waits for a new graph's first properties, which it takes a task after it is created. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.firstApply;
    return complete;
  }

  protected override willUpdate(): void {
    this.hadGraph = this.graph.cy !== undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.firstApply) return;
    if (!this.hadGraph && this.graph.cy) {
      // Cytoscape was just created (its stylesheet parsed): the dataset goes in and is placed in the
      // next task, so that neither task blocks the page for long (issue 11). It takes every
      // property as it is then, including any set meanwhile.
      this.firstApply = nextTask().then(() => {
        this.firstApply = undefined;
        this.applyProperties(undefined);
      });
      return;
    }
    this.applyProperties(changed);
  }

  /** Hands the properties that changed (all of them when `changed` is undefined) to the graph. */
  private applyProperties(changed: PropertyValues<this> | undefined): void {
    const has = (name: keyof GraphCanvas) => changed?.has(name) ?? true;
    // Emphasis first, so a new dataset is laid out with the right elements hidden.
    if (has('showEachRelation') && (changed || this.showEachRelation)) this.graph.setShowEachRelation(this.showEachRelation);
    if (has('emphasis') && this.emphasis) this.graph.setEmphasis(this.emphasis);
    if (has('data') && this.data) this.graph.setDataset(this.data);
    if (has('selection')) this.graph.setSelection(this.selection);
    // After the data, so the positions find their nodes.
    if (has('viewport') && this.viewport) this.graph.restoreViewport(this.viewport);
  }

  protected override render() {
    return html`
      <div
        class="frame"
        tabindex="0"
        role="group"
        aria-roledescription="graph"
        aria-label=${`Actor graph: ${this.summary()}. Left and right arrows step through actors, up and down through the current actor's relations, Enter opens one.`}
        @keydown=${this.handleKeydown}
        @focus=${() => this.graph.prepareKeyboardWalk()}
      >
        ${this.graph.container}
      </div>
      <div class="controls" role="toolbar" aria-label="Graph view" aria-orientation="vertical">
        <button type="button" title="Zoom in" aria-label="Zoom in" @click=${() => this.graph.zoomBy(1.25)}>+</button>
        <button type="button" title="Zoom out" aria-label="Zoom out" @click=${() => this.graph.zoomBy(0.8)}>−</button>
        <button type="button" title="Fit the graph to the window" aria-label="Fit to window" @click=${() => this.graph.fit()}>Fit</button>
        <button type="button" title="Lay the graph out again" aria-label="Re-layout" @click=${() => void this.graph.relayout('visible')}>Layout</button>
        <button
          type="button"
          title="Show each relation as its own curve, rather than one edge with a count"
          aria-label="Show each relation"
          aria-pressed=${this.showEachRelation ? 'true' : 'false'}
          @click=${() => (this.showEachRelation = !this.showEachRelation)}
        >
          Each
        </button>
      </div>
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
      <div class="layout-status" role="status">${this.layingOut === null ? nothing : this.renderLayoutStatus(this.layingOut)}</div>
    `;
  }

  /** "31 actors, 76 relations shown": what is on show, for the graph's accessible name. */
  private summary(): string {
    const { data, emphasis } = this;
    if (!data) return 'empty';
    const shown = (id: string) => emphasis?.visible.has(id) ?? true;
    const actors = data.actors.filter((actor) => shown(actor.id)).length;
    const relations = data.relations.filter((relation) => shown(relation.id)).length;
    return `${countNoun(actors, 'actor')}, ${countNoun(relations, 'relation')} shown`;
  }

  private renderLayoutStatus(actors: number) {
    return html`<span class="spinner" aria-hidden="true"></span> Laying out ${countNoun(actors, 'actor')}…
      <button type="button" @click=${() => this.graph.cancelLayout()}>Cancel</button>`;
  }

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.key in keySteps) {
      event.preventDefault();
      this.graph.moveKeyboardFocus(keySteps[event.key as keyof typeof keySteps]);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      this.graph.selectKeyboardFocus();
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'graph-canvas': GraphCanvas;
  }
}
