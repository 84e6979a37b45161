import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { searchActors, type ActorMatch } from '../../analysis/search-actors';
import { ententeSelectEvent } from '../../events/entente-select';
import type { Actor } from '../../model/schema';
import { controlStyles } from '../control-styles';
import { sharedStyles } from '../shared-styles';
import { actorSearchStyles } from './actor-search.styles';

/**
 * Find an actor by name or alias ("Kremlin" finds Russia). A combobox with suggestions: arrows
 * move through them, Enter picks the highlighted one (or the first), which selects and centres it.
 *
 * @fires entente-select - the picked actor, with `reveal` set
 */
@customElement('actor-search')
export class ActorSearch extends LitElement {
  static override styles = [sharedStyles, controlStyles, actorSearchStyles];

  @property({ attribute: false }) actors: readonly Actor[] = [];

  @state() private query = '';
  @state() private active = 0;
  @state() private open = false;

  private get suggestions(): ActorMatch[] {
    return searchActors(this.actors, this.query);
  }

  protected override render() {
    const matches = this.open ? this.suggestions : [];
    const expanded = matches.length > 0;
    return html`
      <div class="box">
        <label for="query" class="visually-hidden">Find an actor by name or alias</label>
        <input
          id="query"
          type="search"
          placeholder="Find an actor (name or alias)"
          autocomplete="off"
          role="combobox"
          aria-autocomplete="list"
          aria-controls=${expanded ? 'suggestions' : nothing}
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-activedescendant=${expanded ? `option-${this.active}` : nothing}
          .value=${this.query}
          @input=${this.handleInput}
          @keydown=${this.handleKeydown}
          @blur=${() => setTimeout(() => (this.open = false), 150)}
        />
        ${expanded
          ? html`<ul id="suggestions" role="listbox" aria-label="Matching actors">
              ${matches.map(
                (match, i) => html`<li
                  id=${`option-${i}`}
                  role="option"
                  aria-selected=${i === this.active ? 'true' : 'false'}
                  @mousedown=${(e: Event) => e.preventDefault()}
                  @click=${() => this.pick(match)}
                >
                  ${match.actor.name} ${match.alias ? html`<span class="alias">(${match.alias})</span>` : nothing}
                </li>`,
              )}
            </ul>`
          : nothing}
        ${this.open && this.query.trim() !== '' && matches.length === 0 ? html`<p class="hint" role="status">No actor matches “${this.query}”.</p>` : nothing}
      </div>
    `;
  }

  private readonly handleInput = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    this.active = 0;
    this.open = true;
  };

  private readonly handleKeydown = (event: KeyboardEvent) => {
    const count = this.suggestions.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      this.open = true;
      this.active = (this.active + 1) % count;
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      this.active = (this.active - 1 + count) % count;
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const match = this.suggestions[this.open ? this.active : 0];
      if (match) this.pick(match);
    } else if (event.key === 'Escape') {
      // Escape here clears the box or closes its list, never the side panel too.
      event.stopPropagation();
      this.open = false;
    }
  };

  private pick(match: ActorMatch): void {
    this.query = match.actor.name;
    this.open = false;
    this.dispatchEvent(ententeSelectEvent({ kind: 'actor', id: match.actor.id }, { reveal: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'actor-search': ActorSearch;
  }
}
