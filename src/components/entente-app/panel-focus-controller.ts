import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PanelPart } from '../side-panel/side-panel';
import { upgradedElement } from '../upgraded-element';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Keyboard focus around the side panel (WCAG 2.4.3): what opens takes focus at its heading, and
 * closing it gives focus back to where it was, or else to the graph.
 */
export class PanelFocusController implements ReactiveController {
  /** Where keyboard focus was before a panel opened and took it. */
  private returnFocus: HTMLElement | null = null;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** After the update, moves focus to the heading of the panel part that opened, remembering where it was. */
  focusPanel(part: PanelPart): void {
    this.remember();
    void this.host.updateComplete.then(async () => (await upgradedElement(this.host.renderRoot, 'side-panel'))?.focusHeading(part));
  }

  /** Notes where focus is now, unless it is already in the panel (not where it came from) or nowhere. */
  remember(): void {
    const before = deepActiveElement();
    if (before && before !== document.body && !isInside(before, 'side-panel')) this.returnFocus = before;
  }

  /** The panel that had focus closed: focus goes back to what opened it, or else to the graph. */
  giveBack(): void {
    const back = this.returnFocus;
    this.returnFocus = null;
    void this.host.updateComplete.then(() => {
      back?.focus();
      // Gone, or hidden since (in a closed drawer, say): focus goes to the graph, not the page.
      if (!back || deepActiveElement() !== back) this.focusGraph();
    });
  }

  focusGraph(): void {
    this.host.renderRoot.querySelector('graph-canvas')?.focusGraph();
  }
}

/** True when the event passed through an element of this name (inside shadow roots too). */
export function cameThrough(event: Event, localName: string): boolean {
  return event.composedPath().some((target) => target instanceof HTMLElement && target.localName === localName);
}

function isInside(element: Element, localName: string): boolean {
  for (let node: Node | null = element; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof HTMLElement && node.localName === localName) return true;
  }
  return false;
}

/** The element with keyboard focus, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}
