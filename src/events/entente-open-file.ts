/** The user chose or dropped a file to open: a dataset or a snapshot. */
export type EntenteOpenFileEvent = CustomEvent<{ readonly file: File; readonly as: 'dataset' | 'snapshot' }>;

export function ententeOpenFileEvent(file: File, as: 'dataset' | 'snapshot'): EntenteOpenFileEvent {
  return new CustomEvent('entente-open-file', { detail: { file, as }, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'entente-open-file': EntenteOpenFileEvent;
  }
}
