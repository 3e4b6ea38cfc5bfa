import { describe, expect, it } from 'vitest';
import { loadDataset } from '@/data/load';
import { LANGUAGE_CODES } from '@/data/languages';

/** The 43 dates of the reference's main list, F01–F43, in order. */
const REFERENCE_DATES = [
  '2016-11-30', '2017-06', '2018-05-22', '2018-06-12', '2018-06-18', '2018-06', '2018-07-26', '2018-07-27',
  '2019-01-24', '2019-01-29', '2019-03', '2019-04-03', '2019-05-14', '2019-05-22', '2019-06-27', '2019-07-16',
  '2019-08-12', '2019-08-13', '2019-09-17', '2019-10-08', '2019-10-15', '2020-01-09', '2020-05-25', '2020-06-08',
  '2020-06-09', '2020-06-10', '2020-06-10', '2020-06-11', '2020-06-24', '2020-06-24', '2020-09-09', '2020-10-07',
  '2020-12-17', '2021-02-12', '2021-04-07', '2021-05-18', '2021-06-01', '2022-04-27', '2022-05-09', '2022-07-21',
  '2024-06-28', '2024-08-01', '2025-02-02',
];

describe('the bundled dataset', () => {
  const dataset = loadDataset(process.cwd());
  const factIds = new Set(dataset.facts.map((f) => f.id));
  const topicIds = new Set(dataset.topics.map((t) => t.id));

  it('has the four topics', () => {
    expect([...topicIds].sort()).toEqual(['aclu', 'bans', 'ibm', 'rekognition']);
  });

  it('has every fact of the reference main list, by date', () => {
    expect(REFERENCE_DATES).toHaveLength(43);
    expect(dataset.facts.length).toBeGreaterThanOrEqual(43);
    const remaining = dataset.facts.map((f) => f.date);
    for (const date of REFERENCE_DATES) {
      const at = remaining.indexOf(date);
      expect(at, `no fact left for ${date}`).toBeGreaterThanOrEqual(0);
      remaining.splice(at, 1);
    }
  });

  it('puts every fact in at least one existing topic', () => {
    for (const fact of dataset.facts) {
      expect(fact.topics.length, fact.id).toBeGreaterThan(0);
      for (const topic of fact.topics) expect(topicIds.has(topic), `${fact.id} → ${topic}`).toBe(true);
    }
  });

  it('gives every topic at least three card facts, all resolvable and in the topic', () => {
    for (const topic of dataset.topics) {
      expect(topic.cardFacts.length, topic.id).toBeGreaterThanOrEqual(3);
      for (const id of topic.cardFacts) {
        expect(factIds.has(id), `${topic.id} → ${id}`).toBe(true);
        expect(dataset.facts.find((f) => f.id === id)?.topics).toContain(topic.id);
      }
    }
  });

  it('returns facts sorted by date', () => {
    const dates = dataset.facts.map((f) => f.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('has forms in every language for every topic', () => {
    for (const topic of dataset.topics) {
      for (const lang of LANGUAGE_CODES) {
        const set = topic.forms[lang];
        expect((set?.names.length ?? 0) + (set?.near.length ?? 0), `${topic.id}/${lang}`).toBeGreaterThan(0);
      }
    }
  });

  it('gives every fact at least one https source', () => {
    for (const fact of dataset.facts) {
      expect(fact.sources.length, fact.id).toBeGreaterThan(0);
      for (const source of fact.sources) expect(source.url, fact.id).toMatch(/^https:\/\//);
    }
  });

  it('writes French that is not a copy of the English', () => {
    for (const fact of dataset.facts) {
      expect(fact.title.fr, fact.id).not.toBe(fact.title.en);
      expect(fact.text.fr, fact.id).not.toBe(fact.text.en);
    }
    for (const topic of dataset.topics) expect(topic.summary.fr, topic.id).not.toBe(topic.summary.en);
  });

  it('writes every other language’s texts, not copies of the English', () => {
    for (const lang of LANGUAGE_CODES.filter((code) => code !== 'en')) {
      for (const fact of dataset.facts) expect(fact.text[lang], `${fact.id} ${lang}`).not.toBe(fact.text.en);
      for (const topic of dataset.topics) expect(topic.summary[lang], `${topic.id} ${lang}`).not.toBe(topic.summary.en);
    }
  });

  it('keeps titles short enough for a card, in every language', () => {
    for (const fact of dataset.facts) {
      for (const lang of LANGUAGE_CODES) expect(fact.title[lang]?.length, `${fact.id} ${lang}`).toBeLessThanOrEqual(70);
    }
  });

  it('uses typographic apostrophes in French', () => {
    for (const fact of dataset.facts) expect(`${fact.title.fr} ${fact.text.fr}`, fact.id).not.toContain("'");
  });

  it('does not repeat the seed article’s errors', () => {
    const byId = new Map(dataset.facts.map((f) => [f.id, f]));
    const congress = byId.get('aclu-congress-test');
    expect(congress?.text.en).toContain('disproportionately');
    expect(congress?.text.en).not.toMatch(/mostly/i);
    const carnegie = byId.get('carnegie-ai-surveillance-index');
    expect(carnegie?.text.en).toContain('64');
    expect(carnegie?.text.en).not.toMatch(/Spain|Germany/);
    expect(byId.get('robert-williams-arrest')?.topics).not.toContain('rekognition');
    expect(byId.get('rekognition-launch')?.date).toBe('2016-11-30');
    expect(byId.get('eu-ai-act-in-force')?.date).toBe('2024-08-01');
  });
});
