/** The user dismissed a message: the problems of a failed load, a notice, or a load under way (cancelled). */
export type DismissibleMessage = 'problems' | 'notice' | 'loading';

export type EntenteDismissEvent = CustomEvent<{ readonly message: DismissibleMessage }>;

export function ententeDismissEvent(message: DismissibleMessage): EntenteDismissEvent {
  return new CustomEvent('entente-dismiss', { detail: { message }, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'entente-dismiss': EntenteDismissEvent;
  }
}
