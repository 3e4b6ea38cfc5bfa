/** A tiny valid dataset, in memory, for the validation tests to clone and break. */
import type { z } from 'zod';
import type { DataFile } from '@/data/validate';
import type { Fact, Forms, TopicInfo } from '@/data/schema';

export type FactInput = z.input<typeof Fact>;
export type FormsInput = z.input<typeof Forms>;
export type TopicInput = z.input<typeof TopicInfo>;

export interface Fixture {
  topics: Record<string, TopicInput>;
  forms: Record<string, FormsInput>;
  facts: Record<string, FactInput[]>;
}

const source = { publisher: 'Example', title: 'A page', url: 'https://example.org/page' };

function fact(id: string, date: string, precision: FactInput['precision'], topics: string[]): FactInput {
  return {
    id,
    date,
    precision,
    topics,
    title: { en: `Title ${id}`, fr: `Titre ${id}`, de: `Titel ${id}`, es: `Título ${id}` },
    text: { en: `Text ${id}.`, fr: `Texte ${id}.`, de: `Text ${id} auf Deutsch.`, es: `Texto ${id}.` },
    sources: [{ ...source }],
  };
}

function forms(name: string): FormsInput {
  return {
    en: { names: [{ text: name, case: 'sensitive' }] },
    fr: {
      names: [{ text: name, case: 'sensitive' }],
      near: [
        {
          any: [{ text: 'interdiction' }, { text: 'moratoire' }],
          with: [{ text: 'reconnaissance faciale' }],
          within: 6,
        },
      ],
    },
    de: { names: [{ text: name, case: 'sensitive' }] },
    es: { names: [{ text: name, case: 'sensitive' }] },
  };
}

export function validFixture(): Fixture {
  return {
    topics: {
      ibm: {
        id: 'ibm',
        label: { en: 'IBM', fr: 'IBM', de: 'IBM', es: 'IBM' },
        summary: { en: 'About IBM.', fr: 'À propos d’IBM.', de: 'Über IBM.', es: 'Sobre IBM.' },
        cardFacts: ['ibm-exit', 'ibm-dif'],
      },
      bans: {
        id: 'bans',
        label: { en: 'Bans', fr: 'Interdictions', de: 'Verbote', es: 'Prohibiciones' },
        summary: { en: 'About bans.', fr: 'Sur les interdictions.', de: 'Über Verbote.', es: 'Sobre las prohibiciones.' },
        cardFacts: ['sf-ban'],
      },
    },
    forms: { ibm: forms('IBM'), bans: forms('moratorium') },
    facts: {
      '2019': [fact('ibm-dif', '2019-01-29', 'day', ['ibm']), fact('sf-ban', '2019-05-14', 'day', ['bans'])],
      '2020': [fact('pause', '2020-06', 'month', ['bans']), fact('ibm-exit', '2020-06-08', 'day', ['ibm', 'bans'])],
    },
  };
}

/** The fixture as the files a loader would hand over. */
export function toFiles(fixture: Fixture): DataFile[] {
  return [
    ...Object.entries(fixture.topics).map(([name, json]) => ({ path: `data/topics/${name}.json`, json })),
    ...Object.entries(fixture.forms).map(([name, json]) => ({ path: `data/forms/${name}.json`, json })),
    ...Object.entries(fixture.facts).map(([year, json]) => ({ path: `data/facts/${year}.json`, json })),
  ];
}

/** The first fact with this id; throws if the fixture has none. */
export function factIn(fixture: Fixture, id: string): FactInput {
  const found = Object.values(fixture.facts)
    .flat()
    .find((f) => f.id === id);
  if (!found) throw new Error(`fixture has no fact "${id}"`);
  return found;
}
