/** The user opened their own copy of a source's text, to read quotes in context. */
import type { SourceText } from '../model/source-text';

export type EntenteSourceOpenEvent = CustomEvent<{ readonly source: SourceText }>;

export function ententeSourceOpenEvent(source: SourceText): EntenteSourceOpenEvent {
  return new CustomEvent('entente-source-open', { detail: { source }, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'entente-source-open': EntenteSourceOpenEvent;
  }
}
