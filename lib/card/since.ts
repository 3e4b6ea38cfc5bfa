/**
 * Which of a topic's facts came after the page was published, and which
 * does the card list under "Since this page was published"?
 *
 * A fact is later than the page only when its whole span is: the first day
 * it can mean is after the last day the page's date can mean. A fact of
 * "June 2020" is not later than a page of 11 June 2020, nor a fact of
 * 24 June 2020 than a page of "June 2020"; they stay in "Key dates".
 *
 * Pure, and free of the card's imports: the build uses it too, to ship only
 * the facts a card can ever list (data/content-data.ts).
 */
import { firstDay, lastDay, type Dated } from '../format/span';

/** How many facts "Since this page was published" lists at most. */
export const SINCE_FACTS = 3;

/** Whether `fact` certainly happened after `page`. */
export function isLater(fact: Dated, page: Dated): boolean {
  return firstDay(fact) > lastDay(page);
}

export interface FactSplit<F> {
  /** "Key dates": the card's usual facts, less those that moved to `since`. */
  key: F[];
  /** "Since this page was published": newest first; empty when the page has no date or nothing came after it. */
  since: F[];
}

/**
 * Splits a topic's facts for a page published on `page`.
 *
 * `ranked` is the topic's facts, most important first (its `cardFacts`, then
 * its other facts, newest first); the first `keyCount` are the card's key
 * dates. "Since" lists the first `max` of `ranked` that are later than the
 * page, newest first; key dates keep those that are not.
 */
export function splitFacts<F extends Dated>(
  ranked: readonly F[],
  keyCount: number,
  page: Dated | null,
  max = SINCE_FACTS,
): FactSplit<F> {
  const key = ranked.slice(0, keyCount);
  if (!page) return { key, since: [] };
  const since = ranked
    .filter((fact) => isLater(fact, page))
    .slice(0, max)
    .sort((a, b) => (firstDay(b) > firstDay(a) ? 1 : firstDay(b) < firstDay(a) ? -1 : 0));
  return { key: since.length === 0 ? key : key.filter((fact) => !isLater(fact, page)), since };
}
