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

/** The supplementary cards S1–S2 and the 2026 update's F44–F66, in order. */
const MORE_REFERENCE_DATES = [
  '2020-06', '2020-08-03',
  '2019-12-19', '2020-06-25', '2020-08-11', '2020-12-31', '2021-02-26', '2021-06', '2021-11-02', '2022-05-23',
  '2022-06-21', '2022-10-17', '2023-02-16', '2023-06-29', '2023-08', '2023-09-27', '2023-12-19', '2024-01',
  '2024-01-24', '2024-07-30', '2024-09-03', '2025-03-20', '2025-05-19', '2025-12', '2026-06-29',
];

/** Facts that fit no topic card and are only in the timeline (docs/sources-policy.md). */
const TIMELINE_ONLY = [
  'facebook-bipa-settlement',
  'meta-ends-face-recognition',
  'ring-ends-request-for-assistance',
  'ring-familiar-faces',
  'texas-meta-settlement',
];

/**
 * Whether `text` speaks of Amazon's moratorium as a pause on all "police use
 * of Rekognition" instead of its scope: police departments' use of the face
 * comparison feature in criminal investigations. The 2020 phrase may stay as
 * a quote of the announcement, next to the scope.
 */
function unscopedMoratorium(text: string): boolean {
  const phrase = /police use of (?:Amazon )?Rekognition|(?:utilisation|usage) de Rekognition par la police|usage policier de Rekognition/i;
  const match = phrase.exec(text);
  if (!match) return false;
  const quoted = /[“«]\s*(?:l’)?$/.test(text.slice(0, match.index));
  const scoped = /face comparison feature|fonction de comparaison de visages/.test(text);
  return !(quoted && scoped);
}

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

  it('has every card of the 2026 update and both supplementary cards, by date', () => {
    expect(dataset.facts.length).toBeGreaterThanOrEqual(68);
    const remaining = dataset.facts.map((f) => f.date);
    for (const date of [...REFERENCE_DATES, ...MORE_REFERENCE_DATES]) {
      const at = remaining.indexOf(date);
      expect(at, `no fact left for ${date}`).toBeGreaterThanOrEqual(0);
      remaining.splice(at, 1);
    }
  });

  it('puts every fact in existing topics, and only the timeline-only facts in none', () => {
    for (const fact of dataset.facts) {
      for (const topic of fact.topics) expect(topicIds.has(topic), `${fact.id} → ${topic}`).toBe(true);
    }
    const none = dataset.facts.filter((f) => f.topics.length === 0).map((f) => f.id);
    expect(none.sort()).toEqual(TIMELINE_ONLY);
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

  it('puts no-break spaces where French typography wants them', () => {
    // A plain space before : ; % », after «, or between digit groups (1 300) may break the line there.
    const plain = / [:;%»]|« |\d \d{3}\b/;
    const french = [
      ...dataset.facts.map((f) => [f.id, `${f.title.fr}\n${f.text.fr}`] as const),
      ...dataset.topics.map((t) => [t.id, `${t.label.fr}\n${t.summary.fr}`] as const),
    ];
    for (const [id, text] of french) expect(text, id).not.toMatch(plain);
    expect('Rekognition : un an').toMatch(plain);
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

  describe('the 2026 corrections', () => {
    const byId = new Map(dataset.facts.map((f) => [f.id, f]));
    const rekognition = dataset.topics.find((t) => t.id === 'rekognition');

    it('spots an unscoped moratorium, and accepts the scoped quote', () => {
      expect(unscopedMoratorium('Amazon paused police use of Rekognition for a year.')).toBe(true);
      expect(unscopedMoratorium('Amazon a suspendu l’utilisation de Rekognition par la police.')).toBe(true);
      expect(unscopedMoratorium('A moratorium on “police use of Rekognition”, with no scope given.')).toBe(true);
      expect(
        unscopedMoratorium(
          'A moratorium on “police use of Rekognition”, defined as police departments’ use of Rekognition’s face comparison feature.',
        ),
      ).toBe(false);
      expect(unscopedMoratorium('Amazon paused police departments’ use of its face comparison feature.')).toBe(false);
    });

    it('gives the moratorium’s scope in the Rekognition summary (C1)', () => {
      expect(rekognition?.summary.en).toContain(
        'police departments’ use of Rekognition’s face comparison feature in criminal investigations',
      );
      expect(rekognition?.summary.fr).toContain(
        'fonction de comparaison de visages de Rekognition par les services de police dans le cadre d’enquêtes criminelles',
      );
    });

    it('never says “police use of Rekognition” without its scope, in a fact or a summary (C1)', () => {
      const texts = [
        ...dataset.facts.flatMap((f) => [f.title.en, f.title.fr, f.text.en, f.text.fr].map((t) => [f.id, t ?? ''] as const)),
        ...dataset.topics.flatMap((t) => [t.summary.en, t.summary.fr].map((s) => [t.id, s ?? ''] as const)),
      ];
      for (const [id, text] of texts) expect(unscopedMoratorium(text), `${id}: ${text}`).toBe(false);
    });

    it('states the AI Act’s conditions and keeps “police” in the French title (C2)', () => {
      const prohibition = byId.get('eu-ai-act-biometric-prohibition');
      expect(prohibition?.title.fr).toMatch(/police/);
      expect(prohibition?.text.en).toMatch(/within 24 hours/);
      expect(prohibition?.text.en).toMatch(/national law provides/);
      expect(prohibition?.text.fr).toMatch(/24 heures/);
      expect(prohibition?.text.fr).toMatch(/droit national/);
    });

    it('gives the moratorium’s status as of its latest source, not later (C3)', () => {
      const extended = byId.get('amazon-moratorium-extended');
      expect(extended?.text.en).toMatch(/As of June 2024/);
      expect(`${extended?.text.en} ${rekognition?.summary.en}`).not.toMatch(/2025|2026/);
    });

    it('cites the primary report, not a copy, for Minneapolis and the 2018 ACLU records', () => {
      const hosts = (id: string) => byId.get(id)?.sources.map((s) => new URL(s.url).hostname);
      expect(hosts('minneapolis-ban')).toEqual(['www.startribune.com']);
      expect(hosts('aclu-rekognition-police-records')).not.toContain('www.lapresse.ca');
    });
  });
});
