/** The full timeline page: every fact, filterable by topic and by text, with the filter kept in the URL hash. */
import { useMemo } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Fact, TextLang } from '@/data/schema';
import { TimelineView, type TimelineTopic } from './TimelineView';
import { useHashFilter } from './use-hash-filter';
import { Logo } from '@/components/page/Logo';

interface Props {
  topics: TimelineTopic[];
  facts: Fact[];
  lang: TextLang;
}

export function TimelinePage({ topics, facts, lang }: Props) {
  const topicIds = useMemo(() => topics.map((topic) => topic.id), [topics]);
  const [filter, setFilter] = useHashFilter(topicIds);

  return (
    <>
      <header class="page-header">
        <h1>
          <Logo />
          {i18n.t('timeline_title')}
        </h1>
        <p class="intro">{i18n.t('timeline_intro')}</p>
      </header>
      <main>
        <TimelineView topics={topics} facts={facts} lang={lang} filter={filter} onFilter={setFilter} />
      </main>
    </>
  );
}
