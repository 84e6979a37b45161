import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { PairAlignment } from '../../analysis/alignment';
import { alignmentGrade, signedScore } from '../../analysis/alignment-scale';
import { countNoun } from '../../model/count-noun';
import { actorName, type DatasetIndex } from '../../model/dataset-index';
import { relationDetails } from '../relation-details';
import { relationListStyles } from '../relation-list-styles';
import { sharedStyles } from '../shared-styles';
import { alignmentExplanationStyles } from './alignment-explanation.styles';

const stanceWords = (value: number): string => (value > 0 ? 'backs' : value < 0 ? 'opposes' : 'torn');

/**
 * Why two actors score what they do: their direct stance and their stances towards each third
 * party both take one on, each with the relations behind it, expandable to their quotes.
 *
 * @fires entente-select - "Show in graph" on one of the relations
 */
@customElement('alignment-explanation')
export class AlignmentExplanation extends LitElement {
  static override styles = [sharedStyles, relationListStyles, alignmentExplanationStyles];

  @property({ attribute: false }) index: DatasetIndex | undefined;
  @property({ attribute: false }) alignment: PairAlignment | undefined;

  protected override render() {
    const { index, alignment } = this;
    if (!index || !alignment) return nothing;
    const [a, b] = alignment.actors.map((id) => actorName(index, id));
    const grade = alignmentGrade(alignment);
    if (alignment.basis === 'none') {
      return html`<h3>${a} and ${b}</h3>
        <p class="empty">No visible stance connects them, directly or through a third party: no alignment to show.</p>`;
    }
    return html`
      <h3>${a} and ${b}: ${signedScore(alignment.score)} (${grade.symbol} ${grade.words})</h3>
      <p class="how">
        ${alignment.basis === 'direct and shared'
          ? `The mean of their direct stance (${signedScore(alignment.direct ?? 0)}) and their shared stances (${signedScore(alignment.shared ?? 0)}).`
          : alignment.basis === 'direct'
            ? 'Their direct stance alone: they take no stance on any third party in common.'
            : 'Their shared stances alone: no visible stance runs between them.'}
        ${countNoun(alignment.relationIds.length, 'relation')} behind it.
      </p>
      <ul class="terms">
        ${alignment.terms.map((term) =>
          term.kind === 'direct'
            ? html`<li>
                <p><strong>Direct: ${signedScore(term.value)}</strong> (net over total of their ${countNoun(term.relationIds.length, 'relation')})</p>
                <ul>
                  ${term.relationIds.map((id) => html`<li>${relationDetails(this, index, id)}</li>`)}
                </ul>
              </li>`
            : html`<li>
                <p>
                  <strong>Towards ${actorName(index, term.thirdParty)}: ${signedScore(term.value)}</strong>
                  (${a}: ${stanceWords(term.stances[0])}, ${signedScore(term.stances[0])}; ${b}: ${stanceWords(term.stances[1])}, ${signedScore(term.stances[1])})
                </p>
                <ul>
                  ${term.relationIds.map((id) => html`<li>${relationDetails(this, index, id)}</li>`)}
                </ul>
              </li>`,
        )}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alignment-explanation': AlignmentExplanation;
  }
}
