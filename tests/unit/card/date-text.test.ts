import { describe, expect, it } from 'vitest';
import { parseDateText } from '@/lib/card/date-text';

const NOW = new Date('2026-12-02T07:00:00Z');
const read = (text: string) => parseDateText(text, NOW);

describe('parseDateText', () => {
  it('reads ISO dates and date-times at their precision, as written', () => {
    expect(read('2020-06-11')).toEqual({ date: '2020-06-11', precision: 'day' });
    expect(read('2020-06-11T09:30:00-07:00')).toEqual({ date: '2020-06-11', precision: 'day' });
    // Late evening in California is already the next day in UTC: the publisher's date is kept.
    expect(read('2020-06-11T23:30:00-07:00')).toEqual({ date: '2020-06-11', precision: 'day' });
    expect(read('2020-06-11T16:30:00.000Z')).toEqual({ date: '2020-06-11', precision: 'day' });
    expect(read('2020-06-11 16:30:00')).toEqual({ date: '2020-06-11', precision: 'day' });
    expect(read('  2020-06 ')).toEqual({ date: '2020-06', precision: 'month' });
    expect(read('2020')).toEqual({ date: '2020', precision: 'year' });
  });

  it('reads year-first dates with slashes or dots', () => {
    expect(read('2020/06/11')).toEqual({ date: '2020-06-11', precision: 'day' });
    expect(read('2020.06.11')).toEqual({ date: '2020-06-11', precision: 'day' });
  });

  it('reads dates with English month names, RFC 2822 included', () => {
    expect(read('Thu, 11 Jun 2020 16:30:00 GMT')).toEqual({ date: '2020-06-11', precision: 'day' });
    expect(read('11 June 2020')).toEqual({ date: '2020-06-11', precision: 'day' });
    expect(read('June 11, 2020')).toEqual({ date: '2020-06-11', precision: 'day' });
    expect(read('Sept. 3rd, 2019 4:30 PM EDT')).toEqual({ date: '2019-09-03', precision: 'day' });
    expect(read('Thursday, June 11, 2020')).toEqual({ date: '2020-06-11', precision: 'day' });
    expect(read('June 2020')).toEqual({ date: '2020-06', precision: 'month' });
  });

  it('gives nothing for numeric dates that do not start with the year', () => {
    expect(read('03/04/2020')).toBeNull();
    expect(read('13/04/2020')).toBeNull();
    expect(read('04.03.2020')).toBeNull();
    expect(read('06-11-2020')).toBeNull();
  });

  it('gives nothing for dates that are not in the calendar', () => {
    expect(read('2020-02-30')).toBeNull();
    expect(read('2021-02-29')).toBeNull();
    expect(read('2020-13')).toBeNull();
    expect(read('31 June 2020')).toBeNull();
  });

  it('gives nothing for future dates, but allows a publisher a time zone ahead', () => {
    expect(read('2027-01-01')).toBeNull();
    expect(read('2026-12-04')).toBeNull();
    expect(read('2030')).toBeNull();
    expect(read('2026-12-03T01:00:00+09:00')).toEqual({ date: '2026-12-03', precision: 'day' });
    expect(read('2026-12')).toEqual({ date: '2026-12', precision: 'month' });
  });

  it('gives nothing for garbage and placeholders', () => {
    for (const text of [
      '',
      'yesterday',
      'null',
      'undefined',
      '{{ page.date }}',
      '1970-01-01T00:00:00Z',
      '0001-01-01',
      '1591593000',
      '20200611',
      '2020 election',
      '2020-06-11garbage',
      'Jun 2020 sale',
      'Smarch 11, 2020',
    ]) {
      expect(read(text), text).toBeNull();
    }
  });
});
