import { describe, expect, it } from 'vitest';
import type { Dataset } from './schema';
import { parseDatasetText } from './parse-dataset';
import { breakableDataset, minimalDataset, type DeepMutable } from './testing/minimal-dataset';
import { validateDataset } from './validate';

/** A JSON copy the test may break freely (the dataset types are read-only). */
function broken(edit: (data: DeepMutable<Dataset>) => void): unknown {
  const data = breakableDataset();
  edit(data);
  return data;
}

function problemsOf(input: unknown): string[] {
  const result = validateDataset(input);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('validateDataset', () => {
  it('accepts a valid dataset and returns it unchanged', () => {
    const result = validateDataset(minimalDataset());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset).toEqual(minimalDataset());
  });

  it('names a mistyped actor reference by path, with a suggestion', () => {
    const input = broken((d) => (d.relations[0]!.target = 'kazakstan'));
    expect(problemsOf(input)).toEqual(['relations[0].target: "kazakstan" is not an actor id (did you mean "kazakhstan"?)']);
  });

  it('reports every problem at once', () => {
    const input = broken((d) => {
      d.actors.push({ ...d.actors[0]! });
      d.relations[1]!.date = '2007-02-30';
      d.relations[0]!.period = { start: '2009', end: '2005' };
      d.relations[1]!.evidence = [];
      d.relations[0]!.evidence[0]!.source = 'nowhere';
      Object.assign(d.actors[2]!, { kind: 'person ' });
    });
    const problems = problemsOf(input);
    expect(problems).toEqual(
      expect.arrayContaining([
        'actors[3].id: duplicate id "kazakhstan"',
        'relations[1].date: "2007-02-30" is not a day in the calendar',
        'relations[0].period: starts (2009) after it ends (2005)',
        'relations[1].evidence: needs at least one evidence item',
        'relations[0].evidence[0].source: "nowhere" is not a source id',
        'actors[2].kind: "person " is not one of "state", "organization", "person", "group" (did you mean "person"?)',
      ]),
    );
    expect(problems).toHaveLength(6);
  });

  it('rejects ids shared by an actor and a relation, since graph ids must be unique', () => {
    expect(problemsOf(broken((d) => (d.relations[0]!.id = 'russia')))).toEqual([
      'relations[0].id: id "russia" is already used by actors[1]; actor and relation ids must all differ',
    ]);
  });

  it('rejects missing fields, unknown fields and wrong types', () => {
    const input = broken((d) => {
      const { summary: _dropped, ...withoutSummary } = d.relations[0]!;
      d.relations[0] = Object.assign(withoutSummary, { sumary: 'typo' }) as unknown as (typeof d.relations)[0];
      Object.assign(d.relations[1]!, { directed: 'yes' });
    });
    expect(problemsOf(input)).toEqual(
      expect.arrayContaining([
        'relations[0].summary: is required (string)',
        'relations[0]: unknown field "sumary"',
        expect.stringMatching(/^relations\[1\]\.directed: .*boolean/),
      ]),
    );
  });

  it('rejects bad dates, self-relations, date with period, and empty locators', () => {
    const input = broken((d) => {
      d.relations[0]!.date = '2007';
      d.relations[1]!.date = '07/11/2007';
      d.relations[1]!.target = 'lavrov';
      d.relations[1]!.evidence[0]!.locator = {};
    });
    expect(problemsOf(input)).toEqual(
      expect.arrayContaining([
        'relations[0].period: give either date or period, not both',
        'relations[1].date: must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD',
        'relations[1].target: a relation needs two different actors; source and target are both "lavrov"',
        'relations[1].evidence[0].locator: must give a section, paragraph, footnote or page',
      ]),
    );
  });

  it('accepts a strength on each stance type', () => {
    const input = broken((d) => {
      d.relations[0]!.strength = 'weak';
      d.relations.push({ ...d.relations[0]!, id: 'r-opposition', type: 'opposition', strength: 'strong' });
      d.relations.push({ ...d.relations[0]!, id: 'r-deal', type: 'deal', directed: false, strength: 'clear' });
    });
    expect(problemsOf(input)).toEqual([]);
  });

  it.each(['membership', 'role', 'kinship'] as const)('rejects a strength on a %s tie', (type) => {
    const input = broken((d) => {
      d.relations[1]!.type = type;
      d.relations[1]!.strength = 'strong';
    });
    expect(problemsOf(input)).toEqual([
      `relations[1].strength: only a stance (support, opposition, deal) may have a strength; this relation is a ${type}`,
    ]);
  });

  it('rejects a strength outside weak, clear and strong', () => {
    const input = broken((d) => Object.assign(d.relations[0]!, { strength: 'strng' }));
    expect(problemsOf(input)).toEqual(['relations[0].strength: "strng" is not one of "weak", "clear", "strong" (did you mean "strong"?)']);
  });

  it('rejects non-http links, which would otherwise become clickable script URLs', () => {
    expect(problemsOf(broken((d) => (d.sources[0]!.url = 'javascript:alert(1)')))).toEqual(['sources[0].url: must be an absolute http(s) URL']);
  });

  it.each([null, 42, 'text', [], {}])('reports, never throws, for %j', (input) => {
    const result = validateDataset(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
  });
});

describe('parseDatasetText', () => {
  it('reads a file that starts with a byte order mark', () => {
    expect(parseDatasetText(`\uFEFF${JSON.stringify(minimalDataset())}`).ok).toBe(true);
  });

  it('reports, never throws, for JSON nested beyond reason', () => {
    expect(parseDatasetText(`${'['.repeat(20000)}${']'.repeat(20000)}`)).toEqual({
      ok: false,
      problems: [{ path: '(root)', message: 'the JSON is nested too deeply to read' }],
    });
  });

  it('says so for deep nesting inside a field too, where only locating a problem would overflow', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(parseDatasetText(`{"format": "x", "actors": ${deep}}`)).toEqual({
      ok: false,
      problems: [{ path: '(root)', message: 'the JSON is nested too deeply to read' }],
    });
  });
});

