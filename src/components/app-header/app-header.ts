import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ententeOpenFileEvent } from '../../events/entente-open-file';
import { ententeReaderToggleEvent } from '../../events/entente-reader-toggle';
import { ententeShowBundledEvent } from '../../events/entente-show-bundled';
import { doiUrl, formatCitation } from '../../model/citation';
import type { Dataset } from '../../model/schema';
import { sharedStyles } from '../shared-styles';
import { appHeaderStyles } from './app-header.styles';

/**
 * The page header, one line: which dataset is on show and where it came from, its source in an
 * info popover (so the graph keeps the room), and the actions on it (open another, go back to the bundled one, export, read the source text).
 * Its `<export-menu>` is defined just after the first picture, with the app's other deferred
 * elements (entente-app/deferred-elements.ts).
 *
 * @fires entente-open-file - a dataset file the user chose
 * @fires entente-show-bundled - the user asked for the bundled dataset again
 * @fires entente-reader-toggle - the user opened or closed the source reader
 * @fires entente-export - (from the Export menu) a file to export
 */
@customElement('app-header')
export class AppHeader extends LitElement {
  static override styles = [sharedStyles, appHeaderStyles];

  /** The dataset on show (named `data`: HTMLElement already has `dataset`). */
  @property({ attribute: false }) data: Dataset | undefined;
  /** Where the dataset on show came from: a file name or address, or undefined for the bundled one. */
  @property({ attribute: false }) openedFrom: string | undefined;
  /** Whether other datasets can be opened here. */
  @property({ type: Boolean }) canOpen = false;
  @property({ type: Boolean }) readerOpen = false;

  protected override render() {
    const { data: dataset, openedFrom } = this;
    const source = dataset?.sources[0];
    return html`<header>
      <h1>Entente</h1>
      ${dataset
        ? html`<span class="dataset-title" title=${dataset.title}>${dataset.title}</span>
            <button type="button" class="info" popovertarget="about" aria-label="About this dataset and its source" title="About this dataset">i</button>
            <span class="dataset-origin" role="note" aria-label="Dataset on show">${openedFrom === undefined ? 'bundled dataset' : `opened from ${openedFrom}`}</span>
            <div id="about" popover>
              ${dataset.description ? html`<p>${dataset.description}</p>` : nothing}
              ${source
                ? html`<p class="source">
                    From ${formatCitation(source)}${source.doi
                      ? html`, <a href=${doiUrl(source.doi)} target="_blank" rel="noopener noreferrer">doi:${source.doi}</a>`
                      : nothing}
                  </p>`
                : nothing}
            </div>`
        : nothing}
      <div class="actions">
        ${this.canOpen
          ? html`<button type="button" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#dataset-file')?.click()}>Open dataset…</button>
              <input id="dataset-file" type="file" accept=".json,application/json" hidden aria-label="Open dataset" @change=${this.handleDatasetFile} />
              ${openedFrom !== undefined ? html`<button type="button" @click=${() => this.dispatchEvent(ententeShowBundledEvent())}>Back to bundled dataset</button>` : nothing}`
          : nothing}
        ${dataset
          ? html`<export-menu></export-menu>
              <button type="button" aria-pressed=${this.readerOpen ? 'true' : 'false'} @click=${() => this.dispatchEvent(ententeReaderToggleEvent(!this.readerOpen))}>
                Read source text
              </button>`
          : nothing}
      </div>
    </header>`;
  }

  private readonly handleDatasetFile = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) this.dispatchEvent(ententeOpenFileEvent(file, 'dataset'));
    // The same file chosen again (after fixing it) must fire again.
    input.value = '';
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'app-header': AppHeader;
  }
}
