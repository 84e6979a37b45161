import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../src/model/parse-dataset';
import type { Dataset } from '../src/model/schema';
import { verifyQuotes } from '../src/model/verify-quotes';

const text = readFileSync(new URL('./zagorski-2009.json', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const sourcePath = new URL('../../shared/sources/zagorski-2009-kazakhstan-osce-chairmanship.txt', import.meta.url);

function load(): Dataset {
  const result = parseDatasetText(text);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.dataset;
}

describe('the bundled Zagorski (2009) dataset', () => {
  it('is valid and links to the schema', () => {
    const dataset = load();
    expect(dataset.id).toBe('zagorski-2009');
    expect(dataset.$schema).toBe('./schema.json');
  });

  it('has the numbers of actors and relations the README states', () => {
    const dataset = load();
    expect(readme.replace(/\s+/g, ' ')).toContain(`${dataset.actors.length} actors and ${dataset.relations.length} relations`);
  });

  it('gives the acronyms the text uses as short names, for labels on the graph', () => {
    const dataset = load();
    const shortNames = new Map(dataset.actors.flatMap((a) => (a.shortName === undefined ? [] : [[a.id, a.shortName] as const])));
    expect(shortNames.get('osce')).toBe('OSCE');
    expect(shortNames.get('odihr')).toBe('ODIHR');
    expect(shortNames.get('eurasec')).toBe('EurAsEC');
    for (const name of shortNames.values()) expect(name.length).toBeLessThan(10);
  });

  it('cites the article in full', () => {
    expect(load().sources).toEqual([
      expect.objectContaining({
        id: 'zagorski-2009',
        authors: ['Andrei Zagorski'],
        title: "Kazakhstan's Chairmanship: Challenges and Opportunities From the Moscow Perspective",
        container: 'Security and Human Rights',
        published: '2009',
        doi: '10.1163/187502309787858219',
      }),
    ]);
  });

  it('names the article’s main actors, each with at least one relation', () => {
    const dataset = load();
    const ids = dataset.actors.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(['russia', 'kazakhstan', 'osce', 'odihr', 'csto', 'cis', 'lavrov', 'tazhin', 'nazarbayev', 'united-states']));
    expect(ids.length).toBeGreaterThan(20);
    const connected = new Set(dataset.relations.flatMap((r) => [r.source, r.target]));
    expect(ids.filter((id) => !connected.has(id))).toEqual([]);
  });

  it('keeps stance changes apart: Kazakhstan opposes the OSCE until 2003, then aligns with it', () => {
    const kzOsce = load().relations.filter((r) => r.source === 'kazakhstan' && r.target === 'osce');
    const opposition = kzOsce.find((r) => r.type === 'opposition' && r.period?.end !== undefined);
    const support = kzOsce.find((r) => r.type === 'support' && r.period !== undefined);
    expect(opposition?.period).toEqual({ start: '1999', end: '2003-11' });
    expect(support?.period?.start).toBe('2003-11');
  });

  it('keeps quotes short: a sentence or less, never the text itself', () => {
    const quotes = load().relations.flatMap((r) => r.evidence.map((e) => e.quote));
    const long = quotes.filter((q) => q.split(/\s+/).length > 45);
    expect(long).toEqual([]);
  });

  it.runIf(existsSync(sourcePath))('quotes the article verbatim, with matching context (source text present)', () => {
    const report = verifyQuotes(load(), 'zagorski-2009', readFileSync(sourcePath, 'utf8'));
    expect(report.findings).toEqual([]);
    expect(report.checked).toBeGreaterThan(load().relations.length);
  });
});
