/**
 * Code that runs inside the benchmarked pages. Each function is sent to the browser on its own
 * (Playwright serialises it), so it may use nothing from outside its own body.
 * The app is only read through `graph-canvas`'s public read-only `cy`.
 */
import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';

export interface AppProbe {
  expectedNodes: number;
  longTasks: { start: number; duration: number }[];
  /** First frame with every actor on the canvas and spread out (ms since navigation start). */
  firstPictureAt: number | null;
  /** The frame of the last change before the picture stayed still (ms since navigation start). */
  settledAt: number | null;
}

export interface ChangeWatch {
  /** ms from the input event to the end of the first frame showing the change, or null if none. */
  result: number | null;
  done: boolean;
}

export interface FrameCount {
  frames: number;
  first: number;
  last: number;
  running: boolean;
  zoomChanged: boolean;
  panChanged: boolean;
  /** performance.now() when counting started and stopped: the figure when fewer than 2 frames came. */
  startedAt: number;
  stoppedAt: number;
  /** The view when counting started, to tell at the end whether it moved. */
  zoomAtStart: number | null;
  panAtStart: string;
  /** The longest main-thread task while counting (ms); 0 when none took over 50 ms. */
  longestTask: number;
}

export interface BenchWindow {
  benchProbe?: AppProbe;
  benchChange?: ChangeWatch;
  benchFrames?: FrameCount;
  benchLongTasks?: PerformanceObserver;
  benchBaseline?: BaselineOutcome;
  cytoscape?: ((options: object) => Core) & { use?: unknown };
  /** tsx (esbuild keepNames) wraps functions in __name(); the page needs a stand-in. */
  __name?: <T>(value: T) => T;
}

export interface BaselineOutcome {
  layoutMs: number;
  /** Navigation start to the end of the first frame with the laid-out graph. */
  firstFrameAt: number;
  positions?: Record<string, { x: number; y: number }>;
  error?: string;
}

/** What the app's toggle and time step hide, worked out in Node by the app's own visibility code. */
export interface BaselineChanges {
  /** The relations the "Opposition" toggle hides, and the merged edges left standing for none. */
  readonly toggleRelationIds: readonly string[];
  /** With opposition hidden, what an as-of step from the last year to the one before hides. */
  readonly stepRelationIds: readonly string[];
  readonly stepActorIds: readonly string[];
  readonly lastYear: number;
  readonly firstYear: number;
}

/** How the app drew its settled graph: each element's classes (level of detail, merged edges, labels) and the view. */
export interface AppLook {
  readonly classes: readonly (readonly [id: string, classes: string])[];
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
}

export interface BaselineArgs {
  readonly elementsUrl: string;
  readonly styleUrl: string;
  readonly layout: 'fcose-default' | 'fcose-draft' | 'cose' | 'preset';
  readonly seed: number;
  readonly keepPositions: boolean;
}

