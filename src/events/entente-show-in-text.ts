/** The user asked to see a quote in its source text. */
import type { QuoteRef } from '../analysis/quote-highlights';

export type EntenteShowInTextEvent = CustomEvent<{ readonly quote: QuoteRef }>;

export function ententeShowInTextEvent(quote: QuoteRef): EntenteShowInTextEvent {
  return new CustomEvent('entente-show-in-text', { detail: { quote }, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'entente-show-in-text': EntenteShowInTextEvent;
  }
}
