import { describe, expect, it } from 'vitest';
import { DatasetError, validateDataset, type DataFile } from '@/data/validate';
import { factIn, toFiles, validFixture, type FactInput, type Fixture } from './fixture';

/** The issues validateDataset reports for these files (none if it passes). */
function issuesOf(files: DataFile[]): string[] {
  try {
    validateDataset(files);
    return [];
  } catch (error) {
    if (error instanceof DatasetError) return error.issues;
    throw error;
  }
}

interface BadCase {
  name: string;
  /** Breaks one thing in a fresh copy of the valid fixture. */
  breakIt?: (fixture: Fixture) => void;
  /** Or breaks the file list itself. */
  breakFiles?: (files: DataFile[]) => DataFile[];
  /** The start of the issue that must be reported: file, entry and field. */
  expected: string;
}

const cases: BadCase[] = [
  {
    name: 'missing source',
    breakIt: (f) => (factIn(f, 'ibm-exit').sources = []),
    expected: 'data/facts/2020.json: fact "ibm-exit": sources: must have at least one source',
  },
  {
    name: 'non-https URL',
    breakIt: (f) => {
      const first = factIn(f, 'sf-ban').sources[0];
      if (first) first.url = 'http://example.org/page';
    },
    expected: 'data/facts/2019.json: fact "sf-ban": sources[0].url: must be an absolute https URL',
  },
  {
    name: 'relative URL',
    breakIt: (f) => {
      const first = factIn(f, 'sf-ban').sources[0];
      if (first) first.url = '/page';
    },
    expected: 'data/facts/2019.json: fact "sf-ban": sources[0].url: must be an absolute https URL',
  },
  {
    name: 'impossible date',
    breakIt: (f) => (factIn(f, 'ibm-dif').date = '2019-02-30'),
    expected: 'data/facts/2019.json: fact "ibm-dif": date: "2019-02-30" is not a real date written at day precision',
  },
  {
    name: 'date more precise than its precision',
    breakIt: (f) => (factIn(f, 'pause').date = '2020-06-10'),
    expected: 'data/facts/2020.json: fact "pause": date: "2020-06-10" is not a real date written at month precision',
  },
  {
    name: 'date less precise than its precision',
    breakIt: (f) => (factIn(f, 'ibm-exit').date = '2020-06'),
    expected: 'data/facts/2020.json: fact "ibm-exit": date: "2020-06" is not a real date written at day precision',
  },
  {
    name: 'unknown topic id',
    breakIt: (f) => (factIn(f, 'ibm-exit').topics = ['ibmm']),
    expected: 'data/facts/2020.json: fact "ibm-exit": topics[0]: unknown topic "ibmm"',
  },
  {
    name: 'missing topics list',
    breakIt: (f) => delete (factIn(f, 'sf-ban') as Partial<FactInput>).topics,
    expected: 'data/facts/2019.json: fact "sf-ban": topics: must be a list of topic ids ([] for a timeline-only fact)',
  },
  {
    name: 'more than four sources',
    breakIt: (f) => {
      const fact = factIn(f, 'sf-ban');
      fact.sources = [1, 2, 3, 4, 5].map((n) => ({ publisher: 'P', title: 'T', url: `https://example.org/${n}` }));
    },
    expected: 'data/facts/2019.json: fact "sf-ban": sources: must have at most 4 sources',
  },
  {
    name: 'timeline-only fact listed on a card',
    breakIt: (f) => {
      factIn(f, 'ibm-exit').topics = [];
    },
    expected: 'data/topics/ibm.json: topic "ibm": cardFacts[0]: fact "ibm-exit" is not in topic "ibm"',
  },
  {
    name: 'duplicate id across files',
    breakIt: (f) => (factIn(f, 'pause').id = 'sf-ban'),
    expected: 'data/facts/2020.json: fact "sf-ban": duplicate id (also in data/facts/2019.json)',
  },
  {
    name: 'missing French text',
    breakIt: (f) => delete (factIn(f, 'ibm-dif').text as { fr?: string }).fr,
    expected: 'data/facts/2019.json: fact "ibm-dif": text.fr: ',
  },
  {
    name: 'missing German text, named by language',
    breakIt: (f) => delete (factIn(f, 'ibm-dif').text as { de?: string }).de,
    expected: 'data/facts/2019.json: fact "ibm-dif": text.de: missing the Deutsch (de) text',
  },
  {
    name: 'missing Spanish title, named by language',
    breakIt: (f) => delete (factIn(f, 'sf-ban').title as { es?: string }).es,
    expected: 'data/facts/2019.json: fact "sf-ban": title.es: missing the Español (es) text',
  },
  {
    name: 'text in a language the table does not have',
    breakIt: (f) => Object.assign(factIn(f, 'sf-ban').title, { it: 'Titolo' }),
    expected: 'data/facts/2019.json: fact "sf-ban": title: Unrecognized key: "it"',
  },
  {
    name: 'topic without a Spanish summary',
    breakIt: (f) => {
      if (f.topics.ibm) delete (f.topics.ibm.summary as { es?: string }).es;
    },
    expected: 'data/topics/ibm.json: topic "ibm": summary.es: missing the Español (es) text',
  },
  {
    name: 'blank French text',
    breakIt: (f) => (factIn(f, 'ibm-dif').text.fr = '   '),
    expected: 'data/facts/2019.json: fact "ibm-dif": text.fr: must not be empty',
  },
  {
    name: 'misspelt field',
    breakIt: (f) => Object.assign(factIn(f, 'ibm-dif'), { source: [] }),
    expected: 'data/facts/2019.json: fact "ibm-dif": Unrecognized key: "source"',
  },
  {
    name: 'fact file out of date order',
    breakIt: (f) => f.facts['2019']?.reverse(),
    expected: 'data/facts/2019.json: fact "ibm-dif": date: "2019-01-29" is out of date order (it follows "sf-ban" of 2019-05-14)',
  },
  {
    name: 'fact in the wrong year file',
    breakIt: (f) => (factIn(f, 'ibm-exit').date = '2021-06-08'),
    expected: 'data/facts/2020.json: fact "ibm-exit": date: "2021-06-08" does not belong in the file for 2020',
  },
  {
    name: 'fact file that is not an array',
    breakFiles: (files) =>
      files.map((file) => (file.path === 'data/facts/2019.json' ? { ...file, json: { id: 'x' } } : file)),
    expected: 'data/facts/2019.json: must be a JSON array of facts',
  },
  {
    name: 'fact without an id is named by its index',
    breakIt: (f) => delete (factIn(f, 'sf-ban') as { id?: string }).id,
    expected: 'data/facts/2019.json: fact #1: id: ',
  },
  {
    name: 'empty detection form',
    breakIt: (f) => {
      if (f.forms.ibm) f.forms.ibm.de = { names: [], near: [] };
    },
    expected: 'data/forms/ibm.json: topic "ibm": de: must have at least one name or rule',
  },
  {
    name: 'empty term in a proximity rule',
    breakIt: (f) => {
      const any = f.forms.bans?.fr?.near?.[0]?.any;
      if (any?.[1]) any[1].text = ' ';
    },
    expected: 'data/forms/bans.json: topic "bans": fr.near[0].any[1].text: must not be empty',
  },
  {
    name: 'language missing from forms',
    breakIt: (f) => {
      if (f.forms.ibm) delete (f.forms.ibm as { es?: unknown }).es;
    },
    expected: 'data/forms/ibm.json: topic "ibm": es: missing the Español (es) forms',
  },
  {
    name: 'unknown cardFacts id',
    breakIt: (f) => f.topics.ibm?.cardFacts.push('nope'),
    expected: 'data/topics/ibm.json: topic "ibm": cardFacts[2]: unknown fact "nope"',
  },
  {
    name: 'card fact from another topic',
    breakIt: (f) => f.topics.ibm?.cardFacts.push('sf-ban'),
    expected: 'data/topics/ibm.json: topic "ibm": cardFacts[2]: fact "sf-ban" is not in topic "ibm"',
  },
  {
    name: 'card fact listed twice',
    breakIt: (f) => f.topics.ibm?.cardFacts.push('ibm-exit'),
    expected: 'data/topics/ibm.json: topic "ibm": cardFacts[2]: "ibm-exit" is listed twice',
  },
  {
    name: 'topic id that does not match its file name',
    breakIt: (f) => {
      if (f.topics.ibm) f.topics.ibm.id = 'big-blue';
    },
    expected: 'data/topics/ibm.json: topic "big-blue": id: must match the file name "ibm"',
  },
  {
    name: 'topic without French label',
    breakIt: (f) => {
      if (f.topics.bans) f.topics.bans.label.fr = '';
    },
    expected: 'data/topics/bans.json: topic "bans": label.fr: must not be empty',
  },
  {
    name: 'missing forms file',
    breakIt: (f) => delete f.forms.bans,
    expected: 'data/topics/bans.json: topic "bans": forms: missing data/forms/bans.json',
  },
  {
    name: 'forms file without a topic',
    breakIt: (f) => {
      if (f.forms.ibm) f.forms.aclu = structuredClone(f.forms.ibm);
    },
    expected: 'data/forms/aclu.json: topic "aclu": no topic file data/topics/aclu.json',
  },
  {
    name: 'file outside the dataset folders',
    breakFiles: (files) => [...files, { path: 'data/other/x.json', json: {} }],
    expected: 'data/other/x.json: not a dataset file',
  },
];

