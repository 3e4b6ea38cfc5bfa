/**
 * How is a dataset date written for a reader, at the precision it is known?
 *
 * "2016-11-30" (day) → "30 Nov 2016" / "30 nov. 2016" / "30. Nov. 2016";
 * "2017-06" (month) → "June 2017" / "juin 2017" / "junio de 2017"; "2019"
 * (year) → "2019". Each language's `Intl` locale comes from the table
 * (data/languages.json; English is en-GB, day-month-year, as the dataset's
 * sources write it). Formatting is in UTC so that no time zone can move a
 * date to the day before.
 */
import { languageByCode, type Lang } from '@/data/languages';
import type { DatePrecision } from '@/data/schema';

const OPTIONS: Record<DatePrecision | 'dayLong', Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  dayLong: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(lang: Lang, precision: DatePrecision | 'dayLong'): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // A code the table lacks is still a BCP 47 tag Intl understands.
    formatter = new Intl.DateTimeFormat(languageByCode(lang)?.locale ?? lang, OPTIONS[precision]);
    formatters.set(key, formatter);
  }
  return formatter;
}

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The UTC instant at the start of an ISO date written as YYYY, YYYY-MM or YYYY-MM-DD. */
export function parseIsoDate(date: string): Date {
  const parts = SHAPE.exec(date);
  if (!parts) throw new RangeError(`not an ISO date: "${date}"`);
  const year = Number(parts[1]);
  const month = parts[2] === undefined ? 1 : Number(parts[2]);
  const day = parts[3] === undefined ? 1 : Number(parts[3]);
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) {
    throw new RangeError(`not a calendar date: "${date}"`);
  }
  return utc;
}

/**
 * `date` (ISO, written to `precision`) as a reader of `lang` expects to see it;
 * `month: 'long'` spells a day's month out ("11 June 2020"), as running text does.
 */
export function formatFactDate(date: string, precision: DatePrecision, lang: Lang, month: 'short' | 'long' = 'short'): string {
  const key = month === 'long' && precision === 'day' ? 'dayLong' : precision;
  return formatterFor(lang, key).format(parseIsoDate(date));
}

/**
 * The machine-readable form for `<time datetime>`: the ISO date cut to its
 * precision ("2016-11-30", "2017-06", "2019" are all valid datetime values).
 */
export function dateTimeAttribute(date: string, precision: DatePrecision): string {
  const length = { day: 10, month: 7, year: 4 }[precision];
  return date.slice(0, length);
}
