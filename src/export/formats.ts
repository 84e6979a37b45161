/**
 * Every export format, once: the Export menu lists them, the app's exporter and `entente export`
 * dispatch on them, and the export event's type is derived from them. Adding a format means adding
 * one entry here (and its serializer).
 *
 * Two kinds, because they are made differently:
 * - `data`: a pure serializer of the visible dataset (Node or browser alike), one or more files.
 * - `image`: a picture of the live graph as drawn on screen (PNG, SVG). Only the app can make it,
 *   from its Cytoscape instance; the entry carries the menu text, extension and MIME type only.
 */
import type { Dataset } from '../model/schema';
import { actorsToCsv, relationsToCsv, type CsvOptions } from './csv';
import { toCytoscapeJson, type Position } from './cytoscape-json';
import { datasetToJson } from './dataset-json';
import { datasetToGexf } from './gexf';
import { datasetToGraphml, type GraphmlOptions } from './graphml';
import type { ActorColumn } from './record-fields';

/** What a data serializer may use besides the dataset; each format takes what it needs. */
export interface SerializeOptions {
  /** Node positions (Cytoscape JSON). */
  readonly positions?: ReadonlyMap<string, Position>;
  /** A Cytoscape stylesheet as JSON, shipped inside Cytoscape JSON. */
  readonly style?: unknown;
  readonly csv?: CsvOptions;
  /** One edge per relation (default) or per source→target pair (for Gephi's default merge). */
  readonly graphml?: GraphmlOptions;
  /**
   * Columns computed for this export (the bloc of each actor while the blocs view is on), written
   * by every format that has actor columns (not dataset JSON, which stays a valid dataset).
   */
  readonly actorColumns?: readonly ActorColumn[];
}

/** One file a data export writes. `part` names it among several (CSV's `actors`), else ''. */
export interface ExportedFile {
  readonly part: string;
  readonly text: string;
}

interface FormatBase {
  readonly id: string;
  /** The menu's button text. */
  readonly label: string;
  /** One line: what is in the file and which tools open it. */
  readonly hint: string;
  readonly extension: string;
  readonly mimeType: string;
}

export interface DataFormat extends FormatBase {
  readonly kind: 'data';
  /** The parts written, in order (CSV: actors, relations); [''] for a single file. */
  readonly parts: readonly string[];
  readonly serialize: (dataset: Dataset, options: SerializeOptions) => readonly ExportedFile[];
}

export interface ImageFormat extends FormatBase {
  readonly kind: 'image';
}

export type ExportFormat = DataFormat | ImageFormat;

const single = (text: string): readonly ExportedFile[] => [{ part: '', text }];

export const exportFormats = [
  {
    kind: 'image',
    id: 'png',
    label: 'PNG image',
    hint: 'the picture as on screen, at the scale chosen',
    extension: 'png',
    mimeType: 'image/png',
  },
  {
    kind: 'image',
    id: 'svg',
    label: 'SVG image',
    hint: 'the same picture as vectors',
    extension: 'svg',
    mimeType: 'image/svg+xml',
  },
  {
    kind: 'data',
    id: 'json',
    label: 'Dataset JSON',
    hint: 'the visible actors and relations, evidence intact; opens in Entente',
    extension: 'json',
    mimeType: 'application/json',
    parts: [''],
    // Portable: the file leaves the repository, so no "./schema.json" that is not beside it.
    serialize: (dataset) => single(datasetToJson(dataset, { portable: true })),
  },
  {
    kind: 'data',
    id: 'cyjs',
    label: 'Cytoscape JSON',
    hint: 'with positions and style; Cytoscape desktop and cytoscape.js',
    extension: 'cyjs',
    mimeType: 'application/json',
    parts: [''],
    serialize: (dataset, options) => single(`${JSON.stringify(toCytoscapeJson(dataset, options.positions, options.style, options.actorColumns), null, 2)}\n`),
  },
  {
    kind: 'data',
    id: 'graphml',
    label: 'GraphML',
    hint: 'Gephi, yEd, Cytoscape desktop, networkx, igraph',
    extension: 'graphml',
    mimeType: 'application/xml',
    parts: [''],
    serialize: (dataset, options) => single(datasetToGraphml(dataset, options.graphml, options.actorColumns)),
  },
  {
    kind: 'data',
    id: 'gexf',
    label: 'GEXF',
    hint: 'Gephi, with dates for its timeline',
    extension: 'gexf',
    mimeType: 'application/xml',
    parts: [''],
    serialize: (dataset, options) => single(datasetToGexf(dataset, options.actorColumns)),
  },
  {
    kind: 'data',
    id: 'csv',
    label: 'CSV',
    hint: 'actors.csv and relations.csv, for spreadsheets',
    extension: 'csv',
    mimeType: 'text/csv',
    parts: ['actors', 'relations'],
    serialize: (dataset, options) => [
      { part: 'actors', text: actorsToCsv(dataset, options.csv, options.actorColumns) },
      { part: 'relations', text: relationsToCsv(dataset, options.csv) },
    ],
  },
] as const satisfies readonly ExportFormat[];

type Registered = (typeof exportFormats)[number];
export type ExportFormatId = Registered['id'];
export type DataFormatId = Extract<Registered, { kind: 'data' }>['id'];
export type ImageFormatId = Extract<Registered, { kind: 'image' }>['id'];

/** A registered format, its id narrowed to the registry's ids. */
export type RegisteredFormat = ExportFormat & { readonly id: ExportFormatId };
export type RegisteredDataFormat = DataFormat & { readonly id: DataFormatId };

const isData = (format: Registered): format is Extract<Registered, { kind: 'data' }> => format.kind === 'data';

export const dataFormats: readonly RegisteredDataFormat[] = exportFormats.filter(isData);
export const dataFormatIds: readonly DataFormatId[] = dataFormats.map((format) => format.id);

const byId = new Map<string, RegisteredFormat>(exportFormats.map((format) => [format.id, format]));

export function exportFormat(id: ExportFormatId): RegisteredFormat {
  const format = byId.get(id);
  if (format === undefined) throw new Error(`no export format "${id}"`);
  return format;
}

/** The data format with this id, or undefined (for ids a user typed). */
export function dataFormat(id: string): RegisteredDataFormat | undefined {
  return dataFormats.find((format) => format.id === id);
}