describe('problem order', () => {
  it('lists problems in the order of the places they name, whatever check found them', () => {
    const input = broken((d) => {
      d.relations[1]!.target = 'nobody';
      d.relations[0]!.date = '2007';
      d.relations[0]!.certainty = 'sure' as 'stated';
      d.actors[2]!.affiliation = 'nowhere';
      d.sources[0]!.published = '2009-02-30';
    });
    expect(problemsOf(input).map((problem) => problem.split(':')[0])).toEqual([
      'sources[0].published',
      'actors[2].affiliation',
      'relations[0].period', // the key stands before certainty in the file
      'relations[0].certainty',
      'relations[1].target',
    ]);
  });

  it('gives lines in increasing order when parsing a file', () => {
    const data = breakableDataset();
    data.relations[1]!.target = 'nobody';
    data.relations[0]!.certainty = 'sure' as 'stated';
    data.actors[0]!.kind = 'nation' as 'state';
    const result = parseDatasetText(JSON.stringify(data, null, 2));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.problems.map((problem) => problem.line ?? 0);
    expect(lines).toHaveLength(3);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(result.problems.map((problem) => problem.path)).toEqual(['actors[0].kind', 'relations[0].certainty', 'relations[1].target']);
  });

  it('places problems at the right line and column in a long file', () => {
    const data = breakableDataset();
    const template = data.relations[0]!;
    data.relations = Array.from({ length: 300 }, (_, i) => ({ ...template, id: `r-${i}`, target: i % 100 === 99 ? `gone-${i}` : template.target }));
    const text = JSON.stringify(data, null, 2);
    const result = parseDatasetText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.path)).toEqual(['relations[99].target', 'relations[199].target', 'relations[299].target']);
    for (const problem of result.problems) {
      const line = text.split('\n')[(problem.line ?? 0) - 1] ?? '';
      expect(line.slice((problem.column ?? 0) - 1)).toMatch(/^"target": "gone-\d+"/);
    }
  });
});

