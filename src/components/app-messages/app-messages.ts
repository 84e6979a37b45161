import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ententeDismissEvent } from '../../events/entente-dismiss';
import { formatProblem, type Problem } from '../../model/problem';
import { formatOverflow, summarizeProblems, type ProblemSummary } from '../../model/problem-summary';
import type { Loading, LoadStage } from '../../state/loading';
import { sharedStyles } from '../shared-styles';
import { spinnerStyles } from '../spinner-styles';
import { appMessagesStyles } from './app-messages.styles';

/** What each step of opening a dataset is called, and its place among the steps of parsing. */
const parseSteps: ReadonlyMap<LoadStage, { readonly step: number; readonly doing: string }> = new Map([
  ['reading', { step: 1, doing: 'reading the JSON' }],
  ['checking', { step: 2, doing: 'checking the data' }],
  ['receiving', { step: 3, doing: 'taking in the checked data' }],
]);

/**
 * Messages for the user, as toasts over the page: what is being opened and how far it has got (a
 * status with a progress bar and Cancel), why a file could not be opened (an alert listing every
 * problem by line and path) and a passing notice (a status). Each can be dismissed.
 *
 * @fires entente-dismiss - the user dismissed the problems or the notice, or cancelled the loading
 */
@customElement('app-messages')
export class AppMessages extends LitElement {
  static override styles = [sharedStyles, spinnerStyles, appMessagesStyles];

  @property({ attribute: false }) problems: readonly Problem[] = [];
  /** The file the problems are in; empty when unknown. */
  @property() problemsFile = '';
  @property({ attribute: false }) notice: string | null = null;
  /** What is being opened, and how far it has got; null when nothing is. */
  @property({ attribute: false }) loading: Loading | null = null;

  /** Thousands of problems would freeze the page: a few of each kind are listed, the rest counted. */
  private summary: ProblemSummary = summarizeProblems([]);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('problems')) this.summary = summarizeProblems(this.problems);
  }

  protected override render() {
    const { problems, notice, loading, summary } = this;
    const file = this.problemsFile || undefined;
    return html`<div class="loading" role="status">${loading === null ? nothing : this.renderLoading(loading)}</div>${problems.length > 0
      ? html`<div class="problems" role="alert">
          <div>
            <strong>${file ?? 'The dataset'} could not be opened (${problems.length.toLocaleString('en')} ${problems.length === 1 ? 'problem' : 'problems'}); what was on show stays:</strong>
            <ul tabindex="0" aria-label="Problems">
              ${summary.shown.map((problem) => html`<li><code>${formatProblem(problem, file)}</code></li>`)}
              ${summary.overflow.map((overflow) => html`<li class="overflow">${formatOverflow(overflow)}</li>`)}
            </ul>
          </div>
          <button type="button" @click=${() => this.dispatchEvent(ententeDismissEvent('problems'))}>Dismiss</button>
        </div>`
      : nothing}${notice
      ? html`<div class="notice" role="status">
          <span>${notice}</span><button type="button" @click=${() => this.dispatchEvent(ententeDismissEvent('notice'))}>Dismiss</button>
        </div>`
      : nothing}`;
  }

  /**
   * The live region's text changes only from step to step, so a screen reader hears each step
   * once; the bar shows the progress within a step.
   */
  private renderLoading({ name, stage, fraction }: Loading) {
    const parse = parseSteps.get(stage);
    const cancel = html`<button type="button" @click=${() => this.dispatchEvent(ententeDismissEvent('loading'))}>Cancel</button>`;
    if (!parse) return html`<span class="spinner" aria-hidden="true"></span><span>Loading the dataset from ${name}…</span>${cancel}`;
    return html`<span class="spinner" aria-hidden="true"></span
      ><span>Opening ${name}: ${parse.doing} (step ${parse.step} of ${parseSteps.size})…</span
      ><progress max=${parseSteps.size} .value=${parse.step - 1 + fraction} aria-label=${`Opening ${name}`}></progress>${cancel}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'app-messages': AppMessages;
  }
}
