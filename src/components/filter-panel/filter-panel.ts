import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ViewState } from '../../analysis/view-state';
import type { Visibility } from '../../analysis/visibility';
import { ententeViewChangeEvent } from '../../events/entente-view-change';
import { actorKinds, stanceTypes, tieTypes } from '../../model/vocabulary';
import type { ActorKind, RelationType } from '../../model/schema';
import { actorLooks, relationLooksIn } from '../../../styles/palette';
import { ColorSchemeController } from '../color-scheme-controller';
import { controlStyles } from '../control-styles';
import { relationTypeStyles } from '../relation-type-styles';
import { sharedStyles } from '../shared-styles';
import { filterPanelStyles } from './filter-panel.styles';

function toggled<T>(list: readonly T[], item: T, hidden: boolean): T[] {
  return hidden ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}

/**
 * Relation-type and actor-kind toggles with live counts, hiding isolated actors, and the
 * certainty filter. Filters change what is visible, never what is selected.
 *
 * @fires entente-view-change - with the changed part of the view state
 */
@customElement('filter-panel')
export class FilterPanel extends LitElement {
  static override styles = [sharedStyles, controlStyles, relationTypeStyles, filterPanelStyles];

  @property({ attribute: false }) view: ViewState | undefined;
  @property({ attribute: false }) visibility: Visibility | null = null;

  private readonly colorScheme = new ColorSchemeController(this);

  protected override render() {
    const { view, visibility } = this;
    if (!view || !visibility) return nothing;
    return html`
      ${this.renderTypes('Stances', stanceTypes, view, visibility)} ${this.renderTypes('Ties', tieTypes, view, visibility)}
      <fieldset>
        <legend>Actors</legend>
        ${actorKinds.map((kind) => {
          const count = visibility.kindCounts[kind];
          return html`<label>
            <input
              type="checkbox"
              .checked=${!view.hiddenKinds.includes(kind)}
              @change=${(e: Event) => this.change({ hiddenKinds: toggled<ActorKind>(view.hiddenKinds, kind, !(e.target as HTMLInputElement).checked) })}
            />
            ${actorLooks[kind].label}
            ${this.renderCount(count)}
          </label>`;
        })}
        <label>
          <input type="checkbox" .checked=${view.hideIsolated} @change=${(e: Event) => this.change({ hideIsolated: (e.target as HTMLInputElement).checked })} />
          Hide actors without visible relations
        </label>
      </fieldset>
      <fieldset>
        <legend>Certainty</legend>
        <label><input type="radio" name="certainty" .checked=${!view.statedOnly} @change=${() => this.change({ statedOnly: false })} /> Stated and inferred</label>
        <label><input type="radio" name="certainty" .checked=${view.statedOnly} @change=${() => this.change({ statedOnly: true })} /> Stated only</label>
      </fieldset>
    `;
  }

  private renderTypes(heading: string, types: readonly RelationType[], view: ViewState, visibility: Visibility) {
    return html`<fieldset>
      <legend>${heading}</legend>
      ${types.map((type) => {
        const count = visibility.typeCounts[type];
        const look = relationLooksIn(this.colorScheme.scheme)[type];
        return html`<label title=${look.meaning}>
          <input
            type="checkbox"
            .checked=${!view.hiddenTypes.includes(type)}
            @change=${(e: Event) => this.change({ hiddenTypes: toggled<RelationType>(view.hiddenTypes, type, !(e.target as HTMLInputElement).checked) })}
          />
          <svg class="swatch" width="18" height="6" viewBox="0 0 18 6" aria-hidden="true">
            <line x1="0" y1="3" x2="18" y2="3" stroke=${look.color} stroke-width="3" stroke-dasharray=${look.lineStyle === 'dashed' ? '4 2' : 'none'} />
          </svg>
          ${look.label}
          ${this.renderCount(count)}
        </label>`;
      })}
    </fieldset>`;
  }

  /** "12/26" on screen, "12 of 26 visible" for a screen reader. */
  private renderCount(count: { readonly visible: number; readonly total: number }) {
    return html`<span class="count" aria-hidden="true">${count.visible}/${count.total}</span
      ><span class="visually-hidden">${count.visible} of ${count.total} visible</span>`;
  }

  private change(patch: Partial<ViewState>): void {
    this.dispatchEvent(ententeViewChangeEvent(patch));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'filter-panel': FilterPanel;
  }
}
