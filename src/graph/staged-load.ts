/**
 * The staged load of a large dataset (above maxActorsForProof actors): every actor's box with its
 * label is worked out from the text (no element in the graph yet), a Web Worker lays them out,
 * and the elements go in at their places, a slice per task. Nothing is drawn piled on one spot,
 * and no task holds the page for long. Loaded on demand (staged-load-code.ts): the bundled
 * dataset never needs it. The controller keeps the state; this is the procedure.
 */
import type { CollectionReturnValue, Core, ElementDefinition, Position } from 'cytoscape';
import type { Dataset } from '../model/schema';
import { actorDegrees } from '../model/degree';
import { actorElement, mergedEdge, relationElement, toElements } from './elements';
import type { RelationGroup } from './parallel-relations';
import { layoutSeed } from './layout-thresholds';
import { LayoutCancelled, layoutOffMainThread, type RunningLayout } from './layout-worker-client';
import type { LayoutNode, LayoutPositions } from './offscreen-layout';
import { actorBoxes } from './layout-request';
import { afterNextFrame, inSlices, yieldToPage } from './time-slices';
import { settleRenderedStyles, sortForDrawing } from './frame-preparation';
import { gridPositions } from './grid-placement';
import type { LevelOfDetail } from './level-of-detail';

/** What a staged load needs of the controller that owns `cy`. */
export interface StagedLoadHost {
  readonly cy: Core;
  readonly groups: readonly RelationGroup[];
  /** True once the load is overtaken (a newer dataset, the host gone). */
  readonly cancelled: () => boolean;
  readonly runningLayout: () => RunningLayout | undefined;
  readonly setRunningLayout: (job: RunningLayout | undefined) => void;
  /** Takes this view as the controller's own fit; sets the level of detail and label size for it. */
  readonly showAt: (zoom: number, pan: Position) => void;
  readonly detail: () => LevelOfDetail;
  /** Holds Cytoscape's drawing back between slices (an open batch), or lets it draw. */
  readonly holdDrawing: (hold: boolean) => void;
  /** Sizes the labels of, and marks, elements just added (inside their batch). */
  readonly dress: (added: CollectionReturnValue) => void;
  /** Steps back the labels that collide, the less connected actor's first (inside the held drawing). */
  readonly settleLabels: () => void;
  /** Every element is in the graph. */
  readonly finish: () => void;
}

/** Padding around the graph when it is fitted to the view (as the controller's fit). */
const fitPadding = 40;

/** A large dataset on its way into the graph: laid out from its labels' boxes, then added in slices. */
interface StagedLoad {
  readonly nodes: readonly ElementDefinition[];
  readonly edges: readonly ElementDefinition[];
  /** Each actor's box with its label at zoom 1, in `nodes` order. */
  readonly boxes: readonly LayoutNode[];
  readonly aspect: number;
}

/** Each actor's box with its label at zoom 1, worked out from the text (layout-request.ts). */
function nodeBoxMeasure(): (node: ElementDefinition) => LayoutNode {
  const boxOf = actorBoxes();
  return (node) => boxOf(String(node.data['label'] ?? ''), Number(node.data['size'] ?? 0));
}

/**
 * Nodes in their order, each followed by the edges it completes (both ends in): added in this
 * order, a graph whose actors are all in has its relations in too, bar the last few.
 */
function inOrderOfArrival(nodes: readonly ElementDefinition[], edges: readonly ElementDefinition[]): ElementDefinition[] {
  const indexOf = new Map(nodes.map((node, i) => [String(node.data.id), i] as const));
  const completes = nodes.map((): ElementDefinition[] => []);
  for (const edge of edges) {
    const last = Math.max(indexOf.get(String(edge.data['source'])) ?? 0, indexOf.get(String(edge.data['target'])) ?? 0);
    completes[last]?.push(edge);
  }
  return nodes.flatMap((node, i) => [node, ...(completes[i] ?? [])]);
}

/** Builds, measures, lays out (in a worker) and adds a large dataset, a slice per task. */
export async function stageLargeGraph(host: StagedLoadHost, dataset: Dataset): Promise<void> {
  const { cy, cancelled } = host;
  const degree = actorDegrees(dataset);
  const nodes: ElementDefinition[] = [];
  const edges: ElementDefinition[] = [];
  const made =
    (await inSlices(dataset.actors, (slice) => slice.forEach((actor) => nodes.push(actorElement(actor, degree.get(actor.id) ?? 0))), cancelled)) &&
    (await inSlices(dataset.relations, (slice) => slice.forEach((relation) => edges.push(relationElement(relation))), cancelled));
  if (!made) return;
  edges.push(...host.groups.map(mergedEdge));
  const boxOf = nodeBoxMeasure();
  const boxes: LayoutNode[] = [];
  if (!(await inSlices(nodes, (slice) => slice.forEach((node) => boxes.push(boxOf(node))), cancelled))) return;
  const indexOf = new Map(nodes.map((node, i) => [String(node.data.id), i] as const));
  const pairs: (readonly [number, number])[] = [];
  for (const edge of edges) {
    // Merged edges stand for relations already in the layout.
    if (edge.data['relationIds'] !== undefined) continue;
    const s = indexOf.get(String(edge.data['source']));
    const t = indexOf.get(String(edge.data['target']));
    if (s !== undefined && t !== undefined && s !== t) pairs.push([s, t]);
  }
  const staging: StagedLoad = { nodes, edges, boxes, aspect: cy.width() / cy.height() };
  const job = layoutOffMainThread({ nodes: boxes, edges: pairs, aspect: staging.aspect, seed: layoutSeed });
  host.setRunningLayout(job);
  let positions: LayoutPositions;
  try {
    positions = await job.done;
  } catch (error: unknown) {
    // A cancel has placed the actors already (addAllInGrid); where not even the page could lay them out, a grid still shows them.
    if (error instanceof LayoutCancelled || cancelled() || host.runningLayout() !== job) return;
    positions = gridPositions(boxes, staging.aspect);
  }
  if (cancelled() || host.runningLayout() !== job) return;
  host.setRunningLayout(undefined);
  await addStaged(host, staging, positions, cancelled);
}

