/** The scan's prefilter (compile.ts `quick`): same hits as the plain regex, and off when a form has no ASCII start. */
import { describe, expect, it } from 'vitest';
import { compile, type Compiled } from '@/lib/match/compile';
import { scan } from '@/lib/match/scan';
import { compileMatcher } from '@/lib/match';
import { realTopics } from './real-forms';

const TEXTS = [
  'The American Civil Liberties Union (ACLU) tested Amazon Rekognition; IBM’s CEO wrote to Congress.',
  'San Francisco banned facial recognition. A moratorium on face recognition; das Moratorium gilt.',
  'L’ACLU et d’IBM : la ville interdit la reconnaissance faciale (reconnaissance fac\u0131ale, faciale).',
  'Die Stadt hat die Gesichtserkennung verboten; el ayuntamiento prohibió el reconocimiento facial.',
  'www.IBM.com, ACLU.org, /opt/IBM/db2, IBM_Watson, @ACLU, #ACLU, iBm, REKOGNITION, rekognition.',
  '😀IBM 😀 ACLU\u{1F600}Rekognition urban banner bandwidth Banque ban on facial-recognition',
  'Unio\u0301n Estadounidense por las Libertades Civiles, Amazon Rekognition', // a decomposed accent
  '\u212Abm ſ ıbm IBM. ACLUM Aclu aclu Moratoriums moratoria interdiction bannissement',
];

const withoutPrefilter = (compiled: Compiled): Compiled => ({ ...compiled, quick: null, at: null });

describe('scan prefilter', () => {
  const compiled = compile(realTopics());

  it('is on for the real forms', () => {
    expect(compiled.quick).not.toBeNull();
  });

  it.each(TEXTS)('finds the same hits as the plain regex in %s', (text) => {
    const plain = scan(withoutPrefilter(compiled), text);
    expect(scan(compiled, text)).toEqual(plain);
    expect(plain.length).toBeGreaterThan(0);
  });

  it('finds the same hits in the texts glued together', () => {
    const text = TEXTS.join(' ').repeat(3);
    expect(scan(compiled, text)).toEqual(scan(withoutPrefilter(compiled), text));
  });

  it('is off when a form does not start with an ASCII letter, and matching still works', () => {
    const topics = [{ id: 'x', forms: { en: { names: [{ text: 'Ünïcödé Corp' }, { text: 'IBM' }], near: [] }, fr: { names: [], near: [] }, de: { names: [], near: [] }, es: { names: [], near: [] } } }];
    expect(compile(topics).quick).toBeNull();
    const found = compileMatcher(topics).match('IBM and Ünïcödé Corp');
    expect(found.map((m) => m.form)).toEqual(['IBM', 'Ünïcödé Corp']);
  });
});
