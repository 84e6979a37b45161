import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EntenteExportEvent } from '../../events/entente-export';
import type { AppStore } from '../../state/app-store';
import type { DatasetLoader } from '../../state/dataset-loader';
import { bundledOrigin } from '../../state/dataset-origin';

type Host = ReactiveControllerHost &
  HTMLElement & { readonly store: AppStore; readonly loader: DatasetLoader | undefined; readonly renderRoot: ParentNode };

/**
 * Answers the Export menu from anywhere inside its host: runs the export on the host's graph and
 * says in the store's notice what was downloaded, or why it failed.
 */
export class ExportController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('entente-export', this.handleExport);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('entente-export', this.handleExport);
  }

  private readonly handleExport = (event: EntenteExportEvent): void => {
    event.stopPropagation();
    const { store } = this.host;
    const canvas = this.host.renderRoot.querySelector('graph-canvas');
    if (!canvas) return;
    // Snapshots of the bundled dataset refer to it rather than embed it.
    const isBundled = (hash: string) => store.state.origin === bundledOrigin && this.host.loader?.hashOfBundled() === hash;
    const now = new Date();
    // The serializers and the snapshot format load with the first export.
    import('./exporter')
      .then(({ runExport }) => runExport(event.detail, { store, canvas, now, isBundled }))
      .then(
      (what) => store.setNotice(`Exported ${what}.`),
      (error: unknown) => store.setNotice(`The export failed: ${error instanceof Error ? error.message : String(error)}.`),
    );
  };
}
