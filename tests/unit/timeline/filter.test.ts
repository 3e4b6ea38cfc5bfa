import { describe, expect, it } from 'vitest';
import {
  createFactFilter,
  isDay,
  foldForSearch,
  matchesFilter,
  queryTerms,
  type FilterableFact,
} from '@/lib/timeline/filter';

type Texts = [title: string, text: string];

const DATES: Record<string, Pick<FilterableFact, 'date' | 'precision'>> = {
  launch: { date: '2016-11-30', precision: 'day' },
  'sf-ban': { date: '2019-05-14', precision: 'day' },
  'ibm-exit': { date: '2020-06-08', precision: 'day' },
  moratorium: { date: '2020-06', precision: 'month' },
};

function fact(id: string, topics: string[], en: Texts, fr: Texts, de: Texts, es: Texts): FilterableFact & { id: string } {
  return {
    id,
    topics,
    title: { en: en[0], fr: fr[0], de: de[0], es: es[0] },
    text: { en: en[1], fr: fr[1], de: de[1], es: es[1] },
    ...DATES[id]!,
  };
}

const FACTS = [
  fact(
    'launch',
    ['rekognition'],
    ['AWS launches Amazon Rekognition', 'Image and video analysis, including face search.'],
    ['AWS lance Amazon Rekognition', 'Analyse d’images et de vidéos, dont la recherche de visages.'],
    ['AWS startet Amazon Rekognition', 'Bild- und Videoanalyse, auch die Suche nach Gesichtern.'],
    ['AWS lanza Amazon Rekognition', 'Análisis de imágenes y vídeos, incluida la búsqueda de rostros.'],
  ),
  fact(
    'sf-ban',
    ['bans'],
    ['San Francisco bans facial recognition', 'The city is the first large US city to ban it.'],
    ['San Francisco interdit la reconnaissance faciale', 'Première grande ville américaine à l’interdire.'],
    ['San Francisco verbietet Gesichtserkennung', 'Als erste Großstadt der USA; die Überwachung endet an keiner Straße.'],
    ['San Francisco prohíbe el reconocimiento facial', 'Es la primera gran ciudad de EE. UU. que lo prohíbe, antes que España.'],
  ),
  fact(
    'ibm-exit',
    ['ibm', 'bans'],
    ['IBM leaves general-purpose facial recognition', 'Its CEO writes to Congress.'],
    ['IBM renonce à la reconnaissance faciale généraliste', 'Son PDG écrit au Congrès.'],
    ['IBM gibt allgemeine Gesichtserkennung auf', 'Sein Chef schreibt dem Kongress; er will Strassen ohne Überwachung.'],
    ['IBM abandona el reconocimiento facial general', 'Su consejero delegado escribe al Congreso en señal de cambio.'],
  ),
  fact(
    'moratorium',
    ['rekognition', 'bans'],
    ['Amazon announces a one-year moratorium', 'No police use of Rekognition for a year.'],
    ['Amazon annonce un moratoire d’un an', 'Pas d’usage policier de Rekognition pendant un an.'],
    ['Amazon verkündet ein einjähriges Moratorium', 'Ein Jahr lang keine Nutzung durch die Polizei; Bürgerrechtler begrüßen es.'],
    ['Amazon anuncia una moratoria de un año', 'Sin uso policial de Rekognition durante un año, dice la compañía.'],
  ),
];

const ids = (list: { id: string }[]) => list.map((f) => f.id);

describe('foldForSearch', () => {
  it('removes accents and case', () => {
    expect(foldForSearch('Généraliste ÉCRIT Congrès')).toBe('generaliste ecrit congres');
  });

  it('folds precomposed and decomposed forms alike', () => {
    expect(foldForSearch('e\u0301te\u0301')).toBe(foldForSearch('\u00e9t\u00e9'));
  });

  it('spells out ligatures and unifies apostrophes, dashes and spaces', () => {
    expect(foldForSearch('Cœur  d’Œuvre\u2011ici')).toBe("coeur d'oeuvre-ici");
  });
});

