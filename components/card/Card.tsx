/**
 * What should a reader know about this topic, with sources? The hover card's view:
 * a non-modal dialog named by the topic's label, with its summary, what
 * happened since the page was published (when it says when), its key dated
 * facts and the card's actions.
 */
import type { Ref } from 'preact';
import type { CardTopic } from '@/data/content-data';
import type { TextLang } from '@/data/schema';
import { splitFacts } from '@/lib/card/since';
import type { CardStrings } from '@/lib/card/strings';
import { firstDay, type Dated } from '@/lib/format/span';
import { CardFact } from './CardFact';
import { SinceSection } from './SinceSection';

export const CARD_TITLE_ID = 'face-facts-card-title';

export interface CardProps {
  topic: CardTopic;
  lang: TextLang;
  strings: CardStrings;
  /** When the page was published, if it says (lib/card/page-date.ts). */
  pageDate?: Dated | null;
  onClose(): void;
  /** "Full timeline", or with `from` (YYYY-MM-DD) the timeline from that day on. */
  onTimeline(from?: string): void;
  onPauseSite(): void;
  /**
   * Rendered ahead of being shown (during the hover dwell): invisible, and
   * not yet a dialog for assistive technology.
   */
  prepared?: boolean;
  cardRef?: Ref<HTMLDivElement>;
  arrowRef?: Ref<HTMLDivElement>;
}

export function Card(props: CardProps) {
  const { topic, lang, strings, pageDate = null, onClose, onTimeline, onPauseSite, prepared = false, cardRef, arrowRef } = props;
  const { key, since } = splitFacts(topic.facts, topic.keyFacts, pageDate);
  return (
    <div
      ref={cardRef}
      class="card"
      role={prepared ? undefined : 'dialog'}
      aria-modal={prepared ? undefined : 'false'}
      aria-labelledby={prepared ? undefined : CARD_TITLE_ID}
      data-state={prepared ? 'prepared' : 'shown'}
      lang={lang}
      data-topic={topic.id}
    >
      <div ref={arrowRef} class="arrow" aria-hidden="true" />
      <div class="scroll">
        <div class="head">
          <p class="brand">Face Facts</p>
          <h2 id={CARD_TITLE_ID} class="title" tabIndex={-1}>
            {topic.label[lang]}
          </h2>
          <button type="button" class="close" aria-label={strings.card_close} title={strings.card_close} onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <p class="summary">{topic.summary[lang]}</p>
        {pageDate && since.length > 0 && (
          <SinceSection
            pageDate={pageDate}
            facts={since}
            lang={lang}
            strings={strings}
            onTimeline={() => onTimeline(firstDay(pageDate))}
          />
        )}
        {key.length > 0 && (
          <>
            <h3 class="facts-title">{strings.card_facts}</h3>
            <ol class="facts">
              {key.map((fact) => (
                <CardFact key={fact.id} fact={fact} lang={lang} strings={strings} />
              ))}
            </ol>
          </>
        )}
        <div class="actions">
          <button type="button" class="action primary" data-action="timeline" onClick={() => onTimeline()}>
            {strings.card_timeline}
          </button>
          <button type="button" class="action" data-action="pause-site" onClick={onPauseSite}>
            {strings.card_pause_site}
          </button>
        </div>
      </div>
    </div>
  );
}
