import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AppStore } from './app-store';

/** Re-renders its host whenever the store changes, while the host is connected. */
export class StoreController implements ReactiveController {
  private readonly handleChange = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost,
    readonly store: AppStore,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.store.addEventListener('change', this.handleChange);
  }

  hostDisconnected(): void {
    this.store.removeEventListener('change', this.handleChange);
  }
}
