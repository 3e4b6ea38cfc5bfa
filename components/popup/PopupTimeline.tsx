/**
 * The popup's Timeline view: the timeline page's view of every fact, with the
 * filter kept in memory, starting on the topics found on the page.
 * Loaded on demand (its own chunk with the full dataset), after "On this page" paints.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import dataset from 'virtual:face-facts/dataset';
import type { TextLang } from '@/data/schema';
import { TimelineView } from '@/components/timeline/TimelineView';
import type { TimelineFilter } from '@/lib/timeline/filter';
import '@/components/timeline/timeline.css';

interface Props {
  lang: TextLang;
  /** The topics mentioned on the page, in dataset order; empty for none (or not known yet). */
  found: readonly string[];
}

export function PopupTimeline({ lang, found }: Props) {
  const [filter, setFilter] = useState<TimelineFilter>({ topics: [...found], query: '' });
  const touched = useRef(false);
  const foundKey = found.join(',');

  // The page's answer may come after the view opens: start on its topics, unless the reader already chose.
  useEffect(() => {
    if (!touched.current) setFilter((current) => ({ ...current, topics: foundKey === '' ? [] : foundKey.split(',') }));
  }, [foundKey]);

  const onFilter = (next: TimelineFilter) => {
    touched.current = true;
    setFilter(next);
  };

  return <TimelineView topics={dataset.topics} facts={dataset.facts} lang={lang} filter={filter} onFilter={onFilter} />;
}
