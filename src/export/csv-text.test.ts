import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, formatCsv, parseCsv, parseCsvFields, type CsvField } from './csv-text';
import { awkwardText } from './testing/arbitrary-dataset';

describe('formatCsv', () => {
  it('quotes only fields that need it, doubling quotes, and ends every record with CRLF', () => {
    expect(formatCsv([['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\r', ' spaced ']])).toBe(
      'plain,"a,b","say ""hi""","two\nlines","cr\r", spaced \r\n',
    );
  });

  it('writes a missing value as an empty field and the empty string as ""', () => {
    expect(formatCsv([['a', undefined, '', 'b']])).toBe('a,,"",b\r\n');
  });

  it('quotes a field that starts with U+FEFF, so a reader cannot take it for a byte order mark', () => {
    expect(parseCsvFields(formatCsv([['\uFEFFx']]))).toEqual([['\uFEFFx']]);
  });
});

describe('parseCsv', () => {
  it('reads quoted commas, quotes and line breaks exactly', () => {
    expect(parseCsv('id,text\r\n1,"a, ""b""\r\nc"\r\n')).toEqual([
      ['id', 'text'],
      ['1', 'a, "b"\r\nc'],
    ]);
  });

  it('accepts LF or CR line ends, no final line end and a byte order mark', () => {
    expect(parseCsv('\uFEFFa,b\nc,d\re,f')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('tells a missing value from an empty string, and keeps a trailing empty field', () => {
    expect(parseCsvFields('a,,"",\r\n')).toEqual([['a', undefined, '', undefined]]);
    expect(parseCsv('a,,"",\r\n')).toEqual([['a', '', '', '']]);
  });

  it('returns no records for empty text', () => {
    expect(parseCsv('')).toEqual([]);
  });

  it('reports malformed text by line and column', () => {
    const failure = (text: string) => {
      try {
        parseCsvFields(text);
      } catch (error) {
        if (error instanceof CsvSyntaxError) return `${error.line}:${error.column} ${error.reason}`;
        throw error;
      }
      return 'parsed';
    };
    expect(failure('a,b\r\nc,d"e"\r\n')).toBe('2:4 a quote inside an unquoted field (quote the field and double the quote)');
    expect(failure('a\r\n"closed" late\r\n')).toBe('2:9 text after a closing quote (a field is either all quoted or not at all)');
    expect(failure('\uFEFFa\n"never closed')).toBe('2:1 a quoted field is never closed');
  });

  it('reads back whatever formatCsv writes', () => {
    const field: fc.Arbitrary<CsvField> = fc.option(awkwardText(), { nil: undefined });
    const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { maxLength: 6 });
    fc.assert(
      fc.property(rows, (records) => {
        expect(parseCsvFields(formatCsv(records))).toEqual(records);
      }),
      { numRuns: 500 },
    );
  });
});
