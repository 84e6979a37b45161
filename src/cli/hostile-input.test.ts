/**
 * The hostile corpus (src/testing/hostile) through the real `entente` executable: every broken or
 * malicious file is refused with exit 1 and its problems at file:line:column and JSON path, a
 * snapshot is named as one, hostile view flags are usage errors, and ids that shadow
 * Object.prototype validate and lay out.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostileDatasets, hostileSnapshots, prototypeIdsDataset } from '../testing/hostile/hostile-cases';
import { entente } from './testing/run-entente';

const dir = mkdtempSync(join(tmpdir(), 'entente-hostile-'));

function file(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** Spawning Node and reading megabytes takes a while on a busy machine. */
const timeout = 60_000;

describe('entente validate on the hostile corpus', () => {
  it.each(hostileDatasets.map((c) => [c.what, c] as const))('refuses %s, saying where and what', async (_what, hostile) => {
    const path = file(hostile.name, hostile.bytes());
    const result = await entente('validate', path);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    for (const message of hostile.messages) expect(result.stderr).toContain(join(dir, message));
    if (hostile.problemCount !== undefined) {
      const count = hostile.problemCount;
      expect(result.stderr).toContain(`${path}: ${count.toLocaleString('en')} ${count === 1 ? 'problem' : 'problems'}`);
      // Every problem is listed, each on its own line (the app shows a digest; the CLI all of them).
      const countLine = /: [\d,]+ problems?(, by kind:)?$/;
      expect(result.stderr.split('\n').filter((line) => line.startsWith(`${path}:`) && !countLine.test(line))).toHaveLength(count);
    }
  }, timeout);

  it('names a snapshot given as a dataset as a snapshot, for every tampered one that is JSON', async () => {
    const readable = hostileSnapshots.filter((c) => c.name !== 'truncated.entente.json');
    const paths = readable.map((c) => file(c.name, c.bytes()));
    const result = await entente('validate', ...paths);
    expect(result.code).toBe(1);
    for (const path of paths) {
      expect(result.stderr).toContain(`${path}:2:3: format: this is a view snapshot (entente-snapshot), not a dataset`);
      expect(result.stderr).toContain(`${path}: 1 problem`);
    }
  }, timeout);
});

describe('entente export with hostile view flags', () => {
  it('refuses a reversed window and year 0000 as usage errors that say why', async () => {
    const path = file(prototypeIdsDataset.name, prototypeIdsDataset.bytes());
    const reversed = await entente('export', path, '--format', 'json', '--from', '2009', '--to', '2001');
    expect(reversed).toMatchObject({ code: 2, stdout: '' });
    expect(reversed.stderr).toContain('entente: --from 2009 --to 2001: the window starts (2009) after it ends (2001)');
    const yearZero = await entente('export', path, '--format', 'json', '--as-of', '0000');
    expect(yearZero).toMatchObject({ code: 2, stdout: '' });
    expect(yearZero.stderr).toContain('entente: --as-of: "0000" is not a date: there is no year 0000');
  }, timeout);
});

describe('ids that shadow Object.prototype', () => {
  it('validate, and lay out with every actor in its own place', async () => {
    const path = file(prototypeIdsDataset.name, prototypeIdsDataset.bytes());
    const { actors, relations } = prototypeIdsDataset;
    expect(await entente('validate', path)).toMatchObject({ code: 0, stdout: `${path}: valid (${actors} actors, ${relations} relations)\n`, stderr: '' });
    const out = join(dir, 'prototype-ids.cyjs');
    expect(await entente('export', path, '--format', 'cyjs', '--out', out)).toMatchObject({ code: 0, stderr: '' });
    const document = JSON.parse(readFileSync(out, 'utf8')) as { elements: { nodes: { data: { id: string }; position: { x: number; y: number } }[] } };
    const nodes = document.elements.nodes;
    expect(nodes.map((node) => node.data.id)).toContain('constructor');
    expect(nodes).toHaveLength(actors);
    const places = new Set(nodes.map(({ position }) => `${Math.round(position.x)},${Math.round(position.y)}`));
    expect(places.size).toBe(actors);
  }, timeout);
});
