import { describe, expect, it } from 'vitest';
import { daySpan, formatWhen, isCalendarDate } from './dates';

describe('partial ISO dates', () => {
  it('accepts years, months and real days only', () => {
    expect(['2009', '2007-11', '2008-07-02', '2008-02-29'].every(isCalendarDate)).toBe(true);
    expect(['2007-02-29', '2007-13', '07-11-2007', '2007-1', ''].some(isCalendarDate)).toBe(false);
    // Years below 100 are years, not 1900 + n: year 4 is a leap year, 1900 is not; there is no year 0000.
    expect(isCalendarDate('0004-02-29')).toBe(true);
    expect(['0000', '0000-01', '0000-02-29'].some(isCalendarDate)).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false);
  });

  it('spans the days a partial date can mean', () => {
    expect(daySpan('2007')).toEqual({ first: '2007-01-01', last: '2007-12-31' });
    expect(daySpan('2008-02')).toEqual({ first: '2008-02-01', last: '2008-02-29' });
    expect(daySpan('2008-07-02')).toEqual({ first: '2008-07-02', last: '2008-07-02' });
  });

  it('words dates and periods at the precision given', () => {
    expect(formatWhen({ date: '2007-11' })).toBe('November 2007');
    expect(formatWhen({ date: '2008-07-02' })).toBe('2 July 2008');
    expect(formatWhen({ period: { start: '2005' } })).toBe('from 2005');
    expect(formatWhen({ period: { start: '1999', end: '2003-11' } })).toBe('1999 to November 2003');
    expect(formatWhen({})).toBe('undated');
  });
});
