import type { ExportFormatId } from '../export/formats';

/** The user asked for a file: a picture or data export (export/formats.ts), or a snapshot of the view. */
export type ExportFormat = ExportFormatId | 'snapshot';

export interface PictureChoices {
  readonly scope: 'view' | 'full';
  readonly scale: number;
  readonly background: 'white' | 'transparent';
  readonly legend: boolean;
  readonly credit: boolean;
}

export type EntenteExportEvent = CustomEvent<{ readonly format: ExportFormat; readonly picture: PictureChoices }>;

export function ententeExportEvent(format: ExportFormat, picture: PictureChoices): EntenteExportEvent {
  return new CustomEvent('entente-export', { detail: { format, picture }, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'entente-export': EntenteExportEvent;
  }
}
