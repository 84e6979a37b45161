/**
 * Builds a snapshot that carries a generated 10,000-actor dataset, off the test page's thread:
 * the page then holds only the file's text, as the app's page does, and the garbage of making it
 * is not the page's to collect while the test measures its tasks.
 */
import { generateDataset, profileOf } from '../../../bench/generate-dataset';
import { defaultViewState, type ViewState } from '../../analysis/view-state';
import { createSnapshot, snapshotToJson, type Viewport } from '../../export/snapshot';
import { datasetHash } from '../../model/dataset-hash';
import { minimalDataset } from '../../model/testing/minimal-dataset';

export interface LargeSnapshot {
  readonly text: string;
  readonly hash: string;
  readonly actors: number;
  readonly relations: number;
  readonly view: ViewState;
  readonly viewport: Viewport;
}

self.onmessage = () => {
  const dataset = generateDataset({ size: { actors: 10_000, relations: 27_000 }, profile: profileOf(minimalDataset()) });
  const [first, second] = dataset.actors;
  const view: ViewState = { ...defaultViewState, hiddenTypes: ['opposition'], selection: { kind: 'actor', id: first?.id ?? '' }, path: { from: first?.id ?? '', to: second?.id ?? '' } };
  const viewport: Viewport = { positions: Object.fromEntries(dataset.actors.map((actor, i) => [actor.id, { x: (i % 100) * 40, y: Math.floor(i / 100) * 40 }])), zoom: 0.5, pan: { x: 10, y: 20 } };
  const hash = datasetHash(dataset);
  const text = snapshotToJson(createSnapshot({ dataset, hash, embed: true, view, viewport, savedAt: new Date(0) }));
  const snapshot: LargeSnapshot = { text, hash, actors: dataset.actors.length, relations: dataset.relations.length, view, viewport };
  self.postMessage(snapshot);
};