/** The Cancel of a staged load: every actor goes into the graph now, in a grid. */
export function addAllInGrid(host: StagedLoadHost, dataset: Dataset): void {
  const { cy } = host;
  const elements = toElements(dataset, host.groups);
  const nodes = elements.filter((element) => element.group === 'nodes');
  const boxOf = nodeBoxMeasure();
  const staging: StagedLoad = { nodes, edges: elements.filter((element) => element.group === 'edges'), boxes: nodes.map(boxOf), aspect: cy.width() / cy.height() };
  void addStaged(host, staging, gridPositions(staging.boxes, staging.aspect));
}

/**
 * Puts a staged dataset's elements into the graph at their places: the view is fitted to their
 * boxes first, so each element goes in with its final level of detail and label size, and the
 * style of each is worked out once. In slices, unless `cancelled` is absent (at once: a cancel).
 */
async function addStaged(host: StagedLoadHost, staging: StagedLoad, positions: LayoutPositions, cancelled?: () => boolean): Promise<void> {
  const { cy } = host;
  const { nodes, edges, boxes } = staging;
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  boxes.forEach((box, i) => {
    const x = (positions[2 * i] ?? 0) + box.offsetX;
    const y = (positions[2 * i + 1] ?? 0) + box.offsetY;
    [x1, y1, x2, y2] = [Math.min(x1, x - box.width / 2), Math.min(y1, y - box.height / 2), Math.max(x2, x + box.width / 2), Math.max(y2, y + box.height / 2)];
  });
  const fitZoom = Math.min((cy.width() - 2 * fitPadding) / Math.max(x2 - x1, 1), (cy.height() - 2 * fitPadding) / Math.max(y2 - y1, 1));
  const zoom = Math.min(Math.max(fitZoom, cy.minZoom()), cy.maxZoom());
  host.showAt(zoom, { x: cy.width() / 2 - (zoom * (x1 + x2)) / 2, y: cy.height() / 2 - (zoom * (y1 + y2)) / 2 });
  // In an overview only the most connected actors may keep a label: the rest start without one.
  const byDegree = nodes.map((node) => ({ id: String(node.data.id), degree: Number(node.data['degree'] ?? 0) })).sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const labelled = new Set(byDegree.slice(0, Math.min(host.detail().labelBudget, byDegree.length)).map((node) => node.id));
  const placed = inOrderOfArrival(
    nodes.map((node, i): ElementDefinition => ({ ...node, position: { x: positions[2 * i] ?? 0, y: positions[2 * i + 1] ?? 0 } })),
    edges,
  );
  // Each frame draws every element in so far: frames are let through only every fifth of the
  // elements (drawing after every slice made a 10,000-actor load quadratic; drawing only at the
  // end, tried, made one frame draw every element anew: 209 ms of CPU at 1,000 actors). Up to
  // 5,000 elements a frame's cost is mostly the elements it draws for the first time, so frames
  // come every 500 (fewer frames over 100 ms at 1,000 actors); above, redrawing those already in
  // dominates, and more frames measured worse at 10,000 actors.
  const drawEvery = placed.length <= 5000 ? 500 : Math.ceil(placed.length / 5);
  const add = (slice: readonly ElementDefinition[]) => {
    host.holdDrawing(false);
    const simpleEdges = host.detail().simpleEdges;
    const ready = slice.map((element): ElementDefinition => {
      const classes = String(element.classes ?? '');
      if (element.group === 'nodes') return { ...element, classes: labelled.has(String(element.data.id)) ? classes : `${classes} label-hidden` };
      return { ...element, classes: simpleEdges ? `${classes} simple` : classes };
    });
    let added = cy.collection();
    cy.batch(() => {
      added = cy.add(ready);
      // Inside the batch, so each element's style is worked out once, with its label size.
      host.dress(added);
    });
    // What the next frame would work out for these elements (bounds, label lines, edge routes)
    // is done here, within this slice's budget, rather than piled onto one long frame.
    added.filter((element) => element.visible()).boundingBox({});
    settleRenderedStyles(cy);
    host.holdDrawing(true);
  };
  /** Lets one frame draw what is in so far, its drawing order worked out in a task before it. */
  const drawNow = async (): Promise<boolean> => {
    await yieldToPage();
    if (cancelled?.()) return false;
    sortForDrawing(cy);
    host.holdDrawing(false);
    await afterNextFrame();
    return !cancelled?.();
  };
  try {
    if (cancelled) {
      // The worker's answer and the preparation above are one task already: the slices start in the next.
      await yieldToPage();
      for (let start = 0; start < placed.length; start += drawEvery) {
        if (!(await inSlices(placed.slice(start, start + drawEvery), add, cancelled))) return;
        // The last elements are drawn once the labels are settled too (below).
        if (start + drawEvery < placed.length && !(await drawNow())) return;
      }
      // Colliding labels stepped back in a task of its own, outside the held batch, so that their
      // new looks are worked out here rather than in the last frame.
      await yieldToPage();
      if (cancelled()) return;
      host.holdDrawing(false);
      host.settleLabels();
      settleRenderedStyles(cy);
      host.holdDrawing(true);
      if (!(await drawNow())) return;
    } else {
      add(placed);
      host.settleLabels();
    }
  } finally {
    host.holdDrawing(false);
  }
  host.finish();
}
