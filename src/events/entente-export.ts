import type { CsvOptions } from '../export/csv';
import type { ExportFormatId } from '../export/formats';
import type { GraphmlOptions } from '../export/graphml';

/** The user asked for a file: a picture or data export (export/formats.ts), or a snapshot of the view. */
export type ExportFormat = ExportFormatId | 'snapshot';

export interface PictureChoices {
  readonly scope: 'view' | 'full';
  readonly scale: number;
  readonly background: 'white' | 'transparent';
  readonly legend: boolean;
  readonly credit: boolean;
}

/** How CSV files are written: separator and formula guard (export/csv.ts). */
export type CsvChoices = Required<Pick<CsvOptions, 'delimiter' | 'formulaGuard'>>;

/** What a GraphML edge stands for: one relation, or one source→target pair (export/graphml.ts). */
export type GraphmlChoices = Required<GraphmlOptions>;

export interface ExportDetail {
  readonly format: ExportFormat;
  readonly picture: PictureChoices;
  readonly csv: CsvChoices;
  readonly graphml: GraphmlChoices;
}

export type EntenteExportEvent = CustomEvent<ExportDetail>;

export function ententeExportEvent(request: ExportDetail): EntenteExportEvent {
  return new CustomEvent('entente-export', { detail: request, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'entente-export': EntenteExportEvent;
  }
}
