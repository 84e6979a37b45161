import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/schema';
import { minimalDataset } from '../model/testing/minimal-dataset';
import { actorsToCsv, evidenceColumn, parseCsv, relationsToCsv } from './csv';
import { datasetFromCsv, type DatasetMeta } from './testing/csv-reader';
import { arbitraryDataset } from './testing/arbitrary-dataset';
import { bundledDataset } from './testing/bundled-dataset';

function metaOf(dataset: Dataset): DatasetMeta {
  const { actors: _actors, relations: _relations, ...meta } = dataset;
  return meta;
}

function roundTrip(dataset: Dataset): unknown {
  const result = datasetFromCsv(actorsToCsv(dataset), relationsToCsv(dataset), metaOf(dataset));
  return result.ok ? result.dataset : result.problems;
}

/** Rows of a CSV text as objects keyed by the header. */
function records(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
}

describe('CSV export', () => {
  it('round-trips any valid dataset exactly (empty and absent fields included)', () => {
    fc.assert(
      fc.property(arbitraryDataset(), (dataset) => {
        expect(roundTrip(dataset)).toStrictEqual(dataset);
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips through UTF-8 bytes, byte order mark included', () => {
    const utf8 = (text: string) => new TextEncoder().encode(text);
    // ignoreBOM keeps the mark in the decoded text, so the reader has to drop it itself.
    const fromUtf8 = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(bytes);
    fc.assert(
      fc.property(arbitraryDataset({ loneSurrogates: false }), (dataset) => {
        const actorBytes = utf8(actorsToCsv(dataset));
        const relationBytes = utf8(relationsToCsv(dataset));
        expect([...actorBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const result = datasetFromCsv(fromUtf8(actorBytes), fromUtf8(relationBytes), metaOf(dataset));
        expect(result.ok ? result.dataset : result.problems).toStrictEqual(dataset);
      }),
      { numRuns: 100 },
    );
  });

  it('writes the bundled dataset as one row per relation with every quote in its own cell', () => {
    const dataset = bundledDataset();
    const rows = records(relationsToCsv(dataset));
    expect(rows).toHaveLength(dataset.relations.length);
    dataset.relations.forEach((relation, index) => {
      const row = rows[index]!;
      expect(row['id']).toBe(relation.id);
      expect(row['evidence_count']).toBe(String(relation.evidence.length));
      relation.evidence.forEach((evidence, position) => {
        expect(row[evidenceColumn(position + 1, 'quote')]).toBe(evidence.quote);
        expect(row[evidenceColumn(position + 1, 'paragraph')]).toBe(evidence.locator.paragraph?.toString() ?? '');
      });
    });
  });

  it('has as many evidence column groups as the relation with the most evidence', () => {
    const dataset = bundledDataset();
    const most = Math.max(...dataset.relations.map((r) => r.evidence.length));
    const header = parseCsv(relationsToCsv(dataset))[0]!;
    const relationHeader = [
      'id', 'source', 'target', 'type', 'directed', 'date', 'period_start', 'period_end', 'summary', 'certainty', 'strength', 'evidence_count',
    ];
    expect(header.slice(0, relationHeader.length)).toEqual(relationHeader);
    expect(header).toHaveLength(relationHeader.length + 8 * most);
    expect(header.at(-1)).toBe(evidenceColumn(most, 'suffix'));
  });

  it('writes actors with their aliases joined in one cell', () => {
    const rows = records(actorsToCsv(bundledDataset()));
    const russia = rows.find((row) => row['id'] === 'russia');
    expect(parseCsv(actorsToCsv(bundledDataset()))[0]).toEqual(['id', 'name', 'shortName', 'kind', 'aliases', 'description', 'affiliation']);
    expect(russia?.['aliases']).toMatch(/^Moscow \| The Kremlin \| /);
  });

  it('uses UTF-8 with a byte order mark and CRLF line ends, or no mark when asked', () => {
    const text = actorsToCsv(minimalDataset());
    expect(text.startsWith('\uFEFFid,name,shortName,kind,aliases,description,affiliation\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(actorsToCsv(minimalDataset(), { byteOrderMark: false }).startsWith('id,')).toBe(true);
  });

  it('writes an empty prefix as "" and an absent one as nothing, and reads them back apart', () => {
    const base = minimalDataset();
    const [first, second] = base.relations;
    const dataset: Dataset = {
      ...base,
      relations: [
        { ...first!, evidence: [{ ...first!.evidence[0]!, prefix: '' }] },
        second!,
      ],
    };
    const lines = relationsToCsv(dataset, { byteOrderMark: false }).split('\r\n');
    // prefix, suffix are the last two cells of the one evidence group.
    expect(lines[1]!.endsWith(',"",in favour')).toBe(true);
    expect(lines[2]!.endsWith(',10,,,,')).toBe(true);
    expect(roundTrip(dataset)).toStrictEqual(dataset);
  });

  it('keeps a spreadsheet from running a summary as a formula, and reads it back unchanged', () => {
    const base = minimalDataset();
    const summary = '=HYPERLINK("http://evil.example","click")';
    const dataset: Dataset = { ...base, relations: base.relations.map((r) => ({ ...r, summary })) };
    const row = records(relationsToCsv(dataset))[0]!;
    expect(row['summary']).toBe(`'${summary}`);
    expect(roundTrip(dataset)).toStrictEqual(dataset);
  });

  it('reports broken CSV by file, line and column, and bad cells by JSON path', () => {
    const dataset = minimalDataset();
    const actors = actorsToCsv(dataset);
    const relations = relationsToCsv(dataset);
    const broken = datasetFromCsv(actors, `${relations}r-x,"unclosed\r\n`, metaOf(dataset));
    expect(broken).toEqual({
      ok: false,
      problems: [{ path: '(root)', message: 'relations.csv: a quoted field is never closed', line: 4, column: 5 }],
    });
    const noKind = datasetFromCsv(actors.replace(',kind,', ',sort,'), relations, metaOf(dataset));
    expect(noKind.ok ? [] : noKind.problems.map((p) => p.message)).toEqual(['actors.csv: no "kind" column']);
    const yes = datasetFromCsv(actors, relations.replace(',true,', ',yes,'), metaOf(dataset));
    expect(yes.ok ? [] : yes.problems.map((p) => p.path)).toEqual(['relations[0].directed']);
  });

  it('reads rows edited in a spreadsheet: blank trailing lines, stale evidence_count, bare empty cells', () => {
    const dataset = minimalDataset();
    const relations = relationsToCsv(dataset).replace(',Russia backs the bid.,stated,1,', ',Russia backs the bid.,stated,7,');
    const result = datasetFromCsv(`${actorsToCsv(dataset).replaceAll('""', '')}\r\n,,,,,\r\n`, relations, metaOf(dataset));
    expect(result.ok ? result.dataset : result.problems).toStrictEqual(dataset);
  });
});
