/** The popup's "On this page" rows: one button per topic found, with its count and a one-line summary. */
import { i18n } from '#i18n';
import { inLanguage } from '@/data/languages';
import type { Localized, TextLang } from '@/data/schema';
import { summaryLine } from '@/lib/popup/first-sentence';

export interface PopupTopic {
  id: string;
  label: Localized;
  summary: Localized;
}

interface Props {
  topics: readonly PopupTopic[];
  counts: Record<string, number>;
  lang: TextLang;
  onReveal: (topic: string) => void;
}

export function PageTopics({ topics, counts, lang, onReveal }: Props) {
  const found = topics.filter((topic) => (counts[topic.id] ?? 0) > 0);
  if (found.length === 0) return <p class="note">{i18n.t('popup_no_mentions')}</p>;
  return (
    <>
      <p id="reveal-hint" class="hint">
        {i18n.t('popup_reveal_hint')}
      </p>
      <ul class="topic-rows">
        {found.map((topic) => {
          const count = counts[topic.id] ?? 0;
          return (
            <li key={topic.id}>
              <button
                type="button"
                class="topic-row"
                data-topic={topic.id}
                aria-describedby="reveal-hint"
                onClick={() => onReveal(topic.id)}
              >
                <span class="row-head">
                  <span class="row-label">{inLanguage(topic.label, lang)}</span>
                  <span class="row-count">{i18n.t('popup_mentions', count, [count])}</span>
                </span>
                <span class="row-summary">{summaryLine(inLanguage(topic.summary, lang))}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
