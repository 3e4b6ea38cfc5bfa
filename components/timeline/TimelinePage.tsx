/** The full timeline page: every fact, filterable by topic and by text, with a live count. */
import { useMemo } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Fact, Localized, TextLang } from '@/data/schema';
import { createFactFilter } from '@/lib/timeline/filter';
import { FactList } from './FactList';
import { SearchBox } from './SearchBox';
import { TopicChips } from './TopicChips';
import { useHashFilter } from './use-hash-filter';

export interface TimelineTopic {
  id: string;
  label: Localized;
}

interface Props {
  topics: TimelineTopic[];
  facts: Fact[];
  lang: TextLang;
}

export function TimelinePage({ topics, facts, lang }: Props) {
  const topicIds = useMemo(() => topics.map((topic) => topic.id), [topics]);
  const labels = useMemo(() => new Map(topics.map((topic) => [topic.id, topic.label[lang]])), [topics, lang]);
  const filterFacts = useMemo(() => createFactFilter(facts, lang), [facts, lang]);
  const [filter, setFilter] = useHashFilter(topicIds);
  const shown = useMemo(() => filterFacts(filter), [filterFacts, filter]);
  const filtered = filter.topics.length > 0 || filter.query.trim() !== '';

  const toggleTopic = (id: string) => {
    const selected = filter.topics.includes(id) ? filter.topics.filter((t) => t !== id) : [...filter.topics, id];
    // Keep the dataset's order so the hash is stable whatever the click order.
    setFilter({ ...filter, topics: topicIds.filter((t) => selected.includes(t)) });
  };

  return (
    <>
      <header class="page-header">
        <h1>{i18n.t('timeline_title')}</h1>
        <p class="intro">{i18n.t('timeline_intro')}</p>
      </header>
      <main>
        <div class="filters" role="search" aria-label={i18n.t('timeline_filters')}>
          <SearchBox value={filter.query} onInput={(query) => setFilter({ ...filter, query })} />
          <TopicChips
            topics={topics.map((topic) => ({ id: topic.id, label: labels.get(topic.id) ?? topic.id }))}
            selected={filter.topics}
            onToggle={toggleTopic}
          />
          <div class="count-row">
            <p class="count" role="status">
              {i18n.t('timeline_count', shown.length, [shown.length, facts.length])}
            </p>
            {filtered && (
              <button type="button" class="clear" onClick={() => setFilter({ topics: [], query: '' })}>
                {i18n.t('timeline_clear')}
              </button>
            )}
          </div>
        </div>
        {shown.length === 0 ? (
          <p class="empty">{i18n.t('timeline_empty')}</p>
        ) : (
          <FactList facts={shown} lang={lang} topicLabel={(id) => labels.get(id) ?? id} />
        )}
      </main>
    </>
  );
}
