/**
 * The timeline itself, as the timeline page and the popup both show it: search,
 * topic chips, a live count, the drawn strip and the list of facts by year.
 * The caller owns the filter (the page keeps it in the URL hash, the popup in memory).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Fact, Localized, TextLang } from '@/data/schema';
import { formatFactDate } from '@/lib/format/date';
import { createFactFilter, type TimelineFilter } from '@/lib/timeline/filter';
import { FactList } from './FactList';
import { SearchBox } from './SearchBox';
import { TimelineStrip } from './TimelineStrip';
import { TopicChips } from './TopicChips';

export interface TimelineTopic {
  id: string;
  label: Localized;
}

interface Props {
  topics: readonly TimelineTopic[];
  facts: readonly Fact[];
  lang: TextLang;
  filter: TimelineFilter;
  onFilter: (next: TimelineFilter) => void;
}

/** How long a fact stays highlighted after its mark is activated. */
const FLASH_MS = 2000;

export function TimelineView({ topics, facts, lang, filter, onFilter }: Props) {
  const topicIds = useMemo(() => topics.map((topic) => topic.id), [topics]);
  const labels = useMemo(() => new Map(topics.map((topic) => [topic.id, topic.label[lang]])), [topics, lang]);
  const topicLabel = (id: string) => labels.get(id) ?? id;
  const filterFacts = useMemo(() => createFactFilter(facts, lang), [facts, lang]);
  const shown = useMemo(() => filterFacts(filter), [filterFacts, filter]);
  const filtered = filter.topics.length > 0 || filter.query.trim() !== '' || filter.from !== undefined;
  const filters = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const [flash, setFlash] = useState<string | null>(null);

  useEffect(() => {
    if (flash === null) return undefined;
    const timer = setTimeout(() => setFlash(null), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flash]);

  const toggleTopic = (id: string) => {
    const selected = filter.topics.includes(id) ? filter.topics.filter((t) => t !== id) : [...filter.topics, id];
    // Keep the dataset's order so the hash is stable whatever the click order.
    onFilter({ ...filter, topics: topicIds.filter((t) => selected.includes(t)) });
  };

  /** Scrolls the list to a fact (below the sticky filters, if any), focuses it and highlights it briefly. */
  const reveal = (id: string) => {
    const item = list.current?.querySelector<HTMLElement>(`[data-fact-id="${CSS.escape(id)}"]`);
    if (!item) return;
    const bar = filters.current;
    const covered = bar && getComputedStyle(bar).position === 'sticky' ? bar.getBoundingClientRect().height : 0;
    item.style.scrollMarginTop = `${Math.ceil(covered) + 8}px`;
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    item.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
    item.focus({ preventScroll: true });
    setFlash(id);
  };

  return (
    <>
      <div class="filters" ref={filters} role="search" aria-label={i18n.t('timeline_filters')}>
        <SearchBox value={filter.query} onInput={(query) => onFilter({ ...filter, query })} />
        <TopicChips
          topics={topics.map((topic) => ({ id: topic.id, label: topicLabel(topic.id) }))}
          selected={filter.topics}
          onToggle={toggleTopic}
          onAll={() => onFilter({ ...filter, topics: [] })}
        />
        <div class="count-row">
          <p class="count" role="status">
            {i18n.t('timeline_count', shown.length, [shown.length, facts.length])}
            {filter.from && ` · ${i18n.t('timeline_from', [formatFactDate(filter.from, 'day', lang, 'long')])}`}
          </p>
          {filtered && (
            <button type="button" class="clear" onClick={() => onFilter({ topics: [], query: '' })}>
              {i18n.t('timeline_clear')}
            </button>
          )}
        </div>
        <TimelineStrip
          facts={facts}
          shown={shown}
          topicIds={topicIds}
          selected={filter.topics}
          topicLabel={topicLabel}
          lang={lang}
          onActivate={reveal}
        />
      </div>
      <div class="timeline-list" ref={list}>
        {shown.length === 0 ? (
          <p class="empty">{i18n.t('timeline_empty')}</p>
        ) : (
          <FactList facts={shown} lang={lang} topicLabel={topicLabel} flash={flash} />
        )}
      </div>
    </>
  );
}
