import { describe, expect, it } from 'vitest';
import { groupByYear } from '@/lib/timeline/group';
import { textLangFor } from '@/lib/timeline/lang';

describe('groupByYear', () => {
  it('groups consecutive facts by the year of their date, whatever the precision', () => {
    const facts = [{ date: '2016-11-30' }, { date: '2018-06' }, { date: '2018-07-26' }, { date: '2019' }];
    expect(groupByYear(facts)).toEqual([
      { year: '2016', facts: [facts[0]] },
      { year: '2018', facts: [facts[1], facts[2]] },
      { year: '2019', facts: [facts[3]] },
    ]);
  });

  it('gives no group for no facts', () => {
    expect(groupByYear([])).toEqual([]);
  });
});

describe('textLangFor', () => {
  it('picks the table’s language of the UI language, whatever its region', () => {
    expect(['fr', 'fr-FR', 'fr-CA', 'FR_be'].map(textLangFor)).toEqual(['fr', 'fr', 'fr', 'fr']);
    expect(['de', 'de-DE', 'de-AT', 'de_CH'].map(textLangFor)).toEqual(['de', 'de', 'de', 'de']);
    expect(['es', 'es-ES', 'es-419', 'ES_mx'].map(textLangFor)).toEqual(['es', 'es', 'es', 'es']);
  });

  it('picks English for English and for a language the table does not have', () => {
    expect(['en-US', 'en-GB', 'it', 'pt-BR', 'fy', 'deu', ''].map(textLangFor)).toEqual(['en', 'en', 'en', 'en', 'en', 'en', 'en']);
  });
});
