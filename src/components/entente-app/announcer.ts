import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describeChange, summarizeShown, type ShownSummary } from '../../state/announcement';
import type { AppStore } from '../../state/app-store';

/**
 * Keeps the words for the last change on show (filters, focus, path, comparison) for a polite
 * live region: `message` changes only when there is something new to say.
 */
export class Announcer implements ReactiveController {
  message = '';
  private shown: ShownSummary | null = null;

  private readonly handleChange = () => {
    const next = summarizeShown(this.store);
    const words = describeChange(this.shown, next);
    this.shown = next;
    if (words !== '' && words !== this.message) {
      this.message = words;
      this.host.requestUpdate();
    }
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: AppStore,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.shown = summarizeShown(this.store);
    this.store.addEventListener('change', this.handleChange);
  }

  hostDisconnected(): void {
    this.store.removeEventListener('change', this.handleChange);
  }
}
