/**
 * What should a reader know about this topic, with sources? The hover card's view:
 * a non-modal dialog named by the topic's label, with its summary, its first
 * dated facts and the card's actions.
 */
import type { Ref } from 'preact';
import type { CardTopic } from '@/data/content-data';
import { FACTS_PER_CARD } from '@/data/content-data';
import type { TextLang } from '@/data/schema';
import type { CardStrings } from '@/lib/card/strings';
import { CardFact } from './CardFact';

export const CARD_TITLE_ID = 'face-facts-card-title';

export interface CardProps {
  topic: CardTopic;
  lang: TextLang;
  strings: CardStrings;
  onClose(): void;
  onTimeline(): void;
  onPauseSite(): void;
  /**
   * Rendered ahead of being shown (during the hover dwell): invisible, and
   * not yet a dialog for assistive technology.
   */
  prepared?: boolean;
  cardRef?: Ref<HTMLDivElement>;
  arrowRef?: Ref<HTMLDivElement>;
}

export function Card({ topic, lang, strings, onClose, onTimeline, onPauseSite, prepared = false, cardRef, arrowRef }: CardProps) {
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
        <h3 class="facts-title">{strings.card_facts}</h3>
        <ol class="facts">
          {topic.facts.slice(0, FACTS_PER_CARD).map((fact) => (
            <CardFact key={fact.id} fact={fact} lang={lang} strings={strings} />
          ))}
        </ol>
        <div class="actions">
          <button type="button" class="action primary" data-action="timeline" onClick={onTimeline}>
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
