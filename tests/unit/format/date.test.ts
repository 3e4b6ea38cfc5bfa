import { describe, expect, it } from 'vitest';
import { dateTimeAttribute, formatFactDate, parseIsoDate } from '@/lib/format/date';

describe('formatFactDate', () => {
  it('writes English dates day-first at each precision', () => {
    expect(formatFactDate('2016-11-30', 'day', 'en')).toBe('30 Nov 2016');
    expect(formatFactDate('2017-06', 'month', 'en')).toBe('June 2017');
    expect(formatFactDate('2019', 'year', 'en')).toBe('2019');
  });

  it('writes German and Spanish dates as each language does', () => {
    expect(formatFactDate('2016-11-30', 'day', 'de')).toBe('30. Nov. 2016');
    expect(formatFactDate('2017-06', 'month', 'de')).toBe('Juni 2017');
    expect(formatFactDate('2016-11-30', 'day', 'es')).toBe('30 nov 2016');
    expect(formatFactDate('2017-06', 'month', 'es')).toBe('junio de 2017');
    expect(formatFactDate('2019', 'year', 'es')).toBe('2019');
  });

  it('writes French dates with French month names', () => {
    expect(formatFactDate('2016-11-30', 'day', 'fr')).toBe('30 nov. 2016');
    expect(formatFactDate('2017-06', 'month', 'fr')).toBe('juin 2017');
    expect(formatFactDate('2019', 'year', 'fr')).toBe('2019');
  });

  it('spells the month out on request, for a day only', () => {
    expect(formatFactDate('2020-06-11', 'day', 'en', 'long')).toBe('11 June 2020');
    expect(formatFactDate('2020-06-11', 'day', 'fr', 'long')).toBe('11 juin 2020');
    expect(formatFactDate('2020-06', 'month', 'fr', 'long')).toBe('juin 2020');
    expect(formatFactDate('2020', 'year', 'en', 'long')).toBe('2020');
  });

  it('never shifts the first or last day of a year across a time-zone boundary', () => {
    expect(formatFactDate('2020-01-01', 'day', 'en')).toBe('1 Jan 2020');
    expect(formatFactDate('2020-12-31', 'day', 'fr')).toBe('31 déc. 2020');
    expect(formatFactDate('2021', 'year', 'en')).toBe('2021');
  });
});

describe('parseIsoDate', () => {
  it('reads the three shapes as UTC midnight', () => {
    expect(parseIsoDate('2016-11-30').toISOString()).toBe('2016-11-30T00:00:00.000Z');
    expect(parseIsoDate('2017-06').toISOString()).toBe('2017-06-01T00:00:00.000Z');
    expect(parseIsoDate('2019').toISOString()).toBe('2019-01-01T00:00:00.000Z');
  });

  it('rejects impossible or malformed dates', () => {
    expect(() => parseIsoDate('2019-02-30')).toThrow(RangeError);
    expect(() => parseIsoDate('2019-13')).toThrow(RangeError);
    expect(() => parseIsoDate('June 2019')).toThrow(RangeError);
  });
});

describe('dateTimeAttribute', () => {
  it('keeps the date only as far as its precision', () => {
    expect(dateTimeAttribute('2016-11-30', 'day')).toBe('2016-11-30');
    expect(dateTimeAttribute('2017-06', 'month')).toBe('2017-06');
    expect(dateTimeAttribute('2019', 'year')).toBe('2019');
  });
});
