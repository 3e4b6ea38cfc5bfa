/** The candidate search: a superset of the exact matcher, found by skipping through a stream of texts. */
import { describe, expect, it } from 'vitest';
import { KeySearch, keptAt, NO_LIMIT } from '@/lib/find/key-search';
import { compileFinder } from '@/lib/find/keys';
import { compileMatcher } from '@/lib/match';
import { realTopics } from '../match/real-forms';
import { SteppingAutomaton } from './stepping-automaton';
import { mulberry32 } from '../../../scripts/lib/random';

const topics = realTopics();
const finder = compileFinder(topics);
const matcher = compileMatcher(topics);

/**
 * Whether the search flags a candidate in `parts`: read as a stream of stretches,
 * a mark kept by some text node when each part is one (a part of one text node
 * on its own is read by `test`).
 */
const shared = new KeySearch(finder);
function flags(...parts: string[]): boolean {
  if (parts.length === 1) return shared.test(parts[0]!);
  shared.reset();
  return parts.some((part) => {
    const marks: number[] = [];
    shared.scan(part, marks);
    for (let i = 0; i < marks.length; i += 3) if (keptAt(marks[i + 1]!, marks[i + 2]!, 0, part.length)) return true;
    return false;
  });
}

describe('candidate keys', () => {
  it('holds every name and the distinctive side of every rule, none holding another', () => {
    expect(finder.keys).toEqual(expect.arrayContaining(['ibm', 'aclu', 'rekognition', 'facial recognition', 'gesichtserkennung', 'reconocimiento facial']));
    expect(finder.keys).not.toContain('ban');
    for (const a of finder.keys) for (const b of finder.keys) if (a !== b) expect(b.includes(a), `${b} holds ${a}`).toBe(false);
  });

  it('says which word characters may follow a key', () => {
    const follow = (key: string) => finder.follow[finder.keys.indexOf(key)];
    expect(follow('ibm')).toContain('s'); // IBMs
    expect(follow('aclu')).toContain('m'); // ACLUM
    expect(follow('gesichtserkennung')).toBe('*'); // a stem
  });

  it('says which word characters may come before a key: none for a key that starts every term holding it', () => {
    const lead = (key: string) => finder.lead[finder.keys.indexOf(key)];
    expect(lead('ibm')).toBe('');
    expect(lead('rekognition')).toBe('');
    expect(lead('gesichtserkennung')).toBe('');
  });

  it('says in which cases a key must be written when every form it stands for is case-sensitive', () => {
    const shape = (key: string) => finder.shape![finder.keys.indexOf(key)];
    // "IBM Watson Visual Recognition" matches in any case, but its own key "watson visual recognition" finds it.
    expect(shape('ibm')).toBe('UUU');
    expect(shape('aclu')).toBe('ULLL|UUUU'); // Aclu, ACLU
    expect(shape('rekognition')).toBe('');
    const held = compileFinder([{ id: 'x', forms: { en: { names: [{ text: 'IBM', case: 'sensitive' }, { text: 'IBM Cloud', case: 'insensitive' }], near: [] } } }] as never);
    expect(held.keys).toEqual(['ibm']);
    expect(held.shape, 'only the key finds "ibm cloud", in any case').toEqual(['']);
  });

  it('lets a key in the middle of a term follow that term\'s letters', () => {
    const inner = compileFinder([{ id: 'x', forms: { en: { names: [{ text: 'Echtzeitfernerkennung', case: 'insensitive' }, { text: 'Fernerkennung', case: 'insensitive' }], near: [] } } }] as never);
    expect(inner.keys).toEqual(['fernerkennung']);
    expect(inner.lead).toEqual(['t']);
    const search = new KeySearch(inner);
    expect(search.test('die Echtzeitfernerkennung')).toBe(true);
    expect(search.test('die Nahfernerkennung')).toBe(false);
  });
});

