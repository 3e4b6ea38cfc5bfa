import { describe, expect, it } from 'vitest';
import { Forms, FORM_LANGS } from '@/data/schema';
import { readForms, TOPIC_IDS } from './real-forms';

describe('data/forms', () => {
  it.each(TOPIC_IDS)('%s.json validates against the Forms schema', (id) => {
    const result = Forms.safeParse(readForms(id));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each(TOPIC_IDS)('%s.json has forms in every language', (id) => {
    const forms = Forms.parse(readForms(id));
    for (const lang of FORM_LANGS) {
      expect(forms[lang].names.length + forms[lang].near.length, lang).toBeGreaterThan(0);
    }
  });

  it('bans names only words that say facial recognition themselves, and has no bare "ban*" stem', () => {
    const forms = Forms.parse(readForms('bans'));
    // A ban alone is no mention: the names are one-word compounds that hold the face word ("Gesichtserkennungsverbot").
    const faceWord = /gesichtserkennung|facial|face|visage/i;
    for (const lang of FORM_LANGS) {
      for (const name of forms[lang].names) expect(name.text, lang).toMatch(faceWord);
      const words = forms[lang].near.flatMap((r) => [...r.any, ...r.with]).map((t) => t.text.toLowerCase());
      expect(words).not.toContain('ban*');
      expect(words).not.toContain('bann*');
    }
  });

  it('acronyms are case-sensitive', () => {
    const texts = (id: string) =>
      FORM_LANGS.flatMap((lang) => Forms.parse(readForms(id))[lang].names).filter((t) => /^(IBM|ACLU|Aclu)$/.test(t.text));
    for (const term of [...texts('ibm'), ...texts('aclu')]) expect(term.case, term.text).toBe('sensitive');
  });
});
