import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ententeDismissEvent } from '../../events/entente-dismiss';
import { formatProblem, type Problem } from '../../model/problem';
import { sharedStyles } from '../shared-styles';
import { appMessagesStyles } from './app-messages.styles';

/**
 * Messages for the user, as toasts over the page: why a file could not be opened (an alert listing every
 * problem by line and path) and a passing notice (a status). Each can be dismissed.
 *
 * @fires entente-dismiss - the user dismissed the problems or the notice
 */
@customElement('app-messages')
export class AppMessages extends LitElement {
  static override styles = [sharedStyles, appMessagesStyles];

  @property({ attribute: false }) problems: readonly Problem[] = [];
  /** The file the problems are in; empty when unknown. */
  @property() problemsFile = '';
  @property({ attribute: false }) notice: string | null = null;

  protected override render() {
    const { problems, notice } = this;
    const file = this.problemsFile || undefined;
    return html`${problems.length > 0
      ? html`<div class="problems" role="alert">
          <div>
            <strong>${file ?? 'The dataset'} could not be opened (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}); what was on show stays:</strong>
            <ul>
              ${problems.map((problem) => html`<li><code>${formatProblem(problem, file)}</code></li>`)}
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
