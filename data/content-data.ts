/**
 * What the content script needs from the dataset, and nothing more:
 * each topic's detection forms, its card text and the few facts its card shows.
 */
import type { Dataset, Fact, Forms, Localized } from './schema';

/** How many facts a card shows. */
export const FACTS_PER_CARD = 3;

export type CardFact = Pick<Fact, 'id' | 'date' | 'precision' | 'title' | 'text' | 'sources'>;

export interface ContentTopic {
  id: string;
  label: Localized;
  summary: Localized;
  forms: Forms;
  /** The card's facts, most important first. */
  facts: CardFact[];
}

export interface ContentData {
  topics: ContentTopic[];
}

export function pickContentData(dataset: Dataset, factsPerCard = FACTS_PER_CARD): ContentData {
  const byId = new Map(dataset.facts.map((fact) => [fact.id, fact]));
  return {
    topics: dataset.topics.map((topic) => ({
      id: topic.id,
      label: topic.label,
      summary: topic.summary,
      forms: topic.forms,
      facts: topic.cardFacts.slice(0, factsPerCard).map((id) => {
        const fact = byId.get(id);
        if (!fact) throw new Error(`topic "${topic.id}": card fact "${id}" is not in the dataset`);
        const { date, precision, title, text, sources } = fact;
        return { id, date, precision, title, text, sources };
      }),
    })),
  };
}
