/**
 * Carries out an Export menu request: builds the file from what is visible with the pure
 * serializers (or the graph's own picture), names it, and hands it to the browser's downloads.
 */
import { subsetDataset } from '../../analysis/subset-dataset';
import { filterSummary, timeSummary } from '../../analysis/view-summary';
import { visibleCounts } from '../../analysis/visibility';
import type { ExportFormat, PictureChoices } from '../../events/entente-export';
import { actorsToCsv, relationsToCsv } from '../../export/csv';
import { toCytoscapeJson } from '../../export/cytoscape-json';
import { datasetToJson } from '../../export/dataset-json';
import { exportFileName } from '../../export/file-names';
import { datasetToGexf } from '../../export/gexf';
import { datasetToGraphml } from '../../export/graphml';
import { createSnapshot, snapshotToJson } from '../../export/snapshot';
import type { FooterContent } from '../../graph/legend-svg';
import { graphStylesheet } from '../../graph/stylesheet';
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
    legend: picture.legend && visibility ? { kindCounts: visibleCounts(visibility.kindCounts), typeCounts: visibleCounts(visibility.typeCounts) } : null,
    credit: picture.credit ? credit : null,
  };
}

export async function runExport(format: ExportFormat, picture: PictureChoices, context: ExportContext): Promise<string> {
  const { store, canvas, now } = context;
  const { index, view } = store.state;
  const visibility = store.visibility;
  if (!index || !visibility) throw new Error('no dataset is open');
  const subset = subsetDataset(index.dataset, visibility);
  const summary = filterSummary(view);
  const name = (what: string, ext: string) => exportFileName(index.dataset.id, what, ext, now, summary);
  const counts = `${subset.actors.length} actors, ${subset.relations.length} relations`;
  switch (format) {
    case 'png': {
      const blob = await canvas.png({ scope: picture.scope, scale: picture.scale, background: picture.background, footer: footer(store, picture, now) });
      const fileName = name(picture.scope === 'full' ? 'graph' : 'view', 'png');
      downloadBlob(blob, fileName);
      return fileName;
    }
    case 'svg': {
      const svg = canvas.svg({ scope: picture.scope, background: picture.background, footer: footer(store, picture, now) });
      const fileName = name(picture.scope === 'full' ? 'graph' : 'view', 'svg');
      downloadText(svg, fileName, 'image/svg+xml');
      return fileName;
    }
    case 'json': {
      const fileName = name('', 'json');
      downloadText(datasetToJson(subset), fileName, 'application/json');
      return `${fileName} (${counts})`;
    }
    case 'cyjs': {
      const viewport = canvas.captureViewport();
      const positions = new Map(Object.entries(viewport?.positions ?? {}));
      const fileName = name('', 'cyjs');
      downloadText(`${JSON.stringify(toCytoscapeJson(subset, positions, graphStylesheet()), null, 2)}\n`, fileName, 'application/json');
      return `${fileName} (${counts})`;
    }
    case 'graphml': {
      const fileName = name('', 'graphml');
      downloadText(datasetToGraphml(subset), fileName, 'application/xml');
      return `${fileName} (${counts})`;
    }
    case 'gexf': {
      const fileName = name('', 'gexf');
      downloadText(datasetToGexf(subset), fileName, 'application/xml');
      return `${fileName} (${counts})`;
    }
    case 'csv': {
      const actorsFile = name('actors', 'csv');
      const relationsFile = name('relations', 'csv');
      downloadText(actorsToCsv(subset), actorsFile, 'text/csv');
      downloadText(relationsToCsv(subset), relationsFile, 'text/csv');
      return `${actorsFile} and ${relationsFile} (${counts})`;
    }
    case 'snapshot': {
      const viewport = canvas.captureViewport();
      if (!viewport) throw new Error('the graph is not on the page');
      const hash = datasetHash(index.dataset);
      const snapshot = createSnapshot({ dataset: index.dataset, hash, embed: !context.isBundled(hash), view, viewport, savedAt: now });
      const fileName = exportFileName(index.dataset.id, 'snapshot', 'entente.json', now);
      downloadText(snapshotToJson(snapshot), fileName, 'application/json');
      return fileName;
    }
  }
}
