import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ViewState } from '../../analysis/view-state';
import type { FrameMode, Insets } from '../../graph/camera';
import type { Viewport } from '../../graph/viewport';
import type { AppStore } from '../../state/app-store';
import { cameraTarget } from './camera-target';
import { frameClearOfPanels, panelInsets } from './covered-insets';

type Host = ReactiveControllerHost & { readonly store: AppStore; readonly renderRoot: ParentNode };

/**
 * Moves the graph's camera to what a view change is about (a path, a comparison, a focus that
 * hides the rest) and, on request, to what the user picked: always clear of the panels over the graph.
 */
export class CameraDirector implements ReactiveController {
  /** What the camera last saw, to tell what a change asks it to show. */
  private saw: { view: ViewState; viewport: Viewport | null } | undefined;

  /** The graph asks this when it fits itself (the blocs view): the panels it must keep clear of. */
  readonly coveredInsets = (): Insets => panelInsets(this.host.renderRoot);

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { view, viewport } = this.host.store.state;
    const before = this.saw;
    this.saw = { view, viewport };
    const emphasis = this.host.store.emphasis;
    // A restored snapshot brings its own camera.
    const target = before && emphasis && before.viewport === viewport ? cameraTarget(before.view, view, emphasis) : undefined;
    if (target) this.frame(target, 'fit');
  }

  /** Once the host and the graph show the current view. */
  frame(ids: readonly string[], mode: FrameMode): void {
    void this.host.updateComplete.then(() => frameClearOfPanels(this.host.renderRoot, ids, mode));
  }
}
