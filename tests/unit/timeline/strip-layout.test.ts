import { describe, expect, it } from 'vitest';
import dataset from 'virtual:face-facts/dataset';
import { factTime, layoutStrip, stripDomain, type StripFact } from '@/lib/timeline/strip-layout';

const day = (date: string): StripFact => ({ date, precision: 'day' });

describe('factTime', () => {
  it('puts a fact at the middle of the period its date is known to', () => {
    expect(new Date(factTime(day('2020-06-10'))).toISOString()).toBe('2020-06-10T12:00:00.000Z');
    expect(new Date(factTime({ date: '2017-06', precision: 'month' })).toISOString()).toBe('2017-06-16T00:00:00.000Z');
    expect(new Date(factTime({ date: '2019', precision: 'year' })).toISOString()).toBe('2019-07-02T12:00:00.000Z');
  });
});

describe('stripDomain', () => {
  it('runs from 1 January of the first fact’s year to today', () => {
    const today = Date.UTC(2026, 11, 2);
    expect(stripDomain([day('2018-05-22'), day('2016-11-30')], today)).toEqual({ start: Date.UTC(2016, 0, 1), end: today });
  });
});

describe('layoutStrip', () => {
  const options = { width: 400, pitch: 14, maxRows: 3, start: Date.UTC(2016, 0, 1), end: Date.UTC(2026, 0, 1) };

  it('keeps far-apart marks on the axis row at their dates', () => {
    const { marks, rows } = layoutStrip([day('2016-01-01'), day('2021-01-01')], options);
    expect(rows).toBe(1);
    expect(marks.map((m) => m.row)).toEqual([0, 0]);
    expect(marks[0]!.x).toBeCloseTo(7, 0);
    expect(marks[1]!.x).toBeCloseTo(7 + (400 - 14) / 2, 0);
  });

  it('stacks marks of one week, then spreads them right once every row is taken, never overlapping', () => {
    const week = ['2020-06-08', '2020-06-09', '2020-06-10', '2020-06-10', '2020-06-11'].map(day);
    const { marks, rows } = layoutStrip(week, options);
    expect(rows).toBe(3);
    expect(marks.map((m) => m.row)).toEqual([0, 1, 2, 0, 1]);
    for (const [i, a] of marks.entries()) {
      for (const b of marks.slice(i + 1)) {
        const apart = Math.abs(a.x - b.x) >= options.pitch - 1e-9 || a.row !== b.row;
        expect(apart, `${a.fact.date} / ${b.fact.date}`).toBe(true);
      }
    }
    // Date order is kept from left to right within the spread.
    expect(marks[3]!.x).toBeGreaterThan(marks[0]!.x);
  });

  it('adds rows rather than pushing marks past the right edge', () => {
    const crowded = Array.from({ length: 40 }, () => day('2025-12-31'));
    const { marks, rows } = layoutStrip(crowded, options);
    expect(rows).toBeGreaterThan(3);
    expect(Math.max(...marks.map((m) => m.x))).toBeLessThanOrEqual(options.width - options.pitch / 2 + 0.5);
  });

  it('gives one tick per year from the start to the end', () => {
    expect(layoutStrip([], options).ticks.map((t) => t.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it('places every fact of the dataset, each once, without overlaps, in at most a few rows', () => {
    const domain = stripDomain(dataset.facts, Date.UTC(2026, 11, 2));
    const { marks } = layoutStrip(dataset.facts, { width: 420, pitch: 14, maxRows: 6, ...domain });
    expect(marks.map((m) => m.fact.id).sort()).toEqual(dataset.facts.map((f) => f.id).sort());
    const seen = new Set(marks.map((m) => `${m.row}:${Math.round(m.x / 14)}`));
    expect(seen.size).toBe(marks.length);
  });
});
