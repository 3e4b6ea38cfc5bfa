/**
 * When was this page published, according to the page itself?
 *
 * Looks in the document's own metadata, in this order, and takes the first
 * date that reads cleanly (lib/card/date-text.ts: no ambiguous, impossible
 * or future dates, never a guess):
 *
 * 1. JSON-LD `datePublished`, in top-level objects, arrays, `@graph` and
 *    `mainEntity`; an article type (`NewsArticle`, `BlogPosting`…) before a
 *    web page, before anything else;
 * 2. `<meta>`: `article:published_time` and its common variants (`og:`,
 *    `itemprop="datePublished"`, `name="date"`, Dublin Core, Parse.ly,
 *    Sailthru); modification dates are not read;
 * 3. a `<time datetime>` in the article's header or byline (not a site
 *    header's "today", not a date in the text, not an "updated" time);
 * 4. a date in the URL's path: `/2020/06/11/`, `/2020/6/11/`, `/2020/06/`,
 *    or an ISO date in a segment (`/2020-06-11-slug`). A lone year is not
 *    enough (`/2020/` is as often a category as a date).
 *
 * Pure: it reads the document and the URL it is given and writes nothing.
 * The card bundle calls it once, when the first card is drawn.
 */
import { checkedDate, parseDateText, type PageDate } from './date-text';

export type { PageDate } from './date-text';

const ARTICLE_TYPE = /(Article|BlogPosting|Posting|^Report)$/;
const PAGE_TYPE = /Page$/;

/** `<meta>` keys (lower-cased `property`, `name` or `itemprop`) that state the publication date, in order. */
const META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'article:published',
  'datepublished',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.issued',
  'parsely-pub-date',
  'sailthru.date',
  'publish-date',
  'publishdate',
  'pubdate',
] as const;

/** Where an article's own `<time>` sits: its header, its byline, its meta line. */
const BYLINE =
  'article header, [class*="byline"], [class*="Byline"], [class*="dateline"], [class*="entry-meta"], [class*="post-meta"], [class*="article-meta"]';
const UPDATED = /updated|modified/i;

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text of a JSON-LD value: a string, the first string of an array, or a value object's `@value`. */
function jsonText(value: Json): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return jsonText(value[0]);
  if (isObject(value)) return jsonText(value['@value']);
  return null;
}

function typesOf(node: Record<string, Json>): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** Every `datePublished` in one JSON-LD document, with the rank of its node's type (0 = article). */
function collectJsonLd(node: Json, out: Array<{ rank: number; text: string }>, depth = 0): void {
  if (depth > 6) return;
  if (Array.isArray(node)) {
    for (const item of node) collectJsonLd(item, out, depth + 1);
    return;
  }
  if (!isObject(node)) return;
  const text = jsonText(node.datePublished);
  if (text !== null) {
    const types = typesOf(node);
    const rank = types.some((t) => ARTICLE_TYPE.test(t)) ? 0 : types.some((t) => PAGE_TYPE.test(t)) ? 1 : 2;
    out.push({ rank, text });
  }
  collectJsonLd(node['@graph'], out, depth + 1);
  collectJsonLd(node.mainEntity, out, depth + 1);
}

export function dateFromJsonLd(doc: Document, now: Date): PageDate | null {
  const found: Array<{ rank: number; text: string }> = [];
  for (const script of doc.querySelectorAll('script[type]')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      collectJsonLd(JSON.parse(script.textContent ?? ''), found);
    } catch {
      // A broken block says nothing; the next one may.
    }
  }
  found.sort((a, b) => a.rank - b.rank);
  for (const { text } of found) {
    const date = parseDateText(text, now);
    if (date) return date;
  }
  return null;
}

export function dateFromMeta(doc: Document, now: Date): PageDate | null {
  const values = new Map<string, string[]>();
  const add = (key: string | null, value: string | null) => {
    if (!key || value === null) return;
    const list = values.get(key.trim().toLowerCase()) ?? [];
    list.push(value);
    values.set(key.trim().toLowerCase(), list);
  };
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const content = meta.getAttribute('content');
    for (const attribute of ['property', 'name', 'itemprop']) add(meta.getAttribute(attribute), content);
  }
  // Microdata on other elements: <time itemprop="datePublished" datetime="…">.
  for (const element of doc.querySelectorAll('[itemprop]:not(meta)')) {
    const props = (element.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/);
    if (!props.includes('datepublished')) continue;
    add('datepublished', element.getAttribute('datetime') ?? element.getAttribute('content') ?? element.textContent);
  }
  for (const key of META_KEYS) {
    for (const value of values.get(key) ?? []) {
      const date = parseDateText(value, now);
      if (date) return date;
    }
  }
  return null;
}

export function dateFromTime(doc: Document, now: Date): PageDate | null {
  for (const time of doc.querySelectorAll('time[datetime]')) {
    if (!time.hasAttribute('pubdate') && !time.closest(BYLINE)) continue;
    if (UPDATED.test(`${time.className} ${time.getAttribute('itemprop') ?? ''}`)) continue;
    const date = parseDateText(time.getAttribute('datetime') ?? '', now);
    if (date) return date;
  }
  return null;
}

const PATH_YMD = /\/(\d{4})\/(\d{1,2})\/(\d{1,2})(?=\/|$|[-_.])/;
const PATH_YM = /\/(\d{4})\/(\d{1,2})\/(?=[^/\d])/;
const PATH_ISO = /(?:^|[/_-])(\d{4})-(\d{2})-(\d{2})(?=$|[/_.-])/;

export function dateFromUrl(url: string, now: Date): PageDate | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const pattern of [PATH_YMD, PATH_ISO]) {
    const parts = pattern.exec(path);
    const date = parts && checkedDate(Number(parts[1]), Number(parts[2]), Number(parts[3]), now);
    if (date) return date;
  }
  const parts = PATH_YM.exec(path);
  return parts ? checkedDate(Number(parts[1]), Number(parts[2]), null, now) : null;
}

/** The page's publication date with its precision, or null if the page does not say it clearly. */
export function findPageDate(doc: Document, url: string, now = new Date()): PageDate | null {
  return dateFromJsonLd(doc, now) ?? dateFromMeta(doc, now) ?? dateFromTime(doc, now) ?? dateFromUrl(url, now);
}
