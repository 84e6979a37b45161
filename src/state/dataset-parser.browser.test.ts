import { describe, expect, it } from 'vitest';
import { defaultViewState } from '../analysis/view-state';
import { createSnapshot, snapshotToJson } from '../export/snapshot';
import { datasetHash } from '../model/dataset-hash';
import { parseDatasetText } from '../model/parse-dataset';
import { minimalDataset } from '../model/testing/minimal-dataset';
import { parseOffMainThread, parseSnapshotOffMainThread, type ParseProgress } from './dataset-parser';
import { parseFile } from './parse-file';

const text = JSON.stringify(minimalDataset(), null, 2);
const broken = text.replace('"target": "kazakhstan"', '"target": "kazakstan"');

describe('parseOffMainThread', () => {
  it('gives what the pure parser gives, passing through reading, checking and receiving', async () => {
    for (const input of [text, broken, '{ "id": ']) {
      const stages: ParseProgress['stage'][] = [];
      const result = await parseOffMainThread(input, (progress) => {
        if (stages.at(-1) !== progress.stage) stages.push(progress.stage);
      }).done;
      expect(result).toEqual(parseDatasetText(input));
      expect(stages).toEqual(input === '{ "id": ' ? ['reading', 'receiving'] : ['reading', 'checking', 'receiving']);
    }
  });

  it('parses in the page when no worker can start', async () => {
    const refused = parseOffMainThread(broken, () => undefined, () => {
      throw new DOMException('refused', 'SecurityError');
    });
    expect(await refused.done).toEqual(parseDatasetText(broken));
    // A worker whose script cannot be loaded fails after it is made: the page steps in then too.
    const missing = parseOffMainThread(text, () => undefined, () => new Worker(new URL('./no-such-worker.js', import.meta.url), { type: 'module' }));
    expect(await missing.done).toEqual(parseDatasetText(text));
  });

  it('comes to nothing once cancelled', async () => {
    const running = parseOffMainThread(text, () => undefined);
    running.cancel();
    expect(await running.done).toBeUndefined();
  });

  it('reads a snapshot as the page would, the dataset it carries and the text to keep included, and refuses a tampered one', async () => {
    const dataset = minimalDataset();
    const viewport = { positions: { russia: { x: 1, y: 2 } }, zoom: 1.5, pan: { x: 3, y: 4 } };
    const snapshot = createSnapshot({ dataset, hash: datasetHash(dataset), embed: true, view: defaultViewState, viewport, savedAt: new Date(0) });
    const tampered = snapshotToJson({ ...snapshot, dataset: { ...snapshot.dataset, content: { ...dataset, title: 'Tampered' } } });
    for (const input of [snapshotToJson(snapshot), tampered, text]) {
      const stages: ParseProgress['stage'][] = [];
      const result = await parseSnapshotOffMainThread(input, (progress) => {
        if (stages.at(-1) !== progress.stage) stages.push(progress.stage);
      }).done;
      expect({ kind: 'snapshot', result }).toEqual(parseFile({ kind: 'snapshot', text: input }));
      expect(stages).toEqual(['reading', 'checking', 'receiving']);
    }
    const refused = parseSnapshotOffMainThread(tampered, () => undefined, () => {
      throw new DOMException('refused', 'SecurityError');
    });
    expect(await refused.done).toMatchObject({ ok: false, problems: [{ path: 'dataset', message: expect.stringContaining('does not match its recorded hash') as unknown }] });
  });
});
