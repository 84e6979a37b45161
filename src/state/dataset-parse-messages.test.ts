import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../model/parse-dataset';
import { minimalDataset } from '../model/testing/minimal-dataset';
import { ParseResultAssembler, resultMessages, type ParseMessage } from './dataset-parse-messages';

/** Sends a result through the messages, as a structured copy each, as the worker does. */
function roundTrip(text: string, partSize: number) {
  const messages: ParseMessage[] = [...resultMessages(parseDatasetText(text), partSize)].map((message) => structuredClone(message));
  const assembler = new ParseResultAssembler();
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
    expect(result).toEqual(parseDatasetText(text));
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
    expect(roundTrip(text, 3).result).toEqual(direct);
  });

  it('carry a syntax error with its line and column', () => {
    const text = '{\n  "id": "x",\n  oops\n}';
    const { result } = roundTrip(text, 500);
    expect(result).toEqual(parseDatasetText(text));
    expect(result?.ok === false && result.problems[0]).toEqual({ path: '(root)', message: 'not valid JSON: InvalidSymbol', line: 3, column: 3 });
  });
});
