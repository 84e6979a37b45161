import { describe, expect, it } from 'vitest';
import { defaultViewState } from '../analysis/view-state';
import { createSnapshot, snapshotToJson } from '../export/snapshot';
import { datasetHash } from '../model/dataset-hash';
import { parseDatasetText } from '../model/parse-dataset';
import { minimalDataset } from '../model/testing/minimal-dataset';
import { ParseResultAssembler, resultMessages, type ParseMessage } from './dataset-parse-messages';
import { parseFile, type ParseKind } from './parse-file';

/** Sends a result through the messages, as a structured copy each, as the worker does. */
function roundTrip(text: string, partSize: number, kind: ParseKind = 'dataset', textPartSize?: number) {
  const messages: ParseMessage[] = [...resultMessages(parseFile({ kind, text }), partSize, textPartSize)].map((message) => structuredClone(message));
  const assembler = new ParseResultAssembler(kind);
  const fractions: number[] = [];
  let result;
  for (const message of messages) {
    result = assembler.take(message);
    fractions.push(assembler.fraction);
  }
  return { messages, result, fractions };
}

describe('the parse worker’s messages', () => {
  it('carry a checked dataset back whole, in parts of at most the given size', () => {
    const dataset = minimalDataset();
    const text = JSON.stringify(dataset);
    const { messages, result, fractions } = roundTrip(text, 2);
    expect(result).toEqual({ kind: 'dataset', result: parseDatasetText(text) });
    const parts = messages.flatMap((message) => ('items' in message ? [message.items.length] : []));
    expect(parts.reduce((sum, size) => sum + size, 0)).toBe(dataset.actors.length + dataset.relations.length);
    expect(Math.max(...parts)).toBeLessThanOrEqual(2);
    // Progress only grows, and is whole when the last part is in.
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });

  it('carry every problem back in the order the parser gave them', () => {
    const dataset = minimalDataset();
    const broken = { ...dataset, relations: dataset.relations.map((relation) => ({ ...relation, target: 'nowhere', certainty: 'maybe' })) };
    const text = JSON.stringify(broken, null, 2);
    const direct = parseDatasetText(text);
    expect(direct.ok).toBe(false);
    expect(roundTrip(text, 3).result).toEqual({ kind: 'dataset', result: direct });
  });

  it('carry a syntax error with its line and column', () => {
    const text = '{\n  "id": "x",\n  oops\n}';
    const { result } = roundTrip(text, 500);
    expect(result).toEqual({ kind: 'dataset', result: parseDatasetText(text) });
    expect(result?.result.ok === false && result.result.problems[0]).toEqual({ path: '(root)', message: 'not valid JSON: InvalidSymbol', line: 3, column: 3 });
  });

  it('carry a snapshot back with its view and positions, then the dataset it carries and the text to keep of it', () => {
    const dataset = minimalDataset();
    const viewport = { positions: { russia: { x: 1, y: 2 }, kazakhstan: { x: 5, y: 6 }, lavrov: { x: 7, y: 8 } }, zoom: 1.5, pan: { x: 3, y: 4 } };
    const view = { ...defaultViewState, selection: { kind: 'actor' as const, id: 'russia' } };
    for (const embed of [true, false]) {
      const text = snapshotToJson(createSnapshot({ dataset, hash: datasetHash(dataset), embed, view, viewport, savedAt: new Date(0) }));
      const { messages, result, fractions } = roundTrip(text, 2, 'snapshot', 100);
      expect(result).toEqual(parseFile({ kind: 'snapshot', text }));
      expect(result).toMatchObject({ kind: 'snapshot', result: { ok: true, snapshot: { view, viewport, dataset: { id: dataset.id, hash: datasetHash(dataset) } } } });
      expect(Math.max(...messages.flatMap((message) => (message.kind === 'positions' ? [message.items.length] : [])))).toBe(2);
      expect(fractions.at(-1)).toBe(1);
      const embedded = result?.kind === 'snapshot' && result.result.ok ? result.result.embedded : 'refused';
      if (embed) {
        expect(embedded).toEqual({ dataset, text: `${JSON.stringify(dataset, null, 2)}\n` });
        expect(Math.max(...messages.flatMap((message) => ('items' in message ? [message.items.length] : [])))).toBeLessThanOrEqual(2);
        expect(Math.max(...messages.flatMap((message) => (message.kind === 'text' ? [message.part.length] : [])))).toBeLessThanOrEqual(100);
      } else expect(embedded).toBeUndefined();
    }
  });

  it('carry a refused snapshot’s problems back as a snapshot’s', () => {
    const text = '{"format":"entente-snapshot","version":2}';
    const { result } = roundTrip(text, 2, 'snapshot');
    expect(result).toEqual(parseFile({ kind: 'snapshot', text }));
    expect(result).toMatchObject({ kind: 'snapshot', result: { ok: false, problems: expect.arrayContaining([expect.objectContaining({ path: 'version' })]) as unknown } });
  });
});
