import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFileName, slugForFileName } from './file-names';

// Local-time constructor: the name uses the day on the user's clock, whatever the time zone.
const lateOnNov28 = new Date(2026, 10, 28, 23, 59);

describe('export file names', () => {
  it('name the dataset, the filter and the day', () => {
    expect(exportFileName('zagorski-2009', '', 'graphml', lateOnNov28, 'opposition hidden')).toBe(
      'zagorski-2009_opposition-hidden_2026-11-28.graphml',
    );
    expect(exportFileName('zagorski-2009', 'relations', 'CSV', lateOnNov28)).toBe('zagorski-2009_relations_2026-11-28.csv');
    expect(exportFileName('zagorski-2009', 'snapshot', '.tar.gz', new Date(2027, 0, 5))).toBe('zagorski-2009_snapshot_2027-01-05.tar.gz');
  });

  it('slug unsafe text into letters, digits and single hyphens, in any script', () => {
    expect(slugForFileName('../../etc/passwd')).toBe('etc-passwd');
    expect(slugForFileName('Opposition hidden, 2005–2009')).toBe('opposition-hidden-2005-2009');
    expect(slugForFileName('Россия \u202Eexe.txt')).toBe('россия-exe-txt');
    expect(slugForFileName('C:\\con\u0000:*?"<>|')).toBe('c-con');
    expect(slugForFileName('😀')).toBe('');
  });

  it('fall back to a name when the dataset id slugs to nothing', () => {
    expect(exportFileName('///', '', 'json', lateOnNov28)).toBe('entente_2026-11-28.json');
  });

  it('refuse an invalid date instead of writing NaN', () => {
    expect(() => exportFileName('x', '', 'json', new Date('not a date'))).toThrow(RangeError);
  });

  it('are always safe file names of bounded length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), fc.string(), (id, filter, ext) => {
        const name = exportFileName(id, filter, ext, lateOnNov28, filter);
        const unsafe = Array.from(name).filter((char) => {
          const code = char.codePointAt(0) ?? 0;
          return code < 0x20 || code === 0x7f || /[/\\:*?"<>|\u202a-\u202e\u2066-\u2069]/.test(char);
        });
        expect(unsafe).toEqual([]);
        expect(name).not.toMatch(/^[.-]|\.\.|--/);
        expect(Array.from(name).length).toBeLessThanOrEqual(60 * 3 + 3 + 10 + ext.length + 1);
        expect(name).toMatch(/_2026-11-28(\.[a-z0-9]+)*$/);
      }),
      { numRuns: 500 },
    );
  });
});
