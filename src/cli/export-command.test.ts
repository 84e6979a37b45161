/**
 * `entente export` as a user runs it: the real executable on the bundled dataset and small temp
 * datasets. Expected contents are worked out here from the raw data (not with the app's
 * visibility code), so the tests check what the user gets, not that the code agrees with itself.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../export/csv';
import { datasetFromCsv } from '../export/testing/csv-reader';
import { bundledDataset, bundledDatasetText, bundledDatasetUrl } from '../export/testing/bundled-dataset';
import { attributeOf, parseXmlStrictly } from '../export/testing/xml-document';
import type { Dataset, Relation } from '../model/schema';
import { breakableDataset, minimalDataset } from '../model/testing/minimal-dataset';
import { validateDataset } from '../model/validate';
import { bin, entente } from './testing/run-entente';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'entente-export-'));
const zagorski = bundledDatasetUrl.pathname;
const data = bundledDataset();

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const small = file('small.json', JSON.stringify(minimalDataset(), null, 2));

const ids = (items: readonly { readonly id: string }[]): string[] => items.map((item) => item.id).sort();
const idsWhere = (keep: (relation: Relation) => boolean): string[] => ids(data.relations.filter(keep));

/** The year a relation starts and the year it ends (undefined: open or undated), from the raw fields. */
/** The counts the CLI reports, worked out from the raw data so the tests follow the dataset. */
const allActors = `${data.actors.length} actors`;
const allRelations = `${data.relations.length} relations`;
const withoutOpposition = `${allActors}, ${idsWhere((r) => r.type !== 'opposition').length} relations (opposition hidden)`;

const startYear = (r: Relation): string | undefined => (r.date ?? r.period?.start)?.slice(0, 4);
const endYear = (r: Relation): string | undefined => (r.date ?? r.period?.end)?.slice(0, 4);