describe('validateDataset', () => {
  it('accepts the valid fixture', () => {
    expect(issuesOf(toFiles(validFixture()))).toEqual([]);
  });

  it.each(cases)('reports $name', ({ breakIt, breakFiles, expected }) => {
    const fixture = validFixture();
    breakIt?.(fixture);
    const files = toFiles(fixture);
    const issues = issuesOf(breakFiles ? breakFiles(files) : files);
    expect(issues.some((issue) => issue.startsWith(expected)), issues.join('\n')).toBe(true);
  });

  it('collects every issue before throwing, one per line in the message', () => {
    const fixture = validFixture();
    factIn(fixture, 'ibm-dif').date = '2019-02-30';
    factIn(fixture, 'pause').topics = ['bans', 'ibmm'];
    delete fixture.forms.bans;
    let caught: unknown;
    try {
      validateDataset(toFiles(fixture));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatasetError);
    const error = caught as DatasetError;
    expect(error.issues).toEqual([
      'data/facts/2019.json: fact "ibm-dif": date: "2019-02-30" is not a real date written at day precision',
      'data/facts/2020.json: fact "pause": topics[1]: unknown topic "ibmm"',
      'data/topics/bans.json: topic "bans": forms: missing data/forms/bans.json',
    ]);
    expect(error.message).toBe(error.issues.join('\n'));
  });

  it('does not also report unknown card facts when the fact itself is invalid', () => {
    const fixture = validFixture();
    factIn(fixture, 'ibm-exit').sources = [];
    const issues = issuesOf(toFiles(fixture));
    expect(issues).toEqual(['data/facts/2020.json: fact "ibm-exit": sources: must have at least one source']);
  });

  it('accepts a timeline-only fact (no topic) and returns it with the others', () => {
    const fixture = validFixture();
    factIn(fixture, 'pause').topics = [];
    const { facts } = validateDataset(toFiles(fixture));
    expect(facts.map((f) => f.id)).toContain('pause');
    expect(facts.find((f) => f.id === 'pause')?.topics).toEqual([]);
  });

  it('returns topics alphabetically with their forms and zod defaults applied', () => {
    const { topics } = validateDataset(toFiles(validFixture()));
    expect(topics.map((t) => t.id)).toEqual(['bans', 'ibm']);
    const ibm = topics.find((t) => t.id === 'ibm');
    expect(ibm?.forms.en?.near).toEqual([]);
    expect(ibm?.forms.en?.names[0]).toEqual({ text: 'IBM', case: 'sensitive' });
    const bans = topics.find((t) => t.id === 'bans');
    expect(bans?.forms.fr?.near[0]?.any[0]).toEqual({ text: 'interdiction', case: 'insensitive' });
  });

  it('returns facts sorted by date then id, whatever the file order, with tags defaulted', () => {
    const fixture = validFixture();
    const files = toFiles(fixture).reverse();
    const { facts } = validateDataset(files);
    expect(facts.map((f) => f.id)).toEqual(['ibm-dif', 'sf-ban', 'pause', 'ibm-exit']);
    expect(facts.every((f) => Array.isArray(f.tags) && f.tags.length === 0)).toBe(true);
  });

  it('orders facts of the same date by id', () => {
    const fixture = validFixture();
    fixture.facts['2019']?.push({ ...structuredClone(factIn(fixture, 'sf-ban')), id: 'a-same-day' });
    fixture.facts['2019']?.sort((a, b) => a.date.localeCompare(b.date));
    const { facts } = validateDataset(toFiles(fixture));
    expect(facts.map((f) => f.id).slice(1, 3)).toEqual(['a-same-day', 'sf-ban']);
  });
});
