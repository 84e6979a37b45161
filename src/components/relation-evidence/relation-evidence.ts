import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { doiUrl, formatCitation } from '../../model/citation';
import type { DatasetIndex } from '../../model/dataset-index';
import { formatWhen } from '../../model/dates';
import { ententeShowInTextEvent } from '../../events/entente-show-in-text';
import { formatLocator } from '../../model/locator';
import { relationEnds } from '../../model/relation-text';
import type { Evidence, Relation } from '../../model/schema';
import { relationLooks } from '../../../styles/palette';
import { detailStyles } from '../detail-styles';
import { relationTypeStyles } from '../relation-type-styles';
import { sharedStyles } from '../shared-styles';
import { relationEvidenceStyles } from './relation-evidence.styles';

export type EvidenceHeadingLevel = 3 | 4 | 5 | 6;

/**
 * One relation and the quotes that justify it: summary, type, direction, date and certainty,
 * then each quote as a blockquote with its locator and its source's citation (DOI linked).
 *
 * @fires entente-show-in-text - "Show in text" on a quote whose source text is open
 */
@customElement('relation-evidence')
export class RelationEvidence extends LitElement {
  static override styles = [sharedStyles, detailStyles, relationTypeStyles, relationEvidenceStyles];

  @property({ attribute: false }) relation: Relation | undefined;
  /**
   * The relations a merged graph edge stands for (one type, one pair of actors): with two or more,
   * each is listed with its summary, date and quotes, in place of `relation`.
   */
  @property({ attribute: false }) relations: readonly Relation[] = [];
  @property({ attribute: false }) index: DatasetIndex | undefined;
  /** Quotes only, for use inside a list that already shows the relation's summary. */
  @property({ type: Boolean }) compact = false;
  /**
   * The level of the "Evidence" heading: one below the heading the quotes sit under (3 under the
   * relation's own h2; deeper inside a list with headings of its own), so the outline stays in order.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: EvidenceHeadingLevel = 3;
  /** Ids of the sources whose text the user has opened: their quotes offer "Show in text". */
  @property({ attribute: false }) openSources: ReadonlySet<string> = new Set();

  protected override render() {
    const { relation, index } = this;
    const first = this.relations[0];
    if (first && this.relations.length > 1 && index) return this.renderSeveral(first, this.relations, index);
    if (!relation || !index) return nothing;
    return html`
      <div class="type-${relation.type}">
        ${this.compact ? nothing : this.renderHeader(relation, index)}
        ${this.renderEvidenceHeading(relation.evidence.length === 1 ? 'Evidence: 1 quote' : `Evidence: ${relation.evidence.length} quotes`)}
        <ol>
          ${relation.evidence.map((evidence, i) => this.renderQuote(relation, evidence, i, index))}
        </ol>
      </div>
    `;
  }

  private renderEvidenceHeading(text: string) {
    switch (this.headingLevel) {
      case 4:
        return html`<h4 class="evidence-heading">${text}</h4>`;
      case 5:
        return html`<h5 class="evidence-heading">${text}</h5>`;
      case 6:
        return html`<h6 class="evidence-heading">${text}</h6>`;
      default:
        return html`<h3 class="evidence-heading">${text}</h3>`;
    }
  }

  private renderSeveral(first: Relation, relations: readonly Relation[], index: DatasetIndex) {
    const look = relationLooks[first.type];
    return html`
      <div class="type-${first.type}">
        <p class="eyebrow">${relations.length} ${look.label.toLowerCase()} relations</p>
        <h2>${relationEnds(index, first)}</h2>
        <ol class="relations">
          ${relations.map(
            (relation) => html`<li>
              <h3>${relation.summary}</h3>
              <p class="when">
                ${formatWhen(relation)}${relation.certainty === 'inferred' ? ', inferred from the text' : ''}
              </p>
              <ol>
                ${relation.evidence.map((evidence, i) => this.renderQuote(relation, evidence, i, index))}
              </ol>
            </li>`,
          )}
        </ol>
      </div>
    `;
  }

  private renderHeader(relation: Relation, index: DatasetIndex) {
    const look = relationLooks[relation.type];
    return html`
      <p class="eyebrow">${look.label} relation</p>
      <h2>${relationEnds(index, relation)}</h2>
      <p class="summary">${relation.summary}</p>
      <dl>
        <dt>Type</dt>
        <dd>${look.label} (${look.meaning})</dd>
        <dt>Direction</dt>
        <dd>${relation.directed ? 'Directed, from the first actor to the second' : 'Mutual, no direction'}</dd>
        <dt>When</dt>
        <dd>${formatWhen(relation)}</dd>
        <dt>Certainty</dt>
        <dd>${relation.certainty === 'stated' ? 'Stated in the text' : 'Inferred from the text, not stated outright'}</dd>
      </dl>
    `;
  }

  private renderQuote(relation: Relation, evidence: Evidence, evidenceIndex: number, index: DatasetIndex) {
    const source = index.sources.get(evidence.source);
    const link = source?.doi ? doiUrl(source.doi) : source?.url;
    return html`<li>
      <figure>
        <blockquote cite=${link ?? nothing}>
          <p>
            ${evidence.prefix ? html`<span class="context">…${evidence.prefix} </span>` : nothing}<span class="quote"
              >${evidence.quote}</span
            >${evidence.suffix ? html`<span class="context">${/^[\p{L}\p{N}'"‘“(]/u.test(evidence.suffix) ? ' ' : ''}${evidence.suffix}…</span>` : nothing}
          </p>
        </blockquote>
        <figcaption>
          ${formatLocator(evidence.locator)}. ${source ? formatCitation(source) : evidence.source}${source?.doi
            ? html`, <a href=${doiUrl(source.doi)} target="_blank" rel="noopener noreferrer">doi:${source.doi}</a>`
            : source?.url
              ? html`, <a href=${source.url} target="_blank" rel="noopener noreferrer">${source.url}</a>`
              : nothing}.
          ${this.openSources.has(evidence.source)
            ? html`<button type="button" class="show-in-text" @click=${() => this.dispatchEvent(ententeShowInTextEvent({ relationId: relation.id, evidenceIndex }))}>
                Show in text
              </button>`
            : nothing}
        </figcaption>
      </figure>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'relation-evidence': RelationEvidence;
  }
}