describe('queryTerms', () => {
  it('splits on whitespace and drops empty words', () => {
    expect(queryTerms('  Reconnaissance   FACIALE ')).toEqual(['reconnaissance', 'faciale']);
  });

  it('is empty for a blank query', () => {
    expect(queryTerms(' \t ')).toEqual([]);
  });
});

describe('search', () => {
  const filter = createFactFilter(FACTS, 'fr');
  const english = createFactFilter(FACTS, 'en');

  it('finds French words in French texts', () => {
    expect(ids(filter({ topics: [], query: 'reconnaissance' }))).toEqual(['sf-ban', 'ibm-exit']);
    expect(ids(filter({ topics: [], query: 'interdiction' }))).toEqual([]);
    expect(ids(filter({ topics: [], query: 'interdit' }))).toEqual(['sf-ban']);
    expect(ids(filter({ topics: [], query: 'moratoire' }))).toEqual(['moratorium']);
  });

  it('finds English words in English texts', () => {
    expect(ids(english({ topics: [], query: 'moratorium' }))).toEqual(['moratorium']);
    expect(ids(english({ topics: [], query: 'congress' }))).toEqual(['ibm-exit']);
  });

  it('searches the texts of the language shown, not the others', () => {
    expect(ids(english({ topics: [], query: 'reconnaissance' }))).toEqual([]);
    expect(ids(filter({ topics: [], query: 'congress' }))).toEqual([]);
    expect(ids(createFactFilter(FACTS, 'de')({ topics: [], query: 'prohíbe' }))).toEqual([]);
  });

  it('ignores case', () => {
    expect(ids(filter({ topics: [], query: 'REKOGNITION' }))).toEqual(['launch', 'moratorium']);
  });

  it('ignores accents in the query and in the text', () => {
    expect(ids(filter({ topics: [], query: 'generaliste' }))).toEqual(['ibm-exit']);
    expect(ids(filter({ topics: [], query: 'vidéos' }))).toEqual(['launch']);
    expect(ids(filter({ topics: [], query: 'CONGRÈS' }))).toEqual(['ibm-exit']);
  });

  it('matches a typed straight apostrophe against a typographic one', () => {
    expect(ids(filter({ topics: [], query: "d'un an" }))).toEqual(['moratorium']);
  });

  it('needs every word, in any order', () => {
    expect(ids(filter({ topics: [], query: 'faciale reconnaissance' }))).toEqual(['sf-ban', 'ibm-exit']);
    expect(ids(filter({ topics: [], query: 'faciale moratoire' }))).toEqual([]);
  });

  it('keeps the input order', () => {
    expect(ids(filter({ topics: [], query: 'amazon' }))).toEqual(['launch', 'moratorium']);
  });

  it('shows everything for an empty filter', () => {
    expect(ids(filter({ topics: [], query: '' }))).toEqual(['launch', 'sf-ban', 'ibm-exit', 'moratorium']);
  });
});

describe('search in German', () => {
  const filter = createFactFilter(FACTS, 'de');
  const found = (query: string) => ids(filter({ topics: [], query }));

  it('takes ß and ss as one', () => {
    expect(found('Straße')).toEqual(['sf-ban', 'ibm-exit']);
    expect(found('strasse')).toEqual(['sf-ban', 'ibm-exit']);
    expect(found('GROSSSTADT')).toEqual(['sf-ban']);
    expect(found('begrüssen')).toEqual(['moratorium']);
  });

  it('takes an umlaut, its two-letter spelling and the bare vowel as one', () => {
    for (const query of ['Überwachung', 'ueberwachung', 'uberwachung', 'UEBERWACHUNG']) {
      expect(found(query), query).toEqual(['sf-ban', 'ibm-exit']);
    }
    expect(found('buergerrechtler')).toEqual(['moratorium']);
    expect(found('Burgerrechtler')).toEqual(['moratorium']);
    expect(found('einjaehriges')).toEqual(['moratorium']);
  });

  it('still tells other words apart', () => {
    expect(found('gesichtern')).toEqual(['launch']);
    expect(found('gesichtserkennung')).toEqual(['sf-ban', 'ibm-exit']);
    expect(found('uberwachungen')).toEqual([]);
  });
});

