/** One fact of the timeline: its date at its precision, title, text, topics (none for a timeline-only fact) and source links. */
import { i18n } from '#i18n';
import type { Fact, TextLang } from '@/data/schema';
import { dateTimeAttribute, formatFactDate } from '@/lib/format/date';

interface Props {
  fact: Fact;
  lang: TextLang;
  topicLabel: (id: string) => string;
}

export function FactItem({ fact, lang, topicLabel }: Props) {
  const titleId = `fact-${fact.id}`;
  return (
    <article class="fact" data-fact-id={fact.id} aria-labelledby={titleId}>
      <time class="fact-date" dateTime={dateTimeAttribute(fact.date, fact.precision)}>
        {formatFactDate(fact.date, fact.precision, lang)}
      </time>
      <h3 id={titleId} class="fact-title">
        {fact.title[lang]}
      </h3>
      <p class="fact-text">{fact.text[lang]}</p>
      {fact.topics.length > 0 && (
        <ul class="fact-topics" aria-label={i18n.t('timeline_fact_topics')}>
          {fact.topics.map((id) => (
            <li key={id} class="topic-label" data-topic={id}>
              {topicLabel(id)}
            </li>
          ))}
        </ul>
      )}
      <ul class="fact-sources" aria-label={i18n.t('timeline_sources')}>
        {fact.sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              <span class="publisher">{source.publisher}</span>: {source.title}
              <span class="visually-hidden"> {i18n.t('timeline_new_tab')}</span>
            </a>
          </li>
        ))}
      </ul>
    </article>
  );
}
