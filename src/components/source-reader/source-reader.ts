import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { highlightQuotes, type QuoteHighlights, type QuoteRef } from '../../analysis/quote-highlights';
import { ententeSelectEvent } from '../../events/entente-select';
import { ententeSourceOpenEvent } from '../../events/entente-source-open';
import { countNoun } from '../../model/count-noun';
import type { DatasetIndex } from '../../model/dataset-index';
import type { SelectionRef } from '../../model/selection';
import type { SourceText } from '../../model/source-text';
import { relationEnds } from '../../model/relation-text';
import { sharedStyles } from '../shared-styles';
import { sourceReaderStyles } from './source-reader.styles';

const acceptedFiles = '.txt,.md,.markdown,text/plain,text/markdown';

/**
 * Reads the user's own copy of a source (file picker or drag and drop) with every quote of the
 * dataset highlighted in place. Clicking a highlight selects its relation; quotes not found are
 * listed. The text stays in this browser.
 *
 * @fires entente-source-open - a text file the user chose for a source
 * @fires entente-select - the relation of a clicked highlight
 */
@customElement('source-reader')
export class SourceReader extends LitElement {
  static override styles = [sharedStyles, sourceReaderStyles];

  @property({ attribute: false }) index: DatasetIndex | undefined;
  @property({ attribute: false }) texts: ReadonlyMap<string, SourceText> = new Map();
  @property({ attribute: false }) selection: SelectionRef | null = null;
  /** A quote to scroll to and flash ("show in text"). */
  @property({ attribute: false }) reveal: QuoteRef | null = null;

  @state() private sourceId = '';
  @state() private dragOver = false;
  @state() private error = '';
  /** The highlight that is the text's one Tab stop (roving tabindex); -1: the current one, or the first. */
  @state() private rovingIndex = -1;
  private highlights: { index: DatasetIndex; source: SourceText; value: QuoteHighlights } | undefined;

