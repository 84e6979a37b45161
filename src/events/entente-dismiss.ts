/** The user dismissed a message: the problems of a failed load, or a notice. */
export type DismissibleMessage = 'problems' | 'notice';

export type EntenteDismissEvent = CustomEvent<{ readonly message: DismissibleMessage }>;

export function ententeDismissEvent(message: DismissibleMessage): EntenteDismissEvent {
  return new CustomEvent('entente-dismiss', { detail: { message }, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'entente-dismiss': EntenteDismissEvent;
  }
}
