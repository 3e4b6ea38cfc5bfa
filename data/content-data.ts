/**
 * What the extension's page-side bundles need from the dataset, and nothing more:
 *
 * - `ContentData` (`virtual:face-facts/content`): what every page loads with
 *   the content script, each topic's id and the candidate search's keys;
 * - `CompiledData` (`virtual:face-facts/matcher`): the exact matcher compiled
 *   from every topic's forms (here, at build time, not on every page), in the
 *   matcher bundle that only a page with a candidate loads;
 * - `CardData` (`virtual:face-facts/card`): what a card shows, each topic's
 *   label, summary and the few facts its card lists. Only the card bundle
 *   (loaded on first hover, see docs/card.md) and the popup import it.
 */
import { compileFinder, type FinderData } from '../lib/find/keys';
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
  /** The candidate search's keys, from every topic's forms (lib/find). */
  finder: FinderData;
}

/** A topic as its card shows it. */
export interface CardTopic {
  id: string;
  label: Localized;
  summary: Localized;
  /** The card's facts, most important first. */
  facts: CardFact[];
}

export interface CardData {
  topics: CardTopic[];
}

export function pickContentData(dataset: Dataset): ContentData {
  return { topics: dataset.topics.map(({ id }) => ({ id })), finder: compileFinder(dataset.topics) };
}

export function pickMatcherData(dataset: Dataset): CompiledData {
  return compileData(dataset.topics);
}

export function pickCardData(dataset: Dataset, factsPerCard = FACTS_PER_CARD): CardData {
  const byId = new Map(dataset.facts.map((fact) => [fact.id, fact]));
  return {
    topics: dataset.topics.map((topic) => ({
      id: topic.id,
      label: topic.label,
      summary: topic.summary,
      facts: topic.cardFacts.slice(0, factsPerCard).map((id) => {
        const fact = byId.get(id);
        if (!fact) throw new Error(`topic "${topic.id}": card fact "${id}" is not in the dataset`);
        const { date, precision, title, text, sources } = fact;
        return { id, date, precision, title, text, sources };
      }),
    })),
  };
}