  protected override willUpdate(): void {
    const sources = this.index?.dataset.sources ?? [];
    if (!sources.some((source) => source.id === this.sourceId)) this.sourceId = sources[0]?.id ?? '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('reveal') && this.reveal) {
      const { relationId, evidenceIndex } = this.reveal;
      const mark = [...this.renderRoot.querySelectorAll<HTMLElement>('mark')].find((m) =>
        (m.dataset['quotes'] ?? '').split(' ').includes(`${relationId}#${evidenceIndex}`),
      );
      if (mark) {
        mark.scrollIntoView({ block: 'center' });
        mark.classList.remove('flash');
        // Reading layout between the two class changes restarts the animation.
        mark.getBoundingClientRect();
        mark.classList.add('flash');
        // Focus goes to the quote shown, which becomes the text's Tab stop.
        this.rovingIndex = Number(mark.dataset['index']);
        mark.focus({ preventScroll: true });
      }
    }
  }

  protected override render() {
    const index = this.index;
    if (!index) return nothing;
    const source = index.sources.get(this.sourceId);
    const text = this.texts.get(this.sourceId);
    return html`
      <h2>Source text</h2>
      ${index.dataset.sources.length > 1
        ? html`<label>Source <select @change=${(e: Event) => (this.sourceId = (e.target as HTMLSelectElement).value)}>
              ${index.dataset.sources.map((s) => html`<option value=${s.id} ?selected=${s.id === this.sourceId}>${s.title}</option>`)}
            </select></label>`
        : html`<p class="muted">${source?.title}</p>`}
      <div
        class=${this.dragOver ? 'drop over' : 'drop'}
        @dragover=${this.handleDragOver}
        @dragleave=${() => (this.dragOver = false)}
        @drop=${this.handleDrop}
      >
        <label>
          ${text ? html`Showing your copy <strong>${text.fileName}</strong>. Open another:` : 'Open your copy of this source (.txt or .md), or drop it here:'}
          <input type="file" accept=${acceptedFiles} @change=${this.handlePick} />
        </label>
        <p class="muted">The text stays on your machine: nothing is uploaded.</p>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      </div>
      ${text ? this.renderText(index, text) : nothing}
    `;
  }

  private renderText(index: DatasetIndex, source: SourceText) {
    if (this.highlights?.index !== index || this.highlights.source !== source) {
      this.highlights = { index, source, value: highlightQuotes(index.dataset, source.sourceId, source.text) };
    }
    const { runs, found, notFound } = this.highlights.value;
    const selectedRelation = this.selection?.kind === 'relation' ? this.selection.id : undefined;
    const marked = runs.filter((run) => run.quotes.length > 0);
    const currentIndex = marked.findIndex((run) => run.quotes.some((q) => q.relationId === selectedRelation));
    const tabStop = this.rovingIndex >= 0 && this.rovingIndex < marked.length ? this.rovingIndex : Math.max(currentIndex, 0);
    let markIndex = -1;
    return html`
      <p role="status">${countNoun(found.length, 'quote')} highlighted${notFound.length > 0 ? `, ${notFound.length} not found` : ''}.</p>
      ${notFound.length > 0
        ? html`<details open>
            <summary>Quotes not found (${notFound.length})</summary>
            <ul>
              ${notFound.map((q) => {
                const relation = index.relations.get(q.relationId);
                return html`<li>“${q.quote}”${relation ? html` (${relationEnds(index, relation)})` : nothing}</li>`;
              })}
            </ul>
          </details>`
        : nothing}
      <p class="muted" id="highlight-keys">Tab reaches the highlights once; the arrow keys move between them, Enter selects a relation.</p>
      <div class="text" @keydown=${this.handleTextKeydown}>${runs.map((run) => {
        if (run.quotes.length === 0) return run.text;
        markIndex++;
        const at = markIndex;
        const first = run.quotes[0];
        const current = run.quotes.some((q) => q.relationId === selectedRelation);
        const select = () => {
          // Choosing again cycles through the relations quoting this passage.
          const at = run.quotes.findIndex((q) => q.relationId === selectedRelation);
          const next = run.quotes[(at + 1) % run.quotes.length] ?? first;
          if (next) this.dispatchEvent(ententeSelectEvent({ kind: 'relation', id: next.relationId }, { reveal: true }));
        };
        return html`<mark
          class=${current ? 'current' : ''}
          tabindex=${at === tabStop ? 0 : -1}
          role="button"
          aria-pressed=${current ? 'true' : 'false'}
          aria-describedby=${at === tabStop ? 'highlight-keys' : nothing}
          data-index=${at}
          @focus=${() => (this.rovingIndex = at)}
          data-quotes=${run.quotes.map((q) => `${q.relationId}#${q.evidenceIndex}`).join(' ')}
          title=${run.quotes.map((q) => index.relations.get(q.relationId)?.summary ?? q.relationId).join('\n')}
          @click=${select}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key !== 'Enter' && event.key !== ' ') return;
            event.preventDefault();
            select();
          }}
          >${run.text}</mark
        >`;
      })}</div>
    `;
  }

  /** Arrow keys, Home and End move between highlights (one Tab stop for them all). */
  private readonly handleTextKeydown = (event: KeyboardEvent) => {
    const marks = [...this.renderRoot.querySelectorAll<HTMLElement>('.text mark')];
    const from = marks.findIndex((mark) => mark === this.renderRoot.querySelector('.text mark:focus'));
    if (from === -1 || marks.length === 0) return;
    const steps: Record<string, number> = { ArrowRight: from + 1, ArrowDown: from + 1, ArrowLeft: from - 1, ArrowUp: from - 1, Home: 0, End: marks.length - 1 };
    const to = steps[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = Math.min(Math.max(to, 0), marks.length - 1);
    this.rovingIndex = next;
    marks[next]?.focus();
  };

  private readonly handleDragOver = (event: DragEvent) => {
    event.preventDefault();
    this.dragOver = true;
  };

  private readonly handleDrop = (event: DragEvent) => {
    event.preventDefault();
    this.dragOver = false;
    const file = event.dataTransfer?.files[0];
    if (file) void this.open(file);
  };

  private readonly handlePick = (event: Event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) void this.open(file);
  };

  private async open(file: File): Promise<void> {
    const looksLikeText = /\.(txt|md|markdown)$/i.test(file.name) || file.type.startsWith('text/');
    if (!looksLikeText) {
      this.error = `${file.name} is not a .txt or .md file; open a plain-text copy of the source.`;
      return;
    }
    this.error = '';
    const text = await file.text();
    this.dispatchEvent(ententeSourceOpenEvent({ sourceId: this.sourceId, fileName: file.name, text }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'source-reader': SourceReader;
  }
}
