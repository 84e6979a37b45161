import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ententeDismissEvent } from '../../events/entente-dismiss';
import { formatProblem, type Problem } from '../../model/problem';
import { formatOverflow, summarizeProblems, type ProblemSummary } from '../../model/problem-summary';
import { sharedStyles } from '../shared-styles';
import { spinnerStyles } from '../spinner-styles';
import { appMessagesStyles } from './app-messages.styles';

/**
 * Messages for the user, as toasts over the page: why a file could not be opened (an alert listing every
 * problem by line and path) and a passing notice (a status). Each can be dismissed.
 *
 * @fires entente-dismiss - the user dismissed the problems or the notice
 */
@customElement('app-messages')
export class AppMessages extends LitElement {
  static override styles = [sharedStyles, spinnerStyles, appMessagesStyles];

  @property({ attribute: false }) problems: readonly Problem[] = [];
  /** The file the problems are in; empty when unknown. */
  @property() problemsFile = '';
  @property({ attribute: false }) notice: string | null = null;
  /** What is being fetched, named for the user; null when nothing is. */
  @property({ attribute: false }) loading: string | null = null;

  /** Thousands of problems would freeze the page: a few of each kind are listed, the rest counted. */
  private summary: ProblemSummary = summarizeProblems([]);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('problems')) this.summary = summarizeProblems(this.problems);
  }

  protected override render() {
    const { problems, notice, loading, summary } = this;
    const file = this.problemsFile || undefined;
    return html`<div class="loading" role="status">${loading === null ? nothing : html`<span class="spinner" aria-hidden="true"></span><span>Loading the dataset from ${loading}…</span
          ><button type="button" @click=${() => this.dispatchEvent(ententeDismissEvent('loading'))}>Cancel</button>`}</div>${problems.length > 0
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
}

declare global {
  interface HTMLElementTagNameMap {
    'app-messages': AppMessages;
  }
}