describe('the search', () => {
  it.each([
    ['a name', ['Amazon Rekognition was launched']],
    ['any case, for a name its forms match in any case', ['THE REKOGNITION SERVICE'], ['facial RECOGNITION']],
    ['a case-sensitive name in a case its forms write', ['IBM said'], ['the Aclu said'], ['ACLU']],
    ['a name split by inline elements', ['Amazon Rekog', 'nition']],
    ['across a block boundary (a superset)', ['the IBM', 'ACLU']],
    ['a soft hyphen and zero-width characters', ['Rekog\u00adni\u200btion']],
    ['no-break spaces and runs of separators', ['facial\u00a0 -\nrecognition']],
    ['decomposed accents', ['la Unio\u0301n Americana de Libertades Civiles']],
    ['accents in any case', ['UNIÓN AMERICANA DE LIBERTADES CIVILES']],
    ['a stem', ['Gesichtserkennungssoftware']],
    ['an allowed continuation', ['IBMs Rückzug']],
    ['a key at the end of a text: the next one may be another block', ['IBM', 'X']],
    ['a key at the start of a text: the previous one may be another block', ['X', 'IBM']],
    ['a key after punctuation, digits aside', ['(IBM)', '«ACLU»', '"Rekognition"']],
  ])('flags %s', (_label, ...cases) => {
    for (const parts of cases) expect(flags(...parts)).toBe(true);
  });

  it.each([
    ['a word character no form allows after the key', 'IBMX and ACLX'],
    ['a word character no form allows before the key', 'fdlIBM, NACLU and Hyperrekognition'],
    ['a case-sensitive name in a case no form writes', 'ibm said, the aclu and fdlibm, aCLU'],
    ['near-misses of the face phrase', 'banner recognition, reconnaissance du mérite, reconocimiento de su labor'],
    ['a ban word alone', 'the city banned plastic bags'],
    ['plain prose', 'The council met on Tuesday to discuss the budget.'],
  ])('does not flag %s', (_label, text) => {
    expect(flags(text)).toBe(false);
  });

  it('carries a key begun in one text into the next, and resets', () => {
    const search = new KeySearch(finder);
    const marks: number[] = [];
    search.scan('Amazon Rekog', marks);
    expect(marks).toEqual([]);
    search.scan('nition said', marks);
    expect(marks).toEqual([6, 0, NO_LIMIT]);
    search.scan('Rekog', marks);
    search.reset();
    marks.length = 0;
    search.scan('nition', marks);
    expect(marks).toEqual([]);
  });

  it('marks each key once, in order, when the keys of the seam between two texts are found again in the second', () => {
    const search = new KeySearch(finder);
    const marks: number[] = [];
    search.scan('Amazon Rekog', marks);
    // Read across the seam: Rekognition, then the ACLU and IBM, which the second text's own pass finds too.
    search.scan('nition, the ACLU and IBM. IBM again', marks);
    expect(marks).toEqual([6, 0, NO_LIMIT, 16, 0, NO_LIMIT, 24, 0, NO_LIMIT, 29, 0, NO_LIMIT]);
  });

  it('rules out a key begun in the last text by its case there', () => {
    const search = new KeySearch(finder);
    const marks: number[] = [];
    search.scan('the ac', marks);
    search.scan('lu said', marks);
    expect(marks).toEqual([]);
    search.scan('the AC', marks);
    search.scan('LU said', marks);
    expect(marks).toEqual([2, 0, NO_LIMIT]);
  });

  it('refuses, at build time, a key of one character matched in any case, which a window of two cannot find', () => {
    const names = (...texts: [string, 'sensitive' | 'insensitive'][]) => [{ id: 'x', forms: { en: { names: texts.map(([text, c]) => ({ text, case: c })), near: [] } } }] as never;
    expect(() => compileFinder(names(['X', 'insensitive'], ['YY', 'insensitive']))).toThrow(/"x" has one character/);
    expect(compileFinder(names(['X', 'sensitive'], ['YY', 'insensitive'])).keys).toEqual(['x', 'yy']);
    const letters = { y: 'yY' };
    expect(new KeySearch({ keys: ['yy'], follow: [''], lead: [''], letters }).test('a YY b')).toBe(true);
  });

  it('gives a key begun in the last text the limits of this one: its nodes start at 0', () => {
    const search = new KeySearch(finder);
    const marks: number[] = [];
    search.scan('fdlAC', marks);
    search.scan('LU', marks);
    // The character before the key, a word character, lies in the last text: a node edge comes after it.
    expect(marks).toEqual([2, 0, NO_LIMIT]);
  });
});

/** Texts built from every form: each name, and each rule's two sides a few words apart. */
function samples(): string[] {
  const texts: string[] = [];
  for (const topic of topics) {
    for (const set of Object.values(topic.forms)) {
      for (const name of set.names) texts.push(`Hier: ${name.text.replace(/\*$/, 'en')}, dit-on.`);
      for (const near of set.near) {
        for (const any of near.any) for (const other of near.with) {
          texts.push(`They ${any.text.replace(/\*$/, 'ed')} the use of ${other.text.replace(/\*$/, 's')}.`);
        }
      }
    }
  }
  return texts;
}

