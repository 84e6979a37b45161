import { html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ententeExportEvent, type CsvChoices, type ExportFormat, type GraphmlChoices, type PictureChoices } from '../../events/entente-export';
import type { CsvDelimiter } from '../../export/csv-text';
import { ententeOpenFileEvent } from '../../events/entente-open-file';
import { exportFormats } from '../../export/formats';
import type { GraphmlEdges } from '../../export/graphml';
import { controlStyles } from '../control-styles';
import { sharedStyles } from '../shared-styles';
import { exportMenuStyles } from './export-menu.styles';

const csvDelimiters: readonly { readonly value: CsvDelimiter; readonly label: string }[] = [
  { value: ',', label: 'comma' },
  { value: ';', label: 'semicolon' },
  { value: '\t', label: 'tab' },
];

const graphmlEdgeChoices: readonly { readonly value: GraphmlEdges; readonly label: string }[] = [
  { value: 'relation', label: 'one per relation' },
  { value: 'pair', label: 'one per source and target (Gephi)' },
];

/**
 * The Export menu: pictures (PNG, SVG) with their options, data files of what is visible, and
 * snapshots that restore the exact view.
 *
 * @fires entente-export - a format and the picture options
 * @fires entente-open-file - a snapshot file the user chose
 */
@customElement('export-menu')
export class ExportMenu extends LitElement {
  static override styles = [sharedStyles, controlStyles, exportMenuStyles];

