/** The matcher's mechanics on small synthetic topic sets: boundaries, invisibles, case, overlaps, proximity. */
import { describe, expect, it } from 'vitest';
import type { Forms, FormSet } from '@/data/schema';
import { compileMatcher, type MatcherTopic } from '@/lib/match';
import { pairs } from './real-forms';

type TermIn = { text: string; case?: 'sensitive' | 'insensitive' };
const term = (t: string | TermIn) => (typeof t === 'string' ? { text: t, case: 'insensitive' as const } : { case: 'insensitive' as const, ...t });
const everywhere = (set: Partial<FormSet>): Forms => {
  const full: FormSet = { names: set.names ?? [], near: set.near ?? [] };
  return { en: full, fr: { names: [], near: [] }, de: { names: [], near: [] }, es: { names: [], near: [] } };
};
const names = (id: string, ...texts: (string | TermIn)[]): MatcherTopic => ({ id, forms: everywhere({ names: texts.map(term) }) });
const near = (id: string, any: string[], withTerms: string[], within: number): MatcherTopic => ({
  id,
  forms: everywhere({ near: [{ any: any.map(term), with: withTerms.map(term), within }] }),
});

const matcher = compileMatcher([
  names('acme', { text: 'ACME', case: 'sensitive' }, 'Acme Rocket Works', 'Rocket Works Video'),
  names('widget', 'Widget Labs', 'gizmo*', 'Ünïcödé Corp'),
  near('ban', ['ban', 'bans'], ['face scan'], 3),
]);
const run = (text: string) => pairs(text, matcher.match(text));