/** The same text as a page may write it: other case, decomposed accents, soft hyphens, no-break spaces. */
function variants(text: string): string[] {
  return [text, text.toUpperCase(), text.toLowerCase(), text.normalize('NFD'), text.replace(/ /g, '\u00a0'), text.replace(/([a-z])([a-z])/gi, '$1\u00ad$2')];
}

describe('superset of the exact matcher', () => {
  const cases = samples().flatMap(variants).filter((text) => matcher.match(text).length > 0);

  it('has cases in every topic', () => {
    const found = new Set(cases.flatMap((text) => matcher.match(text).map((m) => m.topic)));
    expect([...found].sort()).toEqual(['aclu', 'bans', 'ibm', 'rekognition']);
    expect(cases.length).toBeGreaterThan(200);
  });

  it('flags every text in which the matcher finds a mention, whole or split at any point', () => {
    const missed: string[] = [];
    for (const text of cases) {
      if (!flags(text)) missed.push(text);
      for (let at = 1; at < text.length; at += 3) if (!flags(text.slice(0, at), text.slice(at))) missed.push(`${text.slice(0, at)}|${text.slice(at)}`);
    }
    expect(missed).toEqual([]);
  });

  it('marks every such text read whole, for the text node that holds the key, whole or split at any point', () => {
    const search = new KeySearch(finder);
    /** Whether a mark of `text` (split into two text nodes at `at`) is kept by the node holding its key's end. */
    const marked = (text: string, at: number) => {
      const marks: number[] = [];
      search.reset();
      search.scan(text, marks);
      for (let i = 0; i < marks.length; i += 3) {
        const [start, end] = marks[i]! <= at ? [0, at] : [at, text.length];
        if (keptAt(marks[i + 1]!, marks[i + 2]!, start, end)) return true;
      }
      return false;
    };
    const missed: string[] = [];
    for (const text of cases) {
      for (let at = 0; at <= text.length; at += at < text.length ? 3 : 1) if (!marked(text, at)) missed.push(`${text.slice(0, at)}|${text.slice(at)}`);
    }
    expect(missed).toEqual([]);
  });
});

describe('the same text nodes as an automaton stepping through every character', () => {
  const next = mulberry32(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const cuts = (length: number, count: number) => [...new Set([0, ...Array.from({ length: count }, () => Math.floor(next() * length)), length])].sort((a, b) => a - b);
  const written = samples().flatMap(variants);
  const filler = ['the ', 'recognition ', 'face ', 'IBMX ', 'fdlibm ', 'ACL', 'aclu ', 'Rekog', 'nition', ', ', '. ', '\u00ad', '\u00a0 ', '42 ', 'reconnaissance ', 'union ', 'e\u0301', 'ban '];
  const stepping = new SteppingAutomaton(finder);
  const search = new KeySearch(finder);

  /** The text nodes (as [start, end) of the text) in which a key of `marks` holds. */
  const kept = (marks: readonly number[], nodes: readonly number[]): string[] => {
    const found: string[] = [];
    for (let n = 1; n < nodes.length; n++) {
      const [start, end] = [nodes[n - 1]!, nodes[n]!];
      for (let i = 0; i < marks.length; i += 3) {
        if (marks[i]! > start && marks[i]! <= end && keptAt(marks[i + 1]!, marks[i + 2]!, start, end)) {
          found.push(`${start}-${end}`);
          break;
        }
      }
    }
    return found;
  };

  it('on texts of every form and near-miss, cut into stretches and text nodes', () => {
    let total = 0;
    for (let round = 0; round < 400; round++) {
      let text = '';
      while (text.length < 600) text += next() < 0.2 ? pick(written) : pick(filler);
      // Text nodes, and stretches of whole nodes read one after the other.
      const nodes = cuts(text.length, 40);
      const stretches = [0, ...nodes.filter(() => next() < 0.15), text.length].filter((at, i, all) => i === 0 || at > all[i - 1]!);
      const want: number[] = [];
      stepping.reset();
      stepping.scan(text, want);
      const got: number[] = [];
      search.reset();
      for (let s = 1; s < stretches.length; s++) {
        const marks: number[] = [];
        search.scan(text.slice(stretches[s - 1], stretches[s]), marks);
        for (let i = 0; i < marks.length; i += 3) got.push(marks[i]! + stretches[s - 1]!, marks[i + 1]! + stretches[s - 1]!, Math.min(marks[i + 2]! + stretches[s - 1]!, NO_LIMIT));
      }
      const expected = kept(want, nodes);
      expect(kept(got, nodes), JSON.stringify({ text, nodes, stretches })).toEqual(expected);
      total += expected.length;
    }
    expect(total).toBeGreaterThan(1000);
  });
});
