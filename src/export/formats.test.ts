import { describe, expect, it } from 'vitest';
import { dataFormat, dataFormats, exportFormats } from './formats';
import { bundledDataset } from './testing/bundled-dataset';

describe('export format registry', () => {
  it('has one entry per id, each with a label, hint, extension and MIME type', () => {
    expect(new Set(exportFormats.map((format) => format.id)).size).toBe(exportFormats.length);
    for (const format of exportFormats) {
      expect([format.label, format.hint, format.extension, format.mimeType].every((text) => text.trim() !== '')).toBe(true);
    }
  });

  it('writes, for every data format, the files it declares, each naming every actor', () => {
    const dataset = bundledDataset();
    for (const format of dataFormats) {
      const files = format.serialize(dataset, {});
      expect(files.map((file) => file.part), format.id).toEqual(format.parts);
      const text = files.map((file) => file.text).join('');
      for (const actor of dataset.actors) expect(text, `${format.id}: ${actor.id}`).toContain(actor.id);
    }
  });

  it('writes GraphML with one edge per relation by default, and one per source and target when asked', () => {
    const dataset = bundledDataset();
    const graphml = dataFormat('graphml')!;
    const edgeCount = (text: string) => text.match(/<edge /g)?.length ?? 0;
    expect(edgeCount(graphml.serialize(dataset, {})[0]!.text)).toBe(dataset.relations.length);
    const pairs = new Set(dataset.relations.map((relation) => JSON.stringify([relation.source, relation.target])));
    expect(edgeCount(graphml.serialize(dataset, { graphml: { edges: 'pair' } })[0]!.text)).toBe(pairs.size);
  });

  it('finds data formats by the id a user types, and no picture or unknown format', () => {
    expect(dataFormat('graphml')?.extension).toBe('graphml');
    expect(dataFormat('png')).toBeUndefined();
    expect(dataFormat('constructor')).toBeUndefined();
  });
});
