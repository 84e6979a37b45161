import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakableDataset, minimalDataset } from '../model/testing/minimal-dataset';
import { entente } from './testing/run-entente';

const dir = mkdtempSync(join(tmpdir(), 'entente-cli-'));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const sourceText = file(
  'source.txt',
  'Since 2005, after the presidents endorsed Kazakhstan’s bid, Moscow has clearly spoken out in favour. ' +
    'Right after the Russian Foreign Minister Sergey Lavrov spoke up.',
);

describe('entente validate', () => {
  it('exits 0 for a valid file', async () => {
    const result = await entente('validate', file('ok.json', JSON.stringify(minimalDataset(), null, 2)));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('valid (3 actors, 2 relations)');
    const single = { ...minimalDataset(), relations: minimalDataset().relations.slice(0, 1) };
    expect((await entente('validate', file('one.json', JSON.stringify(single)))).stdout).toContain('valid (3 actors, 1 relation)');
  });

  it('exits 1 listing every problem with file, line and JSON path', async () => {
    const data = breakableDataset();
    data.relations[0]!.target = 'kazakstan';
    data.relations[1]!.date = '2007-02-30';
    const path = file('broken.json', JSON.stringify(data, null, 2));
    const result = await entente('validate', path);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`${path}:\\d+:\\d+: relations\\[0\\]\\.target: "kazakstan" is not an actor id \\(did you mean "kazakhstan"\\?\\)`));
    expect(result.stderr).toMatch(/:\d+:\d+: relations\[1\]\.date: "2007-02-30" is not a day in the calendar/);
    expect(result.stderr).toContain('2 problems');
  });

  it('lists every one of many problems in file order, then counts them by kind', async () => {
    const data = breakableDataset();
    const template = data.relations[0]!;
    data.relations = Array.from({ length: 120 }, (_, i) => ({ ...template, id: `r-${i}`, target: `gone-${119 - i}`, ...(i % 40 === 0 ? { date: '2007-02-30', period: undefined } : {}) }));
    const result = await entente('validate', file('many.json', JSON.stringify(data, null, 2)));
    expect(result.code).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    const listed = lines.filter((line) => line.includes('many.json:') && /:\d+:\d+: /.test(line));
    expect(listed).toHaveLength(123);
    const lineNumbers = listed.map((line) => Number(/many\.json:(\d+):/.exec(line)?.[1]));
    expect(lineNumbers).toEqual([...lineNumbers].sort((a, b) => a - b));
    expect(lines.slice(-3)).toEqual([
      expect.stringMatching(/many\.json: 123 problems, by kind:$/),
      '  120 × relations[*].target: "…" is not an actor id',
      '  3 × relations[*].date: "…" is not a day in the calendar',
    ]);
  });

  it('locates a JSON syntax error by line and column', async () => {
    const result = await entente('validate', file('syntax.json', '{\n  "id": "x",\n  "title": \n}'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/syntax\.json:4:1: \(root\): not valid JSON: ValueExpected/);
  });

  it('exits 2 with a message, not a stack trace, on a missing file or bad usage', async () => {
    const missing = await entente('validate', join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^entente: cannot read dataset .*nope\.json \(ENOENT\)\n$/);
    const usage = await entente('frobnicate');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('unknown command "frobnicate"');
    expect(usage.stderr).not.toContain('    at ');
    expect((await entente('validate', '--bogus')).code).toBe(2);
  });
});

describe('entente verify', () => {
  it('exits 0 when every quote and its context is in the source', async () => {
    const result = await entente('verify', file('ok2.json', JSON.stringify(minimalDataset())), '--source', `src=${sourceText}`);
    expect(result.stdout).toContain('src: 2 of 2 quotes found');
    expect(result.code).toBe(0);
  });

  it('exits 1 naming each quote not found, with the closest passage', async () => {
    const data = breakableDataset();
    data.relations[1]!.evidence[0]!.quote = 'the Russian Foreign Minister Sergei Lavrov';
    const result = await entente('verify', file('misquoted.json', JSON.stringify(data)), '--source', `src=${sourceText}`);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('relations[1].evidence[0] (r-role): quote not found in the text; closest passage: "the Russian Foreign Minister Sergey Lavrov"');
  });

  it('prints a passage of a hostile source text with its control characters escaped and cut short', async () => {
    const data = breakableDataset();
    data.relations[1]!.evidence[0]!.quote = 'the Russian Foreign Minister Sergei Lavrov';
    // One endless "word" holding an escape sequence that would clear the terminal.
    const hostile = file('hostile-source.txt', `the Russian Foreign Minister\u001b[2J${'x'.repeat(100_000)}`);
    const result = await entente('verify', file('misquoted-hostile.json', JSON.stringify(data)), '--source', `src=${hostile}`);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('closest passage: "the Russian Foreign Minister\\u001b[2Jxxx');
    expect(result.stderr).not.toContain('\u001b');
    expect(result.stderr.length).toBeLessThan(5000);
  });

  it('exits 2 for a source id the dataset does not have', async () => {
    const result = await entente('verify', file('ok3.json', JSON.stringify(minimalDataset())), '--source', `other=${sourceText}`);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('has no source "other" (its sources: src)');
  });
});