/** Installed before the app loads: long tasks, and when the graph first shows and then settles. */
export function installAppProbe(options: { expectedNodes: number; quietMs: number; quietFrames: number }): void {
  const win = window as unknown as BenchWindow;
  const probe: AppProbe = { expectedNodes: options.expectedNodes, longTasks: [], firstPictureAt: null, settledAt: null };
  win.benchProbe = probe;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the figure stays empty.
  }
  let previous = '';
  let lastChangeAt = 0;
  let framesSinceChange = 0;
  const tick = (): void => {
    // The frame's own timestamp can predate a long task that delayed it; the clock now cannot.
    const now = performance.now();
    const cy = document.querySelector('entente-app')?.shadowRoot?.querySelector('graph-canvas')?.cy;
    if (cy) {
      const nodes = cy.nodes();
      const pan = cy.pan();
      let signature = `${nodes.length}|${cy.zoom()}|${pan.x},${pan.y}`;
      const step = Math.max(1, Math.floor(nodes.length / 24));
      let spread = false;
      let firstX: number | undefined;
      for (let i = 0; i < nodes.length; i += step) {
        const { x, y } = nodes.eq(i).position();
        firstX ??= x;
        if (x !== firstX) spread = true;
        signature += `|${x},${y}`;
      }
      if (signature !== previous) {
        previous = signature;
        lastChangeAt = now;
        framesSinceChange = 0;
      } else framesSinceChange++;
      const complete = nodes.length === probe.expectedNodes && spread;
      if (complete && probe.firstPictureAt === null) probe.firstPictureAt = now;
      if (complete && framesSinceChange >= options.quietFrames && now - lastChangeAt >= options.quietMs) {
        probe.settledAt = lastChangeAt;
        return;
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * Arms a watch for the next input event of a kind (its timestamp starts the clock) and the first
 * frame after it in which the count of visible actors or relations has changed; the clock stops
 * when that frame's work is done (a message posted from the frame runs after it).
 */
export function watchNextChange(eventType: 'click' | 'keydown'): void {
  const win = window as unknown as BenchWindow;
  // The app's graph, or the baseline page's.
  const cy = document.querySelector('entente-app')?.shadowRoot?.querySelector('graph-canvas')?.cy ?? (document.querySelector('#cy') as unknown as { cy?: Core } | null)?.cy;
  const watch: ChangeWatch = { result: null, done: false };
  win.benchChange = watch;
  if (!cy) {
    watch.done = true;
    return;
  }
  const visible = (): string => `${cy.nodes(':visible').length}/${cy.edges(':visible').length}`;
  const before = visible();
  let startedAt: number | null = null;
  window.addEventListener(eventType, (event) => (startedAt ??= event.timeStamp), { capture: true, once: true });
  const tick = (): void => {
    if (startedAt !== null && visible() !== before) {
      const start = startedAt;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        watch.result = performance.now() - start;
        watch.done = true;
      };
      channel.port2.postMessage(null);
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * Counts animation frames until stopFrameCount, noting whether the graph's zoom or pan moved
 * meanwhile and the longest main-thread task.
 */
export function startFrameCount(): void {
  const win = window as unknown as BenchWindow;
  const cyOf = (): Core | undefined => {
    const canvas = document.querySelector('entente-app')?.shadowRoot?.querySelector('graph-canvas');
    return canvas?.cy ?? (document.querySelector('#cy') as unknown as { cy?: Core } | null)?.cy;
  };
  const zoomAtStart = cyOf()?.zoom();
  const panAtStart = JSON.stringify(cyOf()?.pan());
  const count: FrameCount = {
    frames: 0,
    first: 0,
    last: 0,
    running: true,
    zoomChanged: false,
    panChanged: false,
    startedAt: performance.now(),
    stoppedAt: 0,
    zoomAtStart: zoomAtStart ?? null,
    panAtStart,
    longestTask: 0,
  };
  win.benchFrames = count;
  try {
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) count.longestTask = Math.max(count.longestTask, entry.duration);
    });
    observer.observe({ type: 'longtask' });
    win.benchLongTasks = observer;
  } catch {
    // No long-task timing in this browser: the figure stays 0.
  }
  const tick = (now: number): void => {
    if (!count.running) return;
    if (count.frames === 0) count.first = now;
    count.frames++;
    count.last = now;
    const cy = cyOf();
    if (cy?.zoom() !== zoomAtStart) count.zoomChanged = true;
    if (JSON.stringify(cy?.pan()) !== panAtStart) count.panChanged = true;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Stops the frame count and gives it, with the long tasks reported so far. */
export function stopFrameCount(): FrameCount | undefined {
  const win = window as unknown as BenchWindow;
  const count = win.benchFrames;
  const observer = win.benchLongTasks;
  if (observer) {
    for (const entry of observer.takeRecords()) if (count) count.longestTask = Math.max(count.longestTask, entry.duration);
    observer.disconnect();
    win.benchLongTasks = undefined;
  }
  if (!count) return undefined;
  count.running = false;
  count.stoppedAt = performance.now();
  // With only a frame or two counted, the view may have moved after the last of them.
  const canvas = document.querySelector('entente-app')?.shadowRoot?.querySelector('graph-canvas');
  const cy = canvas?.cy ?? (document.querySelector('#cy') as unknown as { cy?: Core } | null)?.cy;
  if (cy && cy.zoom() !== count.zoomAtStart) count.zoomChanged = true;
  if (cy && JSON.stringify(cy.pan()) !== count.panAtStart) count.panChanged = true;
  return count;
}

/**
 * Resolves once frames have come at least every 50 ms for `quietMs` (or after `maxMs`): the work
 * an earlier gesture left (a hover's redraw, labels settling after a zoom) is done.
 */
export function waitForQuietFrames(args: { quietMs: number; maxMs: number }): Promise<void> {
  return new Promise((resolve) => {
    const start = performance.now();
    let quietSince = start;
    let previous = start;
    const tick = (now: number): void => {
      if (now - previous > 50) quietSince = now;
      previous = now;
      if (now - quietSince >= args.quietMs || now - start >= args.maxMs) resolve();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * A point on the graph's canvas (page coordinates) at least `clearance` px from every actor's
 * body, as near its centre as can be found: where a drag pans the view rather than moving an actor.
 */
export function emptyCanvasPoint(clearance: number): { x: number; y: number } | null {
  const canvas = document.querySelector('entente-app')?.shadowRoot?.querySelector('graph-canvas');
  const cy = canvas?.cy ?? (document.querySelector('#cy') as unknown as { cy?: Core } | null)?.cy;
  const rect = cy?.container()?.getBoundingClientRect();
  if (!cy || !rect) return null;
  // Cells of 4 px that some actor's body (plus the clearance) covers.
  const cell = 4;
  const columns = Math.ceil(rect.width / cell);
  const taken = new Set<number>();
  cy.nodes(':visible').forEach((node) => {
    const box = node.renderedBoundingBox({ includeLabels: false });
    const x1 = Math.max(0, Math.floor((box.x1 - clearance) / cell));
    const x2 = Math.min(columns - 1, Math.floor((box.x2 + clearance) / cell));
    const y1 = Math.max(0, Math.floor((box.y1 - clearance) / cell));
    const y2 = Math.floor((box.y2 + clearance) / cell);
    for (let x = x1; x <= x2; x++) for (let y = y1; y <= y2; y++) taken.add(y * columns + x);
  });
  // Outward from the centre in rings of one cell, no nearer the edge than a fifth of the canvas.
  const centre = { x: Math.floor(rect.width / 2 / cell), y: Math.floor(rect.height / 2 / cell) };
  const reach = Math.floor((rect.height * 0.3) / cell);
  for (let ring = 0; ring <= reach; ring++) {
    for (let dx = -ring; dx <= ring; dx++) {
      for (const dy of Math.abs(dx) === ring ? Array.from({ length: 2 * ring + 1 }, (_, i) => i - ring) : [-ring, ring]) {
        const x = centre.x + dx;
        const y = centre.y + dy;
        if (!taken.has(y * columns + x)) return { x: rect.left + (x + 0.5) * cell, y: rect.top + (y + 0.5) * cell };
      }
    }
  }
  return null;
}

/**
 * The baseline page: once the vendor scripts have loaded, draws the same elements with the same
 * stylesheet in a plain full-window container, with one layout and a seeded Math.random.
 */
export function runBaseline(args: BaselineArgs): void {
  const win = window as unknown as BenchWindow;
  const seeded = (seed: number) => {
    let state = seed >>> 0;
    return () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  };
  const layouts = {
    'fcose-default': { name: 'fcose', quality: 'default', randomize: true, animate: false, fit: true, padding: 40 },
    'fcose-draft': { name: 'fcose', quality: 'draft', randomize: true, animate: false, fit: true, padding: 40 },
    cose: { name: 'cose', randomize: true, animate: false, fit: true, padding: 40 },
    preset: { name: 'preset', fit: true, padding: 40 },
  } as const;
  window.addEventListener('load', () => {
    void (async () => {
      try {
        const [elements, style] = (await Promise.all([fetch(args.elementsUrl).then((r) => r.json()), fetch(args.styleUrl).then((r) => r.json())])) as [ElementDefinition[], StylesheetJson];
        const cytoscape = win.cytoscape;
        const container = document.querySelector('#cy');
        if (!cytoscape || !container) throw new Error('cytoscape or its container is missing');
        // Created with the given positions (preset, unfitted); the measured layout runs next.
        const cy = cytoscape({ container, elements, style, layout: { name: 'preset', fit: false } });
        (container as unknown as { cy: Core }).cy = cy;
        const original = Math.random;
        Math.random = seeded(args.seed);
        const started = performance.now();
        try {
          cy.layout(layouts[args.layout]).run();
        } finally {
          Math.random = original;
        }
        const layoutMs = performance.now() - started;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const outcome: BaselineOutcome = { layoutMs, firstFrameAt: performance.now() };
            if (args.keepPositions) outcome.positions = Object.fromEntries(cy.nodes().map((node) => [node.id(), { ...node.position() }]));
            win.benchBaseline = outcome;
          };
          channel.port2.postMessage(null);
        });
      } catch (error) {
        win.benchBaseline = { layoutMs: NaN, firstFrameAt: NaN, error: error instanceof Error ? error.message : String(error) };
      }
    })();
  });
}

/**
 * Gives the baseline page's elements the app's classes and view (when known), and adds the two
 * controls the app's toggle and time step are driven by: an "Opposition" checkbox and an "As of
 * year" slider (at the last year; it models the one step). Each hides its elements the way the
 * app's stylesheet does, with the `hidden` class (`display: none`), in one batch.
 */
export function installBaselineControls(args: { changes: BaselineChanges; look: AppLook | null }): void {
  const { changes, look } = args;
  const cy = (document.querySelector('#cy') as unknown as { cy?: Core } | null)?.cy;
  if (!cy) throw new Error('the baseline page has no graph');
  if (look) {
    const classes = new Map(look.classes);
    cy.batch(() => {
      cy.elements().forEach((element) => {
        const names = classes.get(element.id());
        if (names !== undefined) element.classes(names);
      });
    });
    cy.viewport({ zoom: look.zoom, pan: look.pan });
  }
  const byIds = (ids: readonly string[]) => {
    const wanted = new Set(ids);
    return cy.elements().filter((element) => wanted.has(element.id()));
  };
  const opposition = byIds(changes.toggleRelationIds);
  const stepped = byIds([...changes.stepRelationIds, ...changes.stepActorIds]);
  const panel = document.createElement('div');
  panel.style.cssText = 'position: fixed; top: 8px; left: 8px; z-index: 1; background: white; padding: 4px; font: 14px sans-serif;';
  const checkboxLabel = document.createElement('label');
  const checkbox = document.createElement('input');
  checkbox.type = 'checkbox';
  checkbox.checked = true;
  checkbox.addEventListener('change', () => cy.batch(() => opposition.toggleClass('hidden', !checkbox.checked)));
  checkboxLabel.append(checkbox, ' Opposition');
  const sliderLabel = document.createElement('label');
  const slider = document.createElement('input');
  slider.type = 'range';
  slider.min = String(changes.firstYear);
  slider.max = String(changes.lastYear);
  slider.step = '1';
  slider.value = String(changes.lastYear);
  slider.addEventListener('input', () => cy.batch(() => stepped.toggleClass('hidden', Number(slider.value) < changes.lastYear)));
  sliderLabel.append(' As of year ', slider);
  panel.append(checkboxLabel, sliderLabel);
  document.body.append(panel);
}
