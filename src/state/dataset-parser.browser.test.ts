import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../model/parse-dataset';
import { minimalDataset } from '../model/testing/minimal-dataset';
import { parseOffMainThread, type ParseProgress } from './dataset-parser';

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
});