function exportedDataset(stdout: string): Dataset {
  const result = validateDataset(JSON.parse(stdout));
  if (!result.ok) throw new Error(`the export does not validate: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

/** CSV records without the byte order mark; the header first. */
function csvRecords(path: string): string[][] {
  return parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
}

describe('entente export', { timeout: 30_000 }, () => {
  it('--format graphml --hide-types opposition: every actor, and exactly the non-opposition relations as edges', async () => {
    const result = await entente('export', zagorski, '--format', 'graphml', '--hide-types', 'opposition');
    expect(result.code).toBe(0);
    const expected = idsWhere((r) => r.type !== 'opposition');
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(data.relations.length);
    expect(result.stderr).toBe(`exported graphml to stdout: ${withoutOpposition}\n`);
    const graph = parseXmlStrictly(result.stdout).getElementsByTagName('graph')[0]!;
    const nodes = Array.from(graph.getElementsByTagName('node'));
    const edges = Array.from(graph.getElementsByTagName('edge'));
    expect(nodes.map((node) => attributeOf(node, 'id')).sort()).toEqual(ids(data.actors));
    expect(edges.map((edge) => attributeOf(edge, 'id')).sort()).toEqual(expected);
    const types = Array.from(graph.getElementsByTagName('data')).filter((d) => attributeOf(d, 'key') === 'edge_type');
    expect(new Set(types.map((d) => d.textContent))).not.toContain('opposition');
  });

  it('--format graphml --graphml-edges pair: one edge per source and target, holding every relation of the pair', async () => {
    const result = await entente('export', zagorski, '--format', 'graphml', '--graphml-edges', 'pair');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`exported graphml to stdout: ${allActors}, ${allRelations}\n`);
    const edges = Array.from(parseXmlStrictly(result.stdout).getElementsByTagName('edge'));
    const pairs = new Set(data.relations.map((r) => JSON.stringify([r.source, r.target])));
    expect(edges.map((edge) => JSON.stringify([attributeOf(edge, 'source'), attributeOf(edge, 'target')])).sort()).toEqual([...pairs].sort());
    const relationIds = edges.flatMap((edge) =>
      Array.from(edge.getElementsByTagName('data'))
        .filter((d) => attributeOf(d, 'key') === 'edge_relation_ids')
        .flatMap((d) => (d.textContent ?? '').split('; ')),
    );
    expect(relationIds.sort()).toEqual(ids(data.relations));
  });

  it('--format json with no filters gives the dataset file back byte for byte, but for its relative $schema', async () => {
    const result = await entente('export', zagorski, '--format', 'json');
    expect(result.code).toBe(0);
    // "./schema.json" would name a file that is not beside the exported one.
    expect(result.stdout).toBe(bundledDatasetText().replace(/^ {2}"\$schema": "\.\/schema\.json",\n/m, ''));
    expect(result.stdout).not.toContain('$schema');
    expect(result.stderr).toBe(`exported json to stdout: ${allActors}, ${allRelations}\n`);
  });

  it('--as-of 2003: a valid dataset with no relation begun after 2003, and every one begun by then', async () => {
    const result = await entente('export', zagorski, '--format', 'json', '--as-of', '2003');
    expect(result.code).toBe(0);
    const exported = exportedDataset(result.stdout);
    expect(ids(exported.relations.filter((r) => (startYear(r) ?? '0000') > '2003'))).toEqual([]);
    const expected = idsWhere((r) => (startYear(r) ?? '0000') <= '2003');
    expect(ids(exported.relations)).toEqual(expected);
    expect(expected.length).toBeLessThan(data.relations.length);
    // Evidence is kept whole and only the sources it cites are kept.
    const original = new Map(data.relations.map((r) => [r.id, r]));
    for (const relation of exported.relations) expect(relation).toEqual(original.get(relation.id));
    expect(result.stderr).toBe(`exported json to stdout: ${allActors}, ${expected.length} relations (as of 2003)\n`);
  });

  it('--from 2005 --to 2006 --no-undated: only dated relations overlapping the window', async () => {
    const result = await entente('export', zagorski, '--format', 'json', '--from', '2005', '--to', '2006', '--no-undated');
    expect(result.code).toBe(0);
    const exported = exportedDataset(result.stdout);
    const expected = idsWhere((r) => {
      const start = startYear(r);
      if (start === undefined) return false;
      const end = endYear(r);
      return start <= '2006' && (end === undefined || end >= '2005');
    });
    expect(ids(exported.relations)).toEqual(expected);
    expect(expected).toContain('russia-backs-kazakhstan-bid-2005'); // open period from 2005
    expect(expected).not.toContain('kazakhstan-anger-at-osce-1999-2003'); // ended in 2003
    expect(result.stderr).toContain('(2005 to 2006, undated hidden)');
  });

  it('--hide-kinds person,group: no such actor, and no relation touching one', async () => {
    const result = await entente('export', zagorski, '--format', 'json', '--hide-kinds', 'person', '--hide-kinds', 'group');
    expect(result.code).toBe(0);
    const exported = exportedDataset(result.stdout);
    const hidden = new Set(data.actors.filter((a) => a.kind === 'person' || a.kind === 'group').map((a) => a.id));
    expect(ids(exported.actors)).toEqual(ids(data.actors.filter((a) => !hidden.has(a.id))));
    expect(ids(exported.relations)).toEqual(idsWhere((r) => !hidden.has(r.source) && !hidden.has(r.target)));
    expect(result.stderr).toContain('(person hidden, group hidden)');
  });

  it('--stated-only and --hide-isolated on a small dataset', async () => {
    const mixed = breakableDataset();
    mixed.relations[1]!.certainty = 'inferred'; // lavrov's role: lavrov's only relation
    const path = file('mixed.json', JSON.stringify(mixed));
    const statedOnly = await entente('export', path, '--format', 'json', '--stated-only');
    expect(ids(exportedDataset(statedOnly.stdout).relations)).toEqual(['r-support']);
    expect(ids(exportedDataset(statedOnly.stdout).actors)).toEqual(['kazakhstan', 'lavrov', 'russia']);
    const isolated = await entente('export', path, '--format', 'json', '--stated-only', '--hide-isolated');
    expect(isolated.code).toBe(0);
    expect(ids(exportedDataset(isolated.stdout).actors)).toEqual(['kazakhstan', 'russia']);
    expect(isolated.stderr).toBe('exported json to stdout: 2 actors, 1 relation (stated only, isolated hidden)\n');
  });

  it('--format cyjs: a pretty-printed Cytoscape.js document of the visible elements, with --no-layout no positions', async () => {
    const result = await entente('export', zagorski, '--format', 'cyjs', '--hide-types', 'opposition,deal', '--no-layout');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\{\n {2}"format_version": "1\.0",\n/);
    const document = JSON.parse(result.stdout) as {
      data: { id: string };
      elements: { nodes: { data: { id: string }; position?: unknown }[]; edges: { data: { id: string; type: string } }[] };
    };
    expect(document.data.id).toBe('zagorski-2009');
    expect(document.elements.nodes.map((n) => n.data.id).sort()).toEqual(ids(data.actors));
    expect(document.elements.nodes.every((n) => n.position === undefined)).toBe(true);
    expect(document.elements.edges.map((e) => e.data.id).sort()).toEqual(idsWhere((r) => r.type !== 'opposition' && r.type !== 'deal'));
  });

  it('--format gexf: a GEXF 1.3 document whose dated edges carry spells', async () => {
    const result = await entente('export', zagorski, '--format', 'gexf');
    expect(result.code).toBe(0);
    const document = parseXmlStrictly(result.stdout);
    expect(document.documentElement?.getAttribute('version')).toBe('1.3');
    const edges = Array.from(document.getElementsByTagName('edge'));
    expect(edges.map((edge) => attributeOf(edge, 'id')).sort()).toEqual(ids(data.relations));
    const dated = data.relations.filter((r) => r.date !== undefined || r.period !== undefined);
    expect(document.getElementsByTagName('spell')).toHaveLength(dated.length);
    const spellOf = (id: string) => edges.find((e) => attributeOf(e, 'id') === id)?.getElementsByTagName('spell')[0];
    const monthSpell = spellOf('lavrov-defends-kazakhstan-2007')!; // dated 2007-11
    expect([attributeOf(monthSpell, 'start'), attributeOf(monthSpell, 'end')]).toEqual(['2007-11-01', '2007-11-30']);
    const openSpell = spellOf('russia-backs-kazakhstan-bid-2005')!; // from 2005, open
    expect([attributeOf(openSpell, 'start'), attributeOf(openSpell, 'end')]).toEqual(['2005-01-01', undefined]);
  });

  it('--format cyjs places every actor by the seeded layout, the same on every run, and --no-layout places none', async () => {
    type Nodes = { elements: { nodes: { data: { id: string }; position?: { x: number; y: number } }[] } };
    const positions = async (...extra: string[]) => {
      const result = await entente('export', zagorski, '--format', 'cyjs', ...extra);
      expect(result.code).toBe(0);
      return (JSON.parse(result.stdout) as Nodes).elements.nodes.map((node) => [node.data.id, node.position] as const);
    };
    const first = await positions();
    expect(first.map(([id]) => id).sort()).toEqual(bundledDataset().actors.map((actor) => actor.id).sort());
    for (const [, position] of first) expect(Number.isFinite(position?.x) && Number.isFinite(position?.y)).toBe(true);
    // No two actors stacked on one point (what Cytoscape desktop showed before: all at 0,0).
    expect(new Set(first.map(([, p]) => `${p?.x},${p?.y}`)).size).toBe(first.length);
    expect(await positions()).toEqual(first);
    expect((await positions('--no-layout')).every(([, position]) => position === undefined)).toBe(true);
  }, 30_000);

  it('--csv-delimiter semicolon --csv-formula-guard=off: the same dataset, separated by semicolons, cells as they are', async () => {
    const out = join(dir, 'csv-semicolon');
    const result = await entente('export', zagorski, '--format', 'csv', '--out', out, '--csv-delimiter', 'semicolon', '--csv-formula-guard=off');
    expect(result.code).toBe(0);
    const actors = readFileSync(join(out, 'actors.csv'), 'utf8');
    expect(actors.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('id;name;shortName;kind;aliases;description;affiliation');
    const { actors: _a, relations: _r, ...meta } = bundledDataset();
    const read = datasetFromCsv(actors, readFileSync(join(out, 'relations.csv'), 'utf8'), meta, { delimiter: ';', formulaGuard: false });
    expect(read.ok ? read.dataset : read.problems).toStrictEqual(bundledDataset());
  });

  it('--format csv --out DIR: actors.csv and relations.csv, one row per visible actor and relation', async () => {
    const out = join(dir, 'csv-out');
    const result = await entente('export', zagorski, '--format', 'csv', '--out', out, '--hide-types', 'opposition');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`wrote ${join(out, 'actors.csv')} and ${join(out, 'relations.csv')}: ${withoutOpposition}\n`);
    expect(readdirSync(out).sort()).toEqual(['actors.csv', 'relations.csv']);
    const [actorHeader, ...actorRows] = csvRecords(join(out, 'actors.csv'));
    expect(actorHeader?.[0]).toBe('id');
    expect(actorRows.map((row) => row[0]).sort()).toEqual(ids(data.actors));
    const [relationHeader, ...relationRows] = csvRecords(join(out, 'relations.csv'));
    expect(relationHeader?.slice(0, 4)).toEqual(['id', 'source', 'target', 'type']);
    expect(relationRows.map((row) => row[0]).sort()).toEqual(idsWhere((r) => r.type !== 'opposition'));
  });

  it('--blocs: each actor\'s bloc as `entente analyze` finds it (A, B, or empty outside the stance relations), also --weighted', async () => {
    for (const flags of [[], ['--weighted', '--as-of', '2007']]) {
      const out = join(dir, `blocs-csv${flags.length}`);
      const [exported, analyzed] = await Promise.all([
        entente('export', zagorski, '--format', 'csv', '--out', out, '--blocs', ...flags),
        entente('analyze', zagorski, '--json', ...flags),
      ]);
      expect(exported.code).toBe(0);
      const { blocs } = JSON.parse(analyzed.stdout) as { blocs: [string[], string[]] };
      const [header = [], ...rows] = csvRecords(join(out, 'actors.csv'));
      const bloc = header.indexOf('bloc');
      expect(bloc, header.join()).toBeGreaterThan(0);
      const blocOf = new Map(rows.map((row) => [row[0], row[bloc]]));
      expect([...blocOf].filter(([, letter]) => letter === 'A').map(([id]) => id).sort()).toEqual([...blocs[0]].sort());
      expect([...blocOf].filter(([, letter]) => letter === 'B').map(([id]) => id).sort()).toEqual([...blocs[1]].sort());
      expect([...blocOf].filter(([, letter]) => letter === '').length).toBe(rows.length - blocs[0].length - blocs[1].length);
    }
    const graphml = await entente('export', zagorski, '--format', 'graphml', '--blocs');
    expect(graphml.stdout).toContain('<key id="node_bloc" for="node" attr.name="bloc" attr.type="string"/>');
    const plain = await entente('export', zagorski, '--format', 'graphml');
    expect(plain.stdout).not.toContain('attr.name="bloc"');
  });

  it('stops quietly when the reader of stdout closes the pipe early (| head)', async () => {
    // bash, for PIPESTATUS: entente's own exit code, printed after its stderr.
    const script = '"$0" "$1" export "$2" --format gexf | head -c 100 > /dev/null; echo "exit ${PIPESTATUS[0]}" >&2';
    const { stderr } = await run('bash', ['-c', script, process.execPath, bin, zagorski]);
    expect(stderr).toBe(`exported gexf to stdout: ${allActors}, ${allRelations}\nexit 0\n`);
  });

  it('--out FILE writes the file (what stdout would get) and reports on stdout', async () => {
    const out = join(dir, 'out.graphml');
    const result = await entente('export', zagorski, '--format', 'graphml', '--hide-types', 'opposition', '--out', out);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`wrote ${out}: ${withoutOpposition}\n`);
    const piped = await entente('export', zagorski, '--format', 'graphml', '--hide-types', 'opposition');
    expect(readFileSync(out, 'utf8')).toBe(piped.stdout);
  });

  it('--out DIR/ for a one-file format names the file as the app does', async () => {
    const out = join(dir, 'named');
    mkdirSync(out);
    const result = await entente('export', zagorski, '--format', 'gexf', '--hide-types', 'opposition', '--out', out);
    expect(result.code).toBe(0);
    const [name, ...others] = readdirSync(out);
    expect(others).toEqual([]);
    expect(name).toMatch(/^zagorski-2009_opposition-hidden_\d{4}-\d{2}-\d{2}\.gexf$/);
    expect(result.stdout).toBe(`wrote ${join(out, name!)}: ${withoutOpposition}\n`);
  });
});

describe('entente export errors', { timeout: 30_000 }, () => {
  /** Every usage error: exit 2, one message, nothing on stdout, no stack trace. */
  async function usageError(args: string[], message: string | RegExp): Promise<void> {
    const result = await entente('export', ...args);
    expect({ args, code: result.code, stdout: result.stdout }).toEqual({ args, code: 2, stdout: '' });
    expect(result.stderr).toMatch(/^entente: /);
    if (typeof message === 'string') expect(result.stderr).toContain(message);
    else expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toContain('    at ');
  }

  it('exits 2 naming the problem with a flag, before reading the file', async () => {
    const json = [small, '--format', 'json'];
    await Promise.all([
      usageError([small], 'export needs --format (json, cyjs, graphml, gexf, csv)'),
      usageError([small, '--format', 'xml'], 'unknown format "xml"; formats are json, cyjs, graphml, gexf, csv'),
      usageError(
        [...json, '--hide-types', 'opposition,oposition'],
        '--hide-types: unknown relation type "oposition" (did you mean "opposition"?); relation types are support, opposition, deal, membership, role, kinship',
      ),
      usageError([...json, '--hide-kinds', 'people'], '--hide-kinds: unknown actor kind "people"; actor kinds are state, organization, person, group'),
      usageError([...json, '--as-of', '2003-13'], '--as-of: "2003-13" is not a date; give YYYY, YYYY-MM or YYYY-MM-DD'),
      usageError([...json, '--from', '2007-02-30', '--to', '2008'], '--from: "2007-02-30" is not a date'),
      usageError([...json, '--from', '2007', '--to', 'soon'], '--to: "soon" is not a date'),
      usageError([...json, '--as-of', '2003', '--from', '2001', '--to', '2002'], 'give either --as-of DATE or --from DATE --to DATE, not both'),
      usageError([...json, '--from', '2003'], '--from needs --to'),
      usageError([...json, '--to', '2003'], '--to needs --from'),
      usageError([...json, '--from', '2009', '--to', '2003'], '--from 2009 --to 2003: the window starts (2009) after it ends (2003)'),
      usageError([...json, '--as-of', '0000'], '--as-of: "0000" is not a date: there is no year 0000'),
      usageError([small, '--format', 'csv'], '--format csv writes two files (actors.csv and relations.csv), so it needs --out DIR'),
      usageError([small, '--format', 'csv', '--out', dir, '--csv-delimiter', 'pipe'], '--csv-delimiter: "pipe" is not one of comma, semicolon, tab'),
      usageError([...json, '--graphml-edges', 'both'], '--graphml-edges: "both" is not one of relation, pair'),
      usageError(['--format', 'json'], 'export takes one dataset file'),
      usageError([small, small, '--format', 'json'], 'export takes one dataset file'),
      usageError([...json, '--source', 'x=y'], 'export takes no --source option'),
      usageError([...json, '--bogus'], "Unknown option '--bogus'"),
      usageError([small, '--format', 'graphml', '--weighted'], '--weighted weighs the blocs by stance strength, so it needs --blocs'),
      usageError([...json, '--blocs'], '--blocs adds a column to the actors; dataset JSON has none'),
      // Flag errors come first: a missing file is not even opened.
      usageError([join(dir, 'nope.json'), '--format', 'json', '--hide-types', 'x'], 'unknown relation type "x"'),
    ]);
  });

  it('exits 2 when the input cannot be read or the output cannot be written', async () => {
    const notADirectory = file('plain.txt', 'a file');
    await Promise.all([
      usageError([join(dir, 'nope.json'), '--format', 'json'], /^entente: cannot read dataset .*nope\.json \(ENOENT\)\n$/),
      usageError([small, '--format', 'graphml', '--out', join(dir, 'missing', 'x.graphml')], /^entente: cannot write .*missing\/x\.graphml \(ENOENT\)\n$/),
      usageError([small, '--format', 'json', '--out', join(notADirectory, 'x.json')], /cannot write .*plain\.txt\/x\.json \(ENOTDIR\)/),
      usageError([small, '--format', 'csv', '--out', notADirectory], '--out must name a directory'),
      usageError([small, '--format', 'csv', '--out', join(dir, 'relations.csv')], '--out must name a directory'),
    ]);
    expect(existsSync(join(dir, 'relations.csv'))).toBe(false);
  });

  it('exits 1 listing the problems of an invalid dataset, and writes nothing', async () => {
    const broken = breakableDataset();
    broken.relations[0]!.target = 'kazakstan';
    const path = file('broken.json', JSON.stringify(broken, null, 2));
    const out = join(dir, 'never.graphml');
    const result = await entente('export', path, '--format', 'graphml', '--out', out);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^${path}:\\d+:\\d+: relations\\[0\\]\\.target: "kazakstan" is not an actor id \\(did you mean "kazakhstan"\\?\\)\n`));
    expect(result.stderr).toContain(`${path}: 1 problem; not a valid dataset, nothing exported`);
    expect(existsSync(out)).toBe(false);
  });

  it('other commands refuse export flags instead of ignoring them', async () => {
    const result = await entente('validate', small, '--format', 'json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('validate takes no --format option');
  });
});
