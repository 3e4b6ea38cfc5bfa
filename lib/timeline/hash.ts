/**
 * How does a timeline filter read from and write to the page's URL hash?
 *
 * `#topic=bans` or `#topic=bans,ibm` selects topics, `from=2020-06-11` keeps
 * the facts from that day on, `q=` holds the search text, joined with `&`
 * (`#topic=ibm&q=moratoire`). This is how the hover card's "Full timeline"
 * and "Since this page was published" links open the page already filtered.
 */
import { isDay, type TimelineFilter } from './filter';

/**
 * The filter a hash describes. Unknown topic ids are dropped when `knownTopics`
 * is given; duplicates are dropped; a malformed hash gives the empty filter.
 */
export function parseTimelineHash(hash: string, knownTopics?: readonly string[]): TimelineFilter {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const topics: string[] = [];
  for (const value of params.getAll('topic')) {
    for (const id of value.split(',')) {
      const topic = id.trim();
      if (topic === '' || topics.includes(topic)) continue;
      if (knownTopics && !knownTopics.includes(topic)) continue;
      topics.push(topic);
    }
  }
  const from = params.get('from');
  return { topics, query: params.get('q') ?? '', ...(from !== null && isDay(from) ? { from } : {}) };
}

/** The hash for a filter (with its `#`), or '' for the empty filter. */
export function serializeTimelineHash(filter: TimelineFilter): string {
  const parts: string[] = [];
  if (filter.topics.length > 0) parts.push(`topic=${filter.topics.map(encodeURIComponent).join(',')}`);
  if (filter.from !== undefined && isDay(filter.from)) parts.push(`from=${filter.from}`);
  const query = filter.query.trim();
  if (query !== '') parts.push(`q=${encodeURIComponent(query).replace(/%20/g, '+')}`);
  return parts.length === 0 ? '' : `#${parts.join('&')}`;
}
