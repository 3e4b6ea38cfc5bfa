import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '@/data/languages';
import { Forms, type FormSet } from '@/data/schema';
import { readForms, TOPIC_IDS } from './real-forms';

/** The form set of `lang`, failing the test when there is none. */
function setIn(forms: Record<string, FormSet>, lang: string): FormSet {
  const set = forms[lang];
  if (!set) throw new Error(`no ${lang} forms`);
  return set;
}

describe('data/forms', () => {
  it.each(TOPIC_IDS)('%s.json validates against the Forms schema', (id) => {
    const result = Forms.safeParse(readForms(id));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each(TOPIC_IDS)('%s.json has forms in every language', (id) => {
    const forms = Forms.parse(readForms(id));
    for (const lang of LANGUAGE_CODES) {
      const set = setIn(forms, lang);
      expect(set.names.length + set.near.length, lang).toBeGreaterThan(0);
    }
  });

  it('bans names only words that say facial recognition themselves, and has no bare "ban*" stem', () => {
    const forms = Forms.parse(readForms('bans'));
    // A ban alone is no mention: the names are one-word compounds that hold the face word ("Gesichtserkennungsverbot").
    const faceWord = /gesichtserkennung|facial|face|visage/i;
    for (const lang of LANGUAGE_CODES) {
      for (const name of setIn(forms, lang).names) expect(name.text, lang).toMatch(faceWord);
      const words = setIn(forms, lang).near.flatMap((r) => [...r.any, ...r.with]).map((t) => t.text.toLowerCase());
      expect(words).not.toContain('ban*');
      expect(words).not.toContain('bann*');
    }
  });

  it('acronyms are case-sensitive', () => {
    const texts = (id: string) =>
      LANGUAGE_CODES.flatMap((lang) => setIn(Forms.parse(readForms(id)), lang).names).filter((t) => /^(IBM|ACLU|Aclu)$/.test(t.text));
    for (const term of [...texts('ibm'), ...texts('aclu')]) expect(term.case, term.text).toBe('sensitive');
  });
});
