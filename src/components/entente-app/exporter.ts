/**
 * Carries out an Export menu request: builds the file from what is visible with the pure
 * serializers of the format registry (or the graph's own picture), names it, and hands it to the browser's downloads.
 */
import { blocColumn } from '../../analysis/bloc-column';
import { subsetDataset } from '../../analysis/subset-dataset';
import { filterSummary, timeSummary } from '../../analysis/view-summary';
import { visibleCounts } from '../../analysis/visibility';
import type { ExportDetail, PictureChoices } from '../../events/entente-export';
import { exportFileName } from '../../export/file-names';
import { exportFormat, type DataFormat, type SerializeOptions } from '../../export/formats';
import type { ActorColumn } from '../../export/record-fields';
import { createSnapshot, snapshotToJson } from '../../export/snapshot';
import type { FooterContent } from '../../graph/legend-svg';
import { graphStylesheet } from '../../graph/stylesheet';
import { countNoun } from '../../model/count-noun';
import { formatCitation } from '../../model/citation';
import { datasetHash } from '../../model/dataset-hash';
import type { AppStore } from '../../state/app-store';
import type { GraphCanvas } from '../graph-canvas/graph-canvas';
import { downloadBlob, downloadText } from '../download';

export interface ExportContext {
  readonly store: AppStore;
  readonly canvas: GraphCanvas;
  readonly now: Date;
  /** Whether the dataset on show is the bundled one, which snapshots refer to rather than embed. */
  readonly isBundled: (hash: string) => boolean;
}

function footer(store: AppStore, picture: PictureChoices, now: Date): FooterContent {
  const { index, view } = store.state;
  const visibility = store.visibility;
  const source = index?.dataset.sources[0];
  const credit = [
    index?.dataset.title,
    source ? formatCitation(source) + (source.doi ? `, doi:${source.doi}` : '') : undefined,
    `showing ${timeSummary(view)}`,
    `made with Entente, ${now.toISOString().slice(0, 10)}`,
  ]
    .filter(Boolean)
    .join(' · ');
  return {
    legend:
      picture.legend && visibility
        ? { kindCounts: visibleCounts(visibility.kindCounts), typeCounts: visibleCounts(visibility.typeCounts), blocs: store.blocLegend }
        : null,
    credit: picture.credit ? credit : null,
  };
}

/** The `bloc` column while the blocs view is on (the analysis the graph shows), else none. */
async function blocColumns(store: AppStore): Promise<readonly ActorColumn[]> {
  if (!store.state.view.blocs) return [];
  await store.alignmentReady;
  const analysis = store.alignment;
  return analysis === undefined ? [] : [blocColumn(analysis.blocOf)];
}

/**
 * What the app hands the data serializers: the CSV and GraphML choices, the bloc column in the blocs view, and
 * for Cytoscape JSON the positions on screen and Entente's style.
 */
function serializeOptions(canvas: GraphCanvas, format: DataFormat, request: ExportDetail, actorColumns: readonly ActorColumn[]): SerializeOptions {
  if (format.id !== 'cyjs') return { csv: request.csv, graphml: request.graphml, actorColumns };
  const viewport = canvas.captureViewport();
  return { positions: new Map(Object.entries(viewport?.positions ?? {})), style: graphStylesheet(), actorColumns };
}

export async function runExport(request: ExportDetail, context: ExportContext): Promise<string> {
  const { format: formatId, picture } = request;
  const { store, canvas, now } = context;
  const { index, view } = store.state;
  const visibility = store.visibility;
  if (!index || !visibility) throw new Error('no dataset is open');
  if (formatId === 'snapshot') {
    const viewport = canvas.captureViewport();
    if (!viewport) throw new Error('the graph is not on the page');
    const hash = datasetHash(index.dataset);
    const snapshot = createSnapshot({ dataset: index.dataset, hash, embed: !context.isBundled(hash), view, viewport, savedAt: now });
    const fileName = exportFileName(index.dataset.id, 'snapshot', 'entente.json', now);
    downloadText(snapshotToJson(snapshot), fileName, 'application/json');
    return fileName;
  }
  const format = exportFormat(formatId);
  const summary = filterSummary(view);
  const name = (what: string) => exportFileName(index.dataset.id, what, format.extension, now, summary);
  if (format.kind === 'image') {
    const fileName = name(picture.scope === 'full' ? 'graph' : 'view');
    const options = { scope: picture.scope, background: picture.background, footer: footer(store, picture, now) };
    if (format.id === 'png') downloadBlob(await canvas.png({ ...options, scale: picture.scale }), fileName);
    else downloadText(await canvas.svg(options), fileName, format.mimeType);
    return fileName;
  }
  const subset = subsetDataset(index.dataset, visibility);
  const actorColumns = await blocColumns(store);
  const files = format.serialize(subset, serializeOptions(canvas, format, request, actorColumns)).map((file) => ({ ...file, fileName: name(file.part) }));
  for (const file of files) downloadText(file.text, file.fileName, format.mimeType);
  return `${files.map((file) => file.fileName).join(' and ')} (${countNoun(subset.actors.length, 'actor')}, ${countNoun(subset.relations.length, 'relation')})`;
}
