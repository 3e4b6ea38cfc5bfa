/**
 * Which days can a dataset date mean? "2020-06-11" (day) is that day,
 * "2020-06" (month) runs from 1 to 30 June 2020, "2020" (year) from 1 January
 * to 31 December. Written as YYYY-MM-DD, so that spans compare as strings.
 */
import type { DatePrecision } from '../../data/schema';

export interface Dated {
  date: string;
  precision: DatePrecision;
}

/** The first day a dataset date can mean. */
export function firstDay({ date }: Dated): string {
  return `${date}-01-01`.slice(0, 10);
}

/** The last day a dataset date can mean. */
export function lastDay({ date, precision }: Dated): string {
  if (precision === 'day') return date;
  if (precision === 'year') return `${date}-12-31`;
  const [year, month] = date.split('-').map(Number);
  const days = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  return `${date}-${String(days).padStart(2, '0')}`;
}