  @state() private open = false;
  @state() private picture: PictureChoices = { scope: 'view', scale: 2, background: 'white', legend: true, credit: true };
  @state() private csv: CsvChoices = { delimiter: ',', formulaGuard: true };
  @state() private graphml: GraphmlChoices = { edges: 'relation' };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.handleOutside);
    document.addEventListener('keydown', this.handleDocumentKeydown);
    this.addEventListener('focusout', this.handleFocusOut);
  }

  override disconnectedCallback(): void {
    document.removeEventListener('pointerdown', this.handleOutside);
    document.removeEventListener('keydown', this.handleDocumentKeydown);
    this.removeEventListener('focusout', this.handleFocusOut);
    super.disconnectedCallback();
  }

  protected override render() {
    return html`
      <button type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="export-menu" @click=${() => (this.open = !this.open)}>
        Export ▾
      </button>
      ${this.open ? this.renderMenu() : nothing}
    `;
  }

  private renderMenu() {
    const p = this.picture;
    const set = (patch: Partial<PictureChoices>) => (this.picture = { ...p, ...patch });
    return html`<div class="menu" id="export-menu" role="group" aria-label="Export" @keydown=${this.handleKeydown}>
      <fieldset>
        <legend>Picture</legend>
        <div class="row">
          <label><input type="radio" name="scope" .checked=${p.scope === 'view'} @change=${() => set({ scope: 'view' })} /> Current view</label>
          <label><input type="radio" name="scope" .checked=${p.scope === 'full'} @change=${() => set({ scope: 'full' })} /> Whole graph</label>
        </div>
        <div class="row">
          <label>
            Scale
            <select aria-label="PNG scale" @change=${(e: Event) => set({ scale: Number((e.target as HTMLSelectElement).value) })}>
              ${[1, 2, 3, 4].map((n) => html`<option value=${n} ?selected=${p.scale === n}>${n}×</option>`)}
            </select>
          </label>
          <label><input type="radio" name="bg" .checked=${p.background === 'white'} @change=${() => set({ background: 'white' })} /> White</label>
          <label><input type="radio" name="bg" .checked=${p.background === 'transparent'} @change=${() => set({ background: 'transparent' })} /> Transparent</label>
        </div>
        <div class="row">
          <label><input type="checkbox" .checked=${p.legend} @change=${(e: Event) => set({ legend: (e.target as HTMLInputElement).checked })} /> Legend</label>
          <label><input type="checkbox" .checked=${p.credit} @change=${(e: Event) => set({ credit: (e.target as HTMLInputElement).checked })} /> Credit line</label>
        </div>
        <div class="buttons">${this.formatButtons('image', false)}</div>
      </fieldset>
      <fieldset>
        <legend>Data (what is visible)</legend>
        <div class="buttons">${this.formatButtons('data', true)}</div>
        <div class="row">
          <label>
            CSV separator
            <select @change=${(e: Event) => (this.csv = { ...this.csv, delimiter: csvDelimiters[(e.target as HTMLSelectElement).selectedIndex]?.value ?? ',' })}>
              ${csvDelimiters.map(({ value, label }) => html`<option ?selected=${this.csv.delimiter === value}>${label}</option>`)}
            </select>
          </label>
          <label title="Prefix cells that start with = + - @ with an apostrophe, so a spreadsheet does not run them as formulas">
            <input type="checkbox" .checked=${this.csv.formulaGuard} @change=${(e: Event) => (this.csv = { ...this.csv, formulaGuard: (e.target as HTMLInputElement).checked })} />
            CSV formula guard
          </label>
        </div>
        <div class="row">
          <label
            title="Gephi's default import merges GraphML edges that share a source and target; one edge per pair, holding all its relations, loses none"
          >
            GraphML edges
            <select @change=${(e: Event) => (this.graphml = { edges: graphmlEdgeChoices[(e.target as HTMLSelectElement).selectedIndex]?.value ?? 'relation' })}>
              ${graphmlEdgeChoices.map(({ value, label }) => html`<option ?selected=${this.graphml.edges === value}>${label}</option>`)}
            </select>
          </label>
        </div>
      </fieldset>
      <fieldset>
        <legend>Snapshot</legend>
        <div class="buttons">
          <button type="button" @click=${() => this.request('snapshot')}>Save snapshot</button>
          <label>
            <span class="visually-hidden">Open snapshot</span>
            <button type="button" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#snapshot-file')?.click()}>Open snapshot…</button>
            <input id="snapshot-file" type="file" accept=".json,application/json" hidden @change=${this.handleSnapshotFile} />
          </label>
        </div>
        <span class="hint">A snapshot restores this exact picture: filters, time, focus, selection, positions, zoom.</span>
      </fieldset>
    </div>`;
  }

  /** One button per registered format of this kind; data formats show their hint. */
  private formatButtons(kind: 'image' | 'data', showHint: boolean) {
    return exportFormats
      .filter((format) => format.kind === kind)
      .map(
        ({ id, label, hint }) => html`<button type="button" title=${hint} @click=${() => this.request(id)}>
          ${label}${showHint ? html`<span class="hint" aria-hidden="true">${hint}</span>` : nothing}
        </button>`,
      );
  }

  private request(format: ExportFormat): void {
    this.dispatchEvent(ententeExportEvent({ format, picture: this.picture, csv: this.csv, graphml: this.graphml }));
  }

  private readonly handleSnapshotFile = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) this.dispatchEvent(ententeOpenFileEvent(file, 'snapshot'));
    input.value = '';
    this.open = false;
  };

  private readonly handleKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.open = false;
      this.renderRoot.querySelector<HTMLButtonElement>('button[aria-controls="export-menu"]')?.focus();
    }
  };

  private readonly handleOutside = (event: PointerEvent) => {
    if (this.open && !event.composedPath().includes(this)) this.open = false;
  };

  /** Escape closes the menu wherever focus is (inside, it is handled above, with focus back on the button). */
  private readonly handleDocumentKeydown = (event: KeyboardEvent) => {
    if (!this.open || event.key !== 'Escape') return;
    // Only the menu closes: not the side panel as well.
    event.stopPropagation();
    this.open = false;
  };

  /** Focus moving out of the menu (Tab past its end, say) closes it, as with any menu. */
  private readonly handleFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget;
    // Seen from here, focus that stays inside is retargeted to this element.
    if (this.open && next instanceof Node && next !== this && !this.contains(next)) this.open = false;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'export-menu': ExportMenu;
  }
}