describe('word boundaries (Unicode, "_" is a word character)', () => {
  it.each([
    ['start of text', 'ACME rocks', [['acme', 'ACME']]],
    ['punctuation around', '(ACME), «ACME» and "ACME".', [['acme', 'ACME'], ['acme', 'ACME'], ['acme', 'ACME']]],
    ['apostrophe before (French elision)', "l'ACME et l’ACME", [['acme', 'ACME'], ['acme', 'ACME']]],
    ['hyphen after (German compound)', 'ACME-Chef', [['acme', 'ACME']]],
    ['emoji around, offsets stay right', '😀ACME😀', [['acme', 'ACME']]],
  ])('matches: %s', (_label, text, expected) => {
    expect(run(text)).toEqual(expected);
  });

  it.each([
    ['underscore before', 'x_ACME'],
    ['underscore after', 'ACME_x'],
    ['ASCII letter before', 'xACME'],
    ['non-ASCII letter before', 'éACME'],
    ['non-ASCII letter after', 'ACMEß'],
    ['digit after', 'ACME2'],
    ['combining mark after', 'ACME\u0301'],
    ['stem inside a longer word (no match at a mid-word start)', 'supergizmos'],
    ['stem followed by a digit', 'gizmo2'],
  ])('does not match: %s', (_label, text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('case comes from the data', () => {
  it.each([
    ['insensitive name in capitals', 'ACME ROCKET WORKS', [['acme', 'ACME ROCKET WORKS']]],
    ['insensitive name in lowercase', 'widget labs', [['widget', 'widget labs']]],
    ['insensitive non-ASCII name in capitals', 'ÜNÏCÖDÉ CORP', [['widget', 'ÜNÏCÖDÉ CORP']]],
    ['decomposed accents (NFD)', 'U\u0308ni\u0308co\u0308de\u0301 Corp', [['widget', 'U\u0308ni\u0308co\u0308de\u0301 Corp']]],
    ['stem continues with letters', 'Gizmotronics', [['widget', 'Gizmotronics']]],
    ['stem continues with accented letters', 'Gizmoéß', [['widget', 'Gizmoéß']]],
    ['stem continues with combining accents', 'Gizmoe\u0301e\u0300s', [['widget', 'Gizmoe\u0301e\u0300s']]],
  ])('matches: %s', (_label, text, expected) => {
    expect(run(text)).toEqual(expected);
  });

  it.each([['acme'], ['Acme'], ['AcME']])('sensitive ACME does not match %s', (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('spaces, hyphens and invisible characters', () => {
  it.each([
    ['no-break space', 'Widget\u00A0Labs'],
    ['narrow no-break space', 'Widget\u202FLabs'],
    ['newline', 'Widget\nLabs'],
    ['tab and spaces', 'Widget \t  Labs'],
    ['ASCII hyphen', 'Widget-Labs'],
    ['U+2010 hyphen', 'Widget\u2010Labs'],
    ['U+2011 non-breaking hyphen', 'Widget\u2011Labs'],
  ])('a space in the form matches %s', (_label, text) => {
    expect(run(text)).toEqual([['widget', text]]);
  });

  it.each([
    ['soft hyphen', 'Wid\u00ADget Labs'],
    ['zero-width space', 'AC\u200BME'],
    ['zero-width non-joiner', 'AC\u200CME'],
    ['zero-width joiner', 'AC\u200DME'],
    ['word joiner', 'AC\u2060ME'],
    ['BOM', 'AC\uFEFFME'],
  ])('ignores a %s inside a word; offsets cover it', (_label, text) => {
    const [mention] = matcher.match(`x ${text} y`);
    expect(mention && [mention.start, mention.end]).toEqual([2, 2 + text.length]);
  });

  it('maps offsets back past invisible characters earlier in the text', () => {
    const text = '\u200Ba\u00ADb ACME \uFEFFWidget Labs';
    expect(run(text)).toEqual([['acme', 'ACME'], ['widget', 'Widget Labs']]);
    expect(matcher.match(text).map((m) => m.start)).toEqual([5, 11]);
  });
});

describe('overlaps', () => {
  it('the longest of overlapping names wins, even when it starts later', () => {
    // "Rocket Works Video" (18 chars) beats "Acme Rocket Works" (17).
    expect(run('Acme Rocket Works Video')).toEqual([['acme', 'Rocket Works Video']]);
    expect(run('the Rocket Works Video, Acme Rocket Works')).toEqual([['acme', 'Rocket Works Video'], ['acme', 'Acme Rocket Works']]);
  });

  it('prefers the longer of two names that start together', () => {
    const m = compileMatcher([names('a', 'Rocket Works Video Pro'), names('b', 'Rocket Works Video')]);
    const text = 'Rocket Works Video Pro';
    expect(pairs(text, m.match(text))).toEqual([['a', 'Rocket Works Video Pro']]);
  });

  it('the same form in two topics goes to the first topic listed', () => {
    const m = compileMatcher([names('first', 'Shared Name'), names('second', 'Shared Name')]);
    expect(m.match('Shared Name').map((x) => x.topic)).toEqual(['first']);
  });

  it('a name wins over an overlapping proximity span, which is dropped', () => {
    expect(run('a ban on Widget Labs face scan')).toEqual([['widget', 'Widget Labs']]);
  });

  it('two overlapping spans of one topic merge into one', () => {
    expect(run('ban the face scan bans')).toEqual([['ban', 'ban the face scan bans']]);
  });

  it('returns mentions sorted by start and never overlapping', () => {
    const text = 'ACME and face scan ban, Widget Labs, gizmos; ban x face scan. Acme Rocket Works.';
    const found = matcher.match(text);
    expect(found.length).toBe(6);
    for (let i = 1; i < found.length; i++) {
      expect((found[i] as (typeof found)[number]).start).toBeGreaterThanOrEqual((found[i - 1] as (typeof found)[number]).end);
    }
  });
});

describe('proximity rules', () => {
  it.each([
    ['adjacent', 'ban face scan', 'ban face scan'],
    ['either order', 'face scan ban', 'face scan ban'],
    ['exactly 3 words between', 'ban a b c face scan', 'ban a b c face scan'],
    ['a single newline is no sentence break', 'ban\nface scan', 'ban\nface scan'],
    ['an abbreviation followed by a capital (St. Louis)', 'ban in St. Louis face scan', 'ban in St. Louis face scan'],
    ['a period followed by lowercase', 'ban etc. and face scan', 'ban etc. and face scan'],
    ['a decimal number', 'ban 3.5 face scan', 'ban 3.5 face scan'],
    ['the nearest trigger pairs', 'ban bans face scan', 'bans face scan'],
  ])('finds a span: %s', (_label, text, expected) => {
    expect(run(text)).toEqual([['ban', expected]]);
  });

  it('describes the span with the rule terms that met', () => {
    expect(matcher.match('face scan ban')[0]?.form).toBe('ban+face scan');
  });

  it.each([
    ['4 words between', 'ban a b c d face scan'],
    ['a sentence break', 'A ban. Face scan'],
    ['"!" break', 'ban! Face scan'],
    ['"?" break', 'ban? Face scan'],
    ['"…" break', 'ban… Face scan'],
    ['a blank line', 'ban\n\nface scan'],
    ['a blank line with spaces', 'ban\n  \nface scan'],
    ['a trigger alone', 'face scan only'],
    ['a trigger inside a word', 'urban face scan'],
  ])('finds nothing: %s', (_label, text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('the API', () => {
  it('finds nothing in an empty string or with no topics', () => {
    expect(matcher.match('')).toEqual([]);
    expect(compileMatcher([]).match('ACME')).toEqual([]);
  });

  it('gives the same answer on repeated calls (no state leaks between calls)', () => {
    const text = 'ACME, then Widget Labs';
    expect(matcher.match(text)).toEqual(matcher.match(text));
    expect(matcher.match(text)).toEqual([
      { topic: 'acme', start: 0, end: 4, form: 'ACME' },
      { topic: 'widget', start: 11, end: 22, form: 'Widget Labs' },
    ]);
  });
});
