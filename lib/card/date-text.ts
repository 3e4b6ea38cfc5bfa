/**
 * What date does a piece of page metadata state, and how precisely?
 *
 * Reads the date part of what publishers write in their metadata, at the
 * precision it is written: ISO 8601 ("2020-06-11", "2020-06-11T09:30:00-07:00",
 * "2020-06", "2020"), year-first with slashes or dots ("2020/06/11"), and
 * dates with an English month name ("11 June 2020", "June 11, 2020",
 * RFC 2822's "Thu, 11 Jun 2020 16:30:00 GMT", "June 2020"). A time of day is
 * ignored and the date is taken as written, in the publisher's own time zone.
 *
 * Anything else gives null, never a guess: "03/04/2020" (day or month
 * first?), and every other numeric date that does not start with the year,
 * even "13/04/2020" where only one reading is possible, since a site that
 * writes one such date may write the ambiguous kind too; a date that is not
 * in the calendar; a date before 1991 (placeholders such as 1970-01-01 or
 * 0001-01-01 from a CMS's empty field); a date in the future.
 */
import type { DatePrecision } from '@/data/schema';

/** A page's date, written like a dataset date: "2020-06-11" (day), "2020-06" (month), "2020" (year). */
export interface PageDate {
  date: string;
  precision: DatePrecision;
}

/** Earliest year a page date may have: the web's first pages are from 1991. */
const FIRST_YEAR = 1991;
/** A page dated at most this far past `now` (a publisher's time zone ahead of UTC) is not in the future. */
const ZONE_SLACK_MS = 24 * 60 * 60 * 1000;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
/** After a date: nothing, or a time and zone after a separator. */
const REST = '(?:[\\sT,@].*)?';

/** ISO 8601, or year-first with slashes or dots: year, year-month, or year-month-day and a time. */
const YEAR_FIRST = /^(\d{4})(?:([-/.])(\d{2})(?:\2(\d{2})(?:[T\s]\d.*)?)?)?$/i;
/** "11 June 2020", "Thu, 11 Jun 2020 16:30:00 GMT". */
const DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})${REST}$`, 'i');
/** "June 11, 2020", "Jun 11 2020 4:30 PM". */
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${REST}$`, 'i');
/** "June 2020". */
const MONTH_YEAR = new RegExp(`^${MONTH}\\s+(\\d{4})$`, 'i');

const pad = (n: number) => String(n).padStart(2, '0');

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** The date as a PageDate if it is a real calendar date, not before 1991 and not after `now`. */
export function checkedDate(year: number, month: number | null, day: number | null, now: Date): PageDate | null {
  if (year < FIRST_YEAR) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null) {
    if (month === null || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  }
  const start = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  if (start > now.getTime() + ZONE_SLACK_MS) return null;
  if (month === null) return { date: String(year), precision: 'year' };
  if (day === null) return { date: `${year}-${pad(month)}`, precision: 'month' };
  return { date: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

/** The date `text` states, or null if it states none unambiguously (see above). */
export function parseDateText(text: string, now: Date): PageDate | null {
  const value = text.trim();
  if (value.length === 0 || value.length > 80) return null;
  let parts = YEAR_FIRST.exec(value);
  if (parts) {
    const month = parts[3] === undefined ? null : Number(parts[3]);
    const day = parts[4] === undefined ? null : Number(parts[4]);
    return checkedDate(Number(parts[1]), month, day, now);
  }
  parts = DAY_MONTH_YEAR.exec(value);
  if (parts) return checkedDate(Number(parts[3]), monthIndex(parts[2]!), Number(parts[1]), now);
  parts = MONTH_DAY_YEAR.exec(value);
  if (parts) return checkedDate(Number(parts[3]), monthIndex(parts[1]!), Number(parts[2]), now);
  parts = MONTH_YEAR.exec(value);
  if (parts) return checkedDate(Number(parts[2]), monthIndex(parts[1]!), null, now);
  return null;
}
