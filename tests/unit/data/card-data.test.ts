import { describe, expect, it } from 'vitest';
import { FACTS_PER_CARD, pickCardData, rankTopicFacts } from '@/data/content-data';
import { loadDataset } from '@/data/load';
import { splitFacts } from '@/lib/card/since';
import type { Dated } from '@/lib/format/span';

const dataset = loadDataset(process.cwd());
const cardData = pickCardData(dataset);

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * Page dates around every fact: the days before, of and after its start and
 * end, and its month and year at those precisions; plus the 1st and 15th of
 * every month from 2015 to 2027.
 */
function everyPageDate(): Dated[] {
  const dates: Dated[] = [];
  for (const fact of dataset.facts) {
    const start = Date.parse(`${fact.date}-01-01`.slice(0, 10));
    for (const t of [start - DAY, start, start + DAY, start + 32 * DAY, start + 366 * DAY]) {
      dates.push({ date: iso(t), precision: 'day' });
      dates.push({ date: iso(t).slice(0, 7), precision: 'month' });
      dates.push({ date: iso(t).slice(0, 4), precision: 'year' });
    }
  }
  for (let year = 2015; year <= 2027; year++) {
    for (let month = 0; month < 12; month++) {
      for (const day of [1, 15]) dates.push({ date: iso(Date.UTC(year, month, day)), precision: 'day' });
    }
  }
  return dates;
}

describe('card data', () => {
  it('ranks a topic’s facts: its card facts in order, then its other facts newest first', () => {
    const topic = dataset.topics.find((t) => t.id === 'rekognition')!;
    const ranked = rankTopicFacts(dataset, topic);
    expect(ranked.slice(0, topic.cardFacts.length).map((f) => f.id)).toEqual(topic.cardFacts);
    const rest = ranked.slice(topic.cardFacts.length);
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((f) => f.topics.includes('rekognition'))).toBe(true);
    expect(rest.map((f) => f.date)).toEqual([...rest.map((f) => f.date)].sort().reverse());
  });

  it('starts each topic with its key dates, the first card facts, as before', () => {
    for (const topic of dataset.topics) {
      const card = cardData.topics.find((t) => t.id === topic.id)!;
      expect(card.keyFacts).toBe(Math.min(FACTS_PER_CARD, topic.cardFacts.length));
      expect(card.facts.slice(0, card.keyFacts).map((f) => f.id)).toEqual(topic.cardFacts.slice(0, FACTS_PER_CARD));
    }
  });

  it('ships only the facts a card can show, and a card shows the same for every page date as with all facts', () => {
    const dates = everyPageDate();
    let shipped = 0;
    let all = 0;
    for (const topic of dataset.topics) {
      const card = cardData.topics.find((t) => t.id === topic.id)!;
      const ranked = rankTopicFacts(dataset, topic);
      const shown = new Set<string>();
      for (const page of [null, ...dates]) {
        const full = splitFacts(ranked, card.keyFacts, page);
        const shipped = splitFacts(card.facts, card.keyFacts, page);
        const ids = (split: { key: Array<{ id: string }>; since: Array<{ id: string }> }) => ({ key: split.key.map((f) => f.id), since: split.since.map((f) => f.id) });
        expect(ids(shipped), `${topic.id} at ${page?.date}`).toEqual(ids(full));
        for (const fact of [...shipped.key, ...shipped.since]) shown.add(fact.id);
      }
      expect(card.facts.map((f) => f.id).sort(), topic.id).toEqual([...shown].sort());
      shipped += card.facts.length;
      all += ranked.length;
    }
    expect(shipped).toBeLessThan(all);
  });

  it('lists the May 2021 extension for a Rekognition page of June 2020', () => {
    const card = cardData.topics.find((t) => t.id === 'rekognition')!;
    const { since } = splitFacts(card.facts, card.keyFacts, { date: '2020-06-11', precision: 'day' });
    expect(since.map((f) => f.id)).toContain('amazon-moratorium-extended');
  });
});
