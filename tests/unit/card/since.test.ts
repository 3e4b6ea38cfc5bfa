import { describe, expect, it } from 'vitest';
import { firstDay, lastDay, type Dated } from '@/lib/format/span';
import { isLater, splitFacts } from '@/lib/card/since';

const day = (date: string): Dated => ({ date, precision: 'day' });
const month = (date: string): Dated => ({ date, precision: 'month' });
const year = (date: string): Dated => ({ date, precision: 'year' });

describe('spans', () => {
  it('knows the first and last day of each precision', () => {
    expect([firstDay(day('2020-06-11')), lastDay(day('2020-06-11'))]).toEqual(['2020-06-11', '2020-06-11']);
    expect([firstDay(month('2020-02')), lastDay(month('2020-02'))]).toEqual(['2020-02-01', '2020-02-29']);
    expect([firstDay(month('2021-02')), lastDay(month('2021-02'))]).toEqual(['2021-02-01', '2021-02-28']);
    expect([firstDay(year('2020')), lastDay(year('2020'))]).toEqual(['2020-01-01', '2020-12-31']);
  });

  it('calls a fact later only when its whole span is after the page', () => {
    expect(isLater(day('2021-05-18'), day('2020-06-11'))).toBe(true);
    expect(isLater(day('2020-06-11'), day('2020-06-11'))).toBe(false);
    expect(isLater(day('2020-06-12'), day('2020-06-11'))).toBe(true);
    expect(isLater(month('2020-06'), day('2020-06-11'))).toBe(false);
    expect(isLater(day('2020-06-24'), month('2020-06'))).toBe(false);
    expect(isLater(day('2020-07-01'), month('2020-06'))).toBe(true);
    expect(isLater(year('2021'), year('2020'))).toBe(true);
    expect(isLater(month('2020-12'), year('2020'))).toBe(false);
  });
});

describe('splitFacts', () => {
  // Most important first, as the card data ranks them.
  const ranked = [
    { id: 'extended', ...day('2021-05-18') },
    { id: 'moratorium', ...day('2020-06-10') },
    { id: 'congress', ...day('2018-07-26') },
    { id: 'launch', ...day('2016-11-30') },
    { id: 'eu', ...day('2025-02-02') },
    { id: 'settlement', ...day('2022-05-09') },
    { id: 'county', ...day('2021-06-01') },
  ];
  const ids = (facts: Array<{ id: string }>) => facts.map((fact) => fact.id);

  it('leaves the card as it was without a page date', () => {
    const { key, since } = splitFacts(ranked, 3, null);
    expect(ids(key)).toEqual(['extended', 'moratorium', 'congress']);
    expect(since).toEqual([]);
  });

  it('lists the most important later facts, at most three, newest first, and keeps the earlier ones as key dates', () => {
    const { key, since } = splitFacts(ranked, 3, day('2020-06-11'));
    expect(ids(since)).toEqual(['eu', 'settlement', 'extended']);
    expect(ids(key)).toEqual(['moratorium', 'congress']);
  });

  it('keeps a fact of the page’s own day in the key dates', () => {
    const { key, since } = splitFacts(ranked, 3, day('2020-06-10'));
    expect(ids(key)).toEqual(['moratorium', 'congress']);
    expect(ids(since)).toContain('extended');
  });

  it('writes "since" newest first whatever the importance order', () => {
    const reordered = [ranked[2]!, ranked[0]!, ranked[1]!];
    expect(ids(splitFacts(reordered, 3, year('2015')).since)).toEqual(['extended', 'moratorium', 'congress']);
  });

  it('lists fewer than three when fewer came after', () => {
    expect(ids(splitFacts(ranked, 3, day('2022-06-01')).since)).toEqual(['eu']);
  });

  it('has no "since" facts for a page dated after every fact, and leaves the key dates whole', () => {
    const { key, since } = splitFacts(ranked, 3, month('2025-03'));
    expect(since).toEqual([]);
    expect(ids(key)).toEqual(['extended', 'moratorium', 'congress']);
  });

  it('can move every key date to "since" for a page older than them all', () => {
    const { key, since } = splitFacts(ranked, 3, year('2015'));
    expect(key).toEqual([]);
    expect(ids(since)).toEqual(['extended', 'moratorium', 'congress']);
  });
});
