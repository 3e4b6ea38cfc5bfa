/**
 * What the extension's page-side bundles need from the dataset, and nothing more:
 *
 * - `ContentData` (`virtual:face-facts/content`): what every page loads with
 *   the content script, each topic's id (the candidate search's keys are
 *   `virtual:face-facts/finder`, compiled by lib/find/keys.ts);
 * - `CompiledData` (`virtual:face-facts/matcher`): the exact matcher compiled
 *   from every topic's forms (here, at build time, not on every page), in the
 *   content script, parsed only by a page with a candidate;
 * - `CardData` (`virtual:face-facts/card`): what a card shows, each topic's
 *   label, summary and the few facts its card lists: its key dates, and the
 *   facts "Since this page was published" can list for some page date. Only
 *   the card bundle (loaded on first hover, see docs/card.md) and the popup
 *   import it.
 */
import { splitFacts } from '../lib/card/since';
import { firstDay } from '../lib/format/span';
import { compileData, type CompiledData } from '../lib/match/compile';
import type { Dataset, Fact, Localized } from './schema';

/** How many facts a card shows. */
export const FACTS_PER_CARD = 3;

export type CardFact = Pick<Fact, 'id' | 'date' | 'precision' | 'title' | 'text' | 'sources'>;

/** A topic as the content script needs it on every page: its id. */
export interface ContentTopic {
  id: string;
}

export interface ContentData {
  /** In dataset order (the order decides each topic's colour). */
  topics: ContentTopic[];
}

/** A topic as its card shows it. */
export interface CardTopic {
  id: string;
  label: Localized;
  summary: Localized;
  /**
   * The topic's facts that a card can show, most important first: its
   * `cardFacts` in their order, then its other facts, newest first (only
   * those "Since this page was published" can list for some page date).
   */
  facts: CardFact[];
  /** How many of `facts`, from the first, are the card's "Key dates". */
  keyFacts: number;
}

export interface CardData {
  topics: CardTopic[];
}

export function pickContentData(dataset: Dataset): ContentData {
  return { topics: dataset.topics.map(({ id }) => ({ id })) };
}

/** A topic as the popup's first paint shows it: its id, label and summary (`virtual:face-facts/topics`). */
export type TopicSummary = Pick<CardTopic, 'id' | 'label' | 'summary'>;

export function pickTopicSummaries(dataset: Dataset): TopicSummary[] {
  return dataset.topics.map(({ id, label, summary }) => ({ id, label, summary }));
}

export function pickMatcherData(dataset: Dataset): CompiledData {
  return compileData(dataset.topics);
}

/**
 * A topic's facts, most important first: its `cardFacts` in their order,
 * then every other fact of the topic, newest first.
 */
export function rankTopicFacts(dataset: Dataset, topic: Dataset['topics'][number]): Fact[] {
  const byId = new Map(dataset.facts.map((fact) => [fact.id, fact]));
  const chosen = topic.cardFacts.map((id) => {
    const fact = byId.get(id);
    if (!fact) throw new Error(`topic "${topic.id}": card fact "${id}" is not in the dataset`);
    return fact;
  });
  const others = dataset.facts
    .filter((fact) => fact.topics.includes(topic.id) && !topic.cardFacts.includes(fact.id))
    .sort((a, b) => (firstDay(b) > firstDay(a) ? 1 : firstDay(b) < firstDay(a) ? -1 : 0));
  return [...chosen, ...others];
}

/**
 * The page dates that give every possible split of `facts`: which facts are
 * later than a page depends only on where the page's last day falls among
 * the facts' first days, so each first day, and the day before them all,
 * stand for every page date.
 */
function representativeDates(facts: readonly Fact[]): Array<{ date: string; precision: 'day' }> {
  const days = [...new Set(facts.map((fact) => firstDay(fact)))].sort();
  return [{ date: '0001-01-01', precision: 'day' as const }, ...days.map((date) => ({ date, precision: 'day' as const }))];
}

export function pickCardData(dataset: Dataset, factsPerCard = FACTS_PER_CARD): CardData {
  return {
    topics: dataset.topics.map((topic) => {
      const ranked = rankTopicFacts(dataset, topic);
      const keyFacts = Math.min(factsPerCard, topic.cardFacts.length);
      // Ship only the key dates and the facts some page date would list.
      const needed = new Set(ranked.slice(0, keyFacts));
      for (const page of representativeDates(ranked)) {
        for (const fact of splitFacts(ranked, keyFacts, page).since) needed.add(fact);
      }
      return {
        id: topic.id,
        label: topic.label,
        summary: topic.summary,
        facts: ranked
          .filter((fact) => needed.has(fact))
          .map(({ id, date, precision, title, text, sources }) => ({ id, date, precision, title, text, sources })),
        keyFacts,
      };
    }),
  };
}
