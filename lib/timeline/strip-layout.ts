/**
 * Where does each fact's mark sit on the drawn timeline strip?
 *
 * The axis runs from 1 January of the first fact's year to today. A mark sits
 * at the middle of the period its date is known to (a day, a month, a year).
 * Facts come in date order. Marks closer than `pitch` stack in rows: each takes the lowest row where it
 * fits at its own date; when every row is taken there, it goes in the row where
 * it moves right the least. So marks never overlap, the strip is at most
 * `maxRows` high, and a dense month spreads a little to the right instead of
 * growing a tower. Rows are added only when the marks would not fit in the width.
 */
import type { DatePrecision } from '@/data/schema';
import { parseIsoDate } from '@/lib/format/date';

export interface StripFact {
  date: string;
  precision: DatePrecision;
}

export interface StripMark<F> {
  fact: F;
  /** Centre of the mark, from the strip's left edge. */
  x: number;
  /** 0 is the row on the axis. */
  row: number;
}

export interface StripTick {
  year: number;
  x: number;
}

export interface StripLayout<F> {
  marks: StripMark<F>[];
  rows: number;
  ticks: StripTick[];
}

export interface StripOptions {
  width: number;
  /** Centre-to-centre distance between two marks of one row. */
  pitch: number;
  maxRows: number;
  /** Start of the axis (ms since the epoch). */
  start: number;
  /** End of the axis (ms since the epoch): today. */
  end: number;
}

/** The middle of the period a date is known to, in ms since the epoch (UTC). */
export function factTime({ date, precision }: StripFact): number {
  const from = parseIsoDate(date);
  const to = new Date(from);
  if (precision === 'day') to.setUTCDate(to.getUTCDate() + 1);
  else if (precision === 'month') to.setUTCMonth(to.getUTCMonth() + 1);
  else to.setUTCFullYear(to.getUTCFullYear() + 1);
  return (from.getTime() + to.getTime()) / 2;
}

/** The axis: 1 January of the earliest fact's year to `today` (or the latest fact, if later). */
export function stripDomain(facts: readonly StripFact[], today: number): { start: number; end: number } {
  const times = facts.map(factTime);
  const first = times.length > 0 ? Math.min(...times) : today;
  const start = Date.UTC(new Date(first).getUTCFullYear(), 0, 1);
  return { start, end: Math.max(today, ...times, start + 1) };
}

function place<F extends StripFact>(facts: readonly F[], x: (time: number) => number, pitch: number, rows: number) {
  const right = new Array<number>(rows).fill(Number.NEGATIVE_INFINITY);
  // In the caller's order (the list's date order), so keyboard order follows the list.
  return facts.map((fact) => {
    const ideal = x(factTime(fact));
    let row = 0;
    let best = Number.POSITIVE_INFINITY;
    right.forEach((edge, index) => {
      const at = Math.max(ideal, edge + pitch);
      if (at < best) [row, best] = [index, at];
    });
    right[row] = best;
    return { fact, x: best, row };
  });
}

export function layoutStrip<F extends StripFact>(facts: readonly F[], options: StripOptions): StripLayout<F> {
  const { width, pitch, start, end } = options;
  const left = pitch / 2;
  const span = Math.max(width - pitch, 1);
  const x = (time: number) => left + ((time - start) / (end - start)) * span;
  let rows = Math.max(1, Math.min(options.maxRows, facts.length));
  let marks = place(facts, x, pitch, rows);
  while (rows < facts.length && marks.some((mark) => mark.x > left + span + 0.5)) {
    rows += 1;
    marks = place(facts, x, pitch, rows);
  }
  const ticks: StripTick[] = [];
  for (let year = new Date(start).getUTCFullYear(); Date.UTC(year, 0, 1) <= end; year++) {
    ticks.push({ year, x: x(Date.UTC(year, 0, 1)) });
  }
  return { marks, rows: Math.max(1, ...marks.map((mark) => mark.row + 1)), ticks };
}
