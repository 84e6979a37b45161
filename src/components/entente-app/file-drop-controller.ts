import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Lets the user drop a file anywhere on its host: says while files are dragged over it (for a
 * hint) and hands over the first file dropped, unless an inner drop zone has taken it.
 */
export class FileDropController implements ReactiveController {
  /** Whether files are being dragged over the host. */
  dragging = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onDrop: (file: File) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('dragover', this.handleDragOver);
    this.host.addEventListener('dragleave', this.handleDragLeave);
    this.host.addEventListener('drop', this.handleDrop);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('dragover', this.handleDragOver);
    this.host.removeEventListener('dragleave', this.handleDragLeave);
    this.host.removeEventListener('drop', this.handleDrop);
    this.dragging = false;
  }

  private readonly handleDragOver = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    // Without this the browser opens the file itself instead of letting it drop here.
    event.preventDefault();
    this.setDragging(true);
  };

  private readonly handleDragLeave = (event: DragEvent) => {
    // Leaving for a child element is not leaving; only leaving the window is.
    if (event.relatedTarget === null) this.setDragging(false);
  };

  private readonly handleDrop = (event: DragEvent) => {
    this.setDragging(false);
    const file = event.dataTransfer?.files[0];
    if (!file || event.defaultPrevented) return;
    event.preventDefault();
    this.onDrop(file);
  };

  private setDragging(dragging: boolean): void {
    if (this.dragging === dragging) return;
    this.dragging = dragging;
    this.host.requestUpdate();
  }
}
