/**
 * "Since this page was published (11 June 2020)": the topic's most important
 * facts from after the page's date, newest first, and a way to the timeline
 * from that date on. Each is brief (date, title, sources): the section says
 * what changed at a glance, the timeline tells the rest.
 */
import type { CardFact as Fact } from '@/data/content-data';
import type { TextLang } from '@/data/schema';
import type { CardStrings } from '@/lib/card/strings';
import { dateTimeAttribute, formatFactDate } from '@/lib/format/date';
import type { Dated } from '@/lib/format/span';
import { CardFact } from './CardFact';

export const SINCE_TITLE_ID = 'face-facts-card-since';

interface Props {
  pageDate: Dated;
  facts: Fact[];
  lang: TextLang;
  strings: CardStrings;
  onTimeline(): void;
}

export function SinceSection({ pageDate, facts, lang, strings, onTimeline }: Props) {
  const [before, after = ''] = strings.card_since.split('$1');
  return (
    <section class="since" aria-labelledby={SINCE_TITLE_ID}>
      <h3 id={SINCE_TITLE_ID} class="facts-title since-title">
        {before}
        <time dateTime={dateTimeAttribute(pageDate.date, pageDate.precision)}>
          {formatFactDate(pageDate.date, pageDate.precision, lang, 'long')}
        </time>
        {after}
      </h3>
      <ol class="facts">
        {facts.map((fact) => (
          <CardFact key={fact.id} fact={fact} lang={lang} strings={strings} brief />
        ))}
      </ol>
      <button type="button" class="since-timeline" data-action="timeline-since" onClick={onTimeline}>
        {strings.card_since_timeline}
      </button>
    </section>
  );
}
