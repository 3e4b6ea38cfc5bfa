/**
 * Which facts does the timeline show for a set of topic chips and a search text?
 *
 * Search looks at the title and text of a fact in the language the timeline
 * shows (the UI language), ignoring case and accents: "reconnaissance" finds
 * "Reconnaissance", "espana" finds "España", "strasse" finds "Straße". A
 * language may also fold letter pairs (its `searchFolds` in
 * data/languages.json): in German "ue", "ü" and "u" are one, so
 * "Ueberwachung" and "uberwachung" both find "Überwachung". Every word of the
 * query must appear (in any order). Topic chips combine with "or": a fact
 * shows when it has any selected topic; no chip selected means every topic.
 * A start day (`from`) keeps the facts that may have happened on or after it:
 * a fact of "June 2020" stays for a start on 11 June 2020.
 */
import { inLanguage, LANGUAGES, languageByCode, type Lang, type Language } from '@/data/languages';
import type { Fact } from '@/data/schema';
import { lastDay } from '@/lib/format/span';

/** The parts of a fact the timeline filter reads. */
export type FilterableFact = Pick<Fact, 'topics' | 'title' | 'text' | 'date' | 'precision'>;

export interface TimelineFilter {
  /** Selected topic ids; empty means all topics. */
  topics: string[];
  /** Free text, as typed. */
  query: string;
  /** Only facts from this day (YYYY-MM-DD) on. */
  from?: string;
}

/** Whether `value` is a calendar day written YYYY-MM-DD. */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Whether `fact` may have happened on or after day `from` (no start day: every fact). */
export function isFrom(fact: Pick<Fact, 'date' | 'precision'>, from: string | undefined): boolean {
  return from === undefined || lastDay(fact) >= from;
}

export const EMPTY_FILTER: Readonly<TimelineFilter> = Object.freeze({ topics: [], query: '' });

/** Letters NFD does not split into a base and a mark. */
const FOLDS: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' };
const QUOTES = /[\u2018\u2019\u02bc`´]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** `text` with each letter sequence of `folds` replaced, longest first (keys are lowercase letters, checked by the build). */
function foldSequences(text: string, folds: Readonly<Record<string, string>> | undefined): string {
  const from = Object.keys(folds ?? {}).sort((a, b) => b.length - a.length);
  if (!folds || from.length === 0) return text;
  return text.replace(new RegExp(from.join('|'), 'g'), (match) => folds[match] ?? match);
}

/**
 * Text folded for search: NFD, combining marks removed, lowercase, ligatures
 * spelled out, then the letter pairs of `lang` folded (see the file's comment).
 */
export function foldForSearch(text: string, lang?: Lang, languages: readonly Language[] = LANGUAGES): string {
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[œæßøłđ]/g, (letter) => FOLDS[letter] ?? letter)
    .replace(QUOTES, "'")
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ');
  return lang === undefined ? folded : foldSequences(folded, languageByCode(lang, languages)?.searchFolds);
}

/** The folded words of a query in `lang`; empty when the query is blank. */
export function queryTerms(query: string, lang?: Lang, languages: readonly Language[] = LANGUAGES): string[] {
  return foldForSearch(query, lang, languages)
    .split(' ')
    .filter((term) => term.length > 0);
}

/** Everything the search looks at in one fact, in `lang`, folded once. */
export function searchableText(fact: FilterableFact, lang: Lang, languages: readonly Language[] = LANGUAGES): string {
  return foldForSearch([inLanguage(fact.title, lang, languages), inLanguage(fact.text, lang, languages)].join('\n'), lang, languages);
}

/** Whether `fact` has one of `topics` (or `topics` is empty). */
export function hasAnyTopic(fact: FilterableFact, topics: readonly string[]): boolean {
  return topics.length === 0 || fact.topics.some((topic) => topics.includes(topic));
}

/** Whether folded `haystack` holds every term. */
export function containsAll(haystack: string, terms: readonly string[]): boolean {
  return terms.every((term) => haystack.includes(term));
}

/** Whether `fact` passes `filter`, searched in `lang`. */
export function matchesFilter(fact: FilterableFact, filter: TimelineFilter, lang: Lang, languages: readonly Language[] = LANGUAGES): boolean {
  return (
    hasAnyTopic(fact, filter.topics) &&
    isFrom(fact, filter.from) &&
    containsAll(searchableText(fact, lang, languages), queryTerms(filter.query, lang, languages))
  );
}

/**
 * A filter function over a fixed list of facts, searched in `lang`: their
 * searchable text is folded once, so typing in the search box only compares strings.
 */
export function createFactFilter<F extends FilterableFact>(
  facts: readonly F[],
  lang: Lang,
  languages: readonly Language[] = LANGUAGES,
): (filter: TimelineFilter) => F[] {
  const indexed = facts.map((fact) => ({ fact, haystack: searchableText(fact, lang, languages) }));
  return (filter) => {
    const terms = queryTerms(filter.query, lang, languages);
    return indexed
      .filter(({ fact, haystack }) => hasAnyTopic(fact, filter.topics) && isFrom(fact, filter.from) && containsAll(haystack, terms))
      .map(({ fact }) => fact);
  };
}