describe('text that would mislead a reader', () => {
  it.each(['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'])(
    'refuses the bidi control %j anywhere, naming the character',
    (control) => {
      const code = `U+${control.charCodeAt(0).toString(16).toUpperCase()}`;
      const message = `contains a bidirectional control character (${code}) that can make text display in another order than it reads; remove it`;
      expect(problemsOf(broken((d) => (d.actors[0]!.name = `${control}evil`)))).toEqual([`actors[0].name: ${message}`]);
      expect(problemsOf(broken((d) => (d.relations[1]!.evidence[0]!.prefix = `a ${control}b`)))).toEqual([`relations[1].evidence[0].prefix: ${message}`]);
      expect(problemsOf(broken((d) => (d.description = control)))).toEqual([`description: ${message}`]);
    },
  );

  const terminalMessage = (code: string) => `contains a control character (${code}) that a terminal can act on (moving the cursor, changing the screen); remove it`;

  it.each([
    ['ESC, starting a sequence that retitles the terminal', '\u001b]0;pwned\u0007', 'U+001B'],
    ['NUL', '\u0000', 'U+0000'],
    ['BEL alone', '\u0007', 'U+0007'],
    ['a carriage return, which overwrites the line', 'Kazakhstan\rRussia', 'U+000D'],
    ['a vertical tab', '\u000b', 'U+000B'],
    ['the unit separator', '\u001f', 'U+001F'],
    ['DEL', '\u007f', 'U+007F'],
    ['C1 CSI (ESC [ in one character)', '\u009b2J', 'U+009B'],
    ['the last C1 control', '\u009f', 'U+009F'],
  ])('refuses %s in names, short names, aliases, summaries and titles, naming the character', (_, control, code) => {
    const message = terminalMessage(code);
    expect(problemsOf(broken((d) => (d.actors[0]!.name = `Kazakhstan${control}`)))).toEqual([`actors[0].name: ${message}`]);
    expect(problemsOf(broken((d) => (d.actors[0]!.shortName = `KZ${control}`)))).toEqual([`actors[0].shortName: ${message}`]);
    expect(problemsOf(broken((d) => (d.actors[1]!.aliases = ['Moscow', `${control}Kremlin`])))).toEqual([`actors[1].aliases[1]: ${message}`]);
    expect(problemsOf(broken((d) => (d.relations[1]!.summary = `a ${control}deal`)))).toEqual([`relations[1].summary: ${message}`]);
    expect(problemsOf(broken((d) => (d.sources[0]!.title = `A ${control}source`)))).toEqual([`sources[0].title: ${message}`]);
    expect(problemsOf(broken((d) => (d.title = `Test ${control}set`)))).toEqual([`title: ${message}`]);
  });

  it('refuses terminal controls in quotes and descriptions, but keeps their tabs and line breaks (LF or CRLF)', () => {
    expect(problemsOf(broken((d) => (d.relations[1]!.evidence[0]!.quote = 'two\tcolumns, two\r\nlines\nand more')))).toEqual([]);
    expect(problemsOf(broken((d) => (d.actors[0]!.description = 'First line.\r\nSecond line.')))).toEqual([]);
    expect(problemsOf(broken((d) => (d.relations[1]!.evidence[0]!.suffix = 'and \u001b[2J')))).toEqual([`relations[1].evidence[0].suffix: ${terminalMessage('U+001B')}`]);
    expect(problemsOf(broken((d) => (d.description = 'bell\u0007')))).toEqual([`description: ${terminalMessage('U+0007')}`]);
  });

  it('keeps tabs and line breaks in names as before, and characters just past the C1 range', () => {
    expect(problemsOf(broken((d) => (d.actors[0]!.name = 'Kazakh\tstan\n')))).toEqual([]);
    expect(problemsOf(broken((d) => (d.actors[0]!.name = '\u00a0Kazakhstan\u00e9')))).toEqual([]);
  });

  it('accepts right-to-left text and the implicit direction marks', () => {
    expect(problemsOf(broken((d) => (d.actors[0]!.name = 'مرحبا \u200FAstana\u200E שָׁלוֹם')))).toEqual([]);
  });

  it.each([
    ['zero-width space', '\u200B'],
    ['zero-width joiners and a word joiner', '\u200C\u200D\u2060'],
    ['a byte order mark and a soft hyphen', '\uFEFF\u00AD'],
    ['a Hangul filler', '\u3164'],
    ['a braille blank between spaces', ' \u2800 '],
  ])('refuses a name made only of invisible characters (%s)', (_, name) => {
    expect(problemsOf(broken((d) => (d.actors[0]!.name = name)))).toEqual([
      'actors[0].name: must contain a visible character; it holds only invisible ones (such as zero-width spaces)',
    ]);
  });

  it('keeps the plain message for an empty name', () => {
    expect(problemsOf(broken((d) => (d.actors[0]!.name = '  ')))).toEqual(['actors[0].name: must not be empty']);
  });

  it('refuses year 0000 with a clear message, in dates and periods', () => {
    const year0 = (value: string) => `"${value}" has year 0000, which the calendar does not have; years start at 0001`;
    expect(problemsOf(broken((d) => (d.relations[1]!.date = '0000')))).toEqual([`relations[1].date: ${year0('0000')}`]);
    expect(problemsOf(broken((d) => (d.relations[0]!.period = { start: '0000-03-01' })))).toEqual([`relations[0].period.start: ${year0('0000-03-01')}`]);
    expect(problemsOf(broken((d) => (d.sources[0]!.published = '0000-12')))).toEqual([`sources[0].published: ${year0('0000-12')}`]);
    expect(problemsOf(broken((d) => (d.relations[1]!.date = '0001')))).toEqual([]);
  });

  it.each(['https://user:secret@example.org/article', 'https://user@example.org/', 'http://trusted.org@evil.example/'])('refuses a link with a user name or password: %s', (url) => {
    expect(problemsOf(broken((d) => (d.sources[0]!.url = url)))).toEqual(['sources[0].url: must not contain a user name or password (user:password@)']);
  });

  it('accepts an @ in a link path or query', () => {
    expect(problemsOf(broken((d) => (d.sources[0]!.url = 'https://example.org/@author/post?by=a@b.org')))).toEqual([]);
  });
});