describe('search in Spanish', () => {
  const filter = createFactFilter(FACTS, 'es');
  const found = (query: string) => ids(filter({ topics: [], query }));

  it('takes ñ and n as one, in the query and in the text', () => {
    expect(found('España')).toEqual(['sf-ban']);
    expect(found('espana')).toEqual(['sf-ban']);
    expect(found('SEÑAL')).toEqual(['ibm-exit']);
    expect(found('senal')).toEqual(['ibm-exit']);
    expect(found('compania')).toEqual(['moratorium']);
    expect(found('compañía')).toEqual(['moratorium']);
  });

  it('ignores accents and case', () => {
    expect(found('PROHIBE')).toEqual(['sf-ban']);
    expect(found('analisis videos')).toEqual(['launch']);
  });

  it('folds no two-letter spelling, which is German only', () => {
    expect(found('busqueda')).toEqual(['launch']);
    expect(foldForSearch('Fue Güell', 'es')).toBe('fue guell');
    expect(foldForSearch('Fue Güell', 'de')).toBe('fu gull');
  });
});

describe('topic chips', () => {
  const filter = createFactFilter(FACTS, 'fr');

  it('keeps facts having the one selected topic', () => {
    expect(ids(filter({ topics: ['bans'], query: '' }))).toEqual(['sf-ban', 'ibm-exit', 'moratorium']);
  });

  it('combines several topics with "or"', () => {
    expect(ids(filter({ topics: ['ibm', 'rekognition'], query: '' }))).toEqual(['launch', 'ibm-exit', 'moratorium']);
  });

  it('combines topics and search with "and"', () => {
    expect(ids(filter({ topics: ['bans'], query: 'rekognition' }))).toEqual(['moratorium']);
    expect(ids(filter({ topics: ['ibm'], query: 'moratoire' }))).toEqual([]);
  });

  it('shows nothing for a topic no fact has', () => {
    expect(filter({ topics: ['aclu'], query: '' })).toEqual([]);
  });
});

describe('start day', () => {
  const filter = createFactFilter(FACTS, 'en');

  it('keeps the facts from that day on, a fact of the same month included', () => {
    expect(ids(filter({ topics: [], query: '', from: '2020-06-08' }))).toEqual(['ibm-exit', 'moratorium']);
    expect(ids(filter({ topics: [], query: '', from: '2020-06-11' }))).toEqual(['moratorium']);
    expect(ids(filter({ topics: [], query: '', from: '2020-07-01' }))).toEqual([]);
  });

  it('combines with topics and search', () => {
    expect(ids(filter({ topics: ['bans'], query: '', from: '2019-05-15' }))).toEqual(['ibm-exit', 'moratorium']);
    expect(ids(filter({ topics: [], query: 'amazon', from: '2017-01-01' }))).toEqual(['moratorium']);
    expect(FACTS.filter((f) => matchesFilter(f, { topics: ['rekognition'], query: '', from: '2017-01-01' }, 'en')).map((f) => f.id)).toEqual([
      'moratorium',
    ]);
  });
});

describe('isDay', () => {
  it('accepts only calendar days written YYYY-MM-DD', () => {
    expect(isDay('2020-06-11')).toBe(true);
    expect(['2020-02-30', '2020-06', '2020-6-11', '11/06/2020', '2020-06-11T00:00', ''].filter(isDay)).toEqual([]);
  });
});

describe('matchesFilter', () => {
  it('agrees with the precomputed filter', () => {
    const filter = createFactFilter(FACTS, 'fr');
    const cases = [
      { topics: ['bans'], query: 'Amazon' },
      { topics: [], query: 'reconnaissance faciale' },
      { topics: ['rekognition', 'ibm'], query: '' },
    ];
    for (const c of cases) {
      expect(ids(FACTS.filter((f) => matchesFilter(f, c, 'fr')))).toEqual(ids(filter(c)));
    }
  });
});
