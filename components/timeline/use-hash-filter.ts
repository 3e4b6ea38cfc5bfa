/** Which timeline filter does the page's URL hash hold, kept in step both ways? */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { TimelineFilter } from '@/lib/timeline/filter';
import { parseTimelineHash, serializeTimelineHash } from '@/lib/timeline/hash';

/**
 * The filter in `location.hash` (`#topic=bans&q=…`) and a setter that writes
 * it back with `history.replaceState`, so a reload or a shared link shows the
 * same list without adding history entries. A hash changed from outside (a
 * link, the address bar) is read again.
 */
export function useHashFilter(knownTopics: readonly string[]): [TimelineFilter, (next: TimelineFilter) => void] {
  const [filter, setFilterState] = useState(() => parseTimelineHash(location.hash, knownTopics));

  useEffect(() => {
    const onHashChange = () => setFilterState(parseTimelineHash(location.hash, knownTopics));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [knownTopics]);

  const setFilter = useCallback((next: TimelineFilter) => {
    setFilterState(next);
    const url = `${location.pathname}${location.search}${serializeTimelineHash(next)}`;
    history.replaceState(history.state, '', url);
  }, []);

  return [filter, setFilter];
}
