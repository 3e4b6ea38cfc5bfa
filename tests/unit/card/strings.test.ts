import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardStringsFrom, loadCardStrings } from '@/data/card-strings';
import { LANGUAGE_CODES } from '@/data/languages';
import { CARD_STRING_KEYS, cardStrings } from '@/lib/card/strings';

const root = resolve(import.meta.dirname, '../../..');

describe('card strings', () => {
  it('serves each language from the locale files, whatever the browser language', () => {
    expect(cardStrings('en').card_timeline).toBe('Full timeline');
    expect(cardStrings('fr').card_timeline).toBe('Chronologie complète');
    expect(cardStrings('fr').card_sources).toBe('Sources\u00a0:');
    expect(cardStrings('en').card_pause_site).toBe("Don't show on this site");
    expect(cardStrings('de').card_timeline).toBe('Vollständige Chronik');
    expect(cardStrings('es').card_timeline).toBe('Cronología completa');
  });

  it('falls back to the default language for a language the build has no strings for', () => {
    expect(cardStrings('it')).toEqual(cardStrings('en'));
  });

  it('bundles exactly the card’s keys, in every language of the table', () => {
    const loaded = loadCardStrings(root);
    expect(Object.keys(loaded)).toEqual([...LANGUAGE_CODES]);
    for (const lang of LANGUAGE_CODES) {
      expect(Object.keys(loaded[lang] ?? {}).sort()).toEqual([...CARD_STRING_KEYS].sort());
      expect(loaded[lang]).toEqual(cardStrings(lang));
    }
  });

  it('reads values as @wxt-dev/i18n does (quotes, escapes, plain scalars)', () => {
    const yaml = readFileSync(resolve(root, 'locales/en.yml'), 'utf8').replace(
      /^card_close:.*$/m,
      'card_close: "Say \\"hi\\" \\u00e9" # a comment',
    );
    expect(cardStringsFrom(yaml, 'en.yml').card_close).toBe('Say "hi" é');
  });

  it('fails naming the file and the key when a message is missing or not a string', () => {
    const yaml = readFileSync(resolve(root, 'locales/fr.yml'), 'utf8');
    expect(() => cardStringsFrom(yaml.replace(/^card_sources:.*$/m, ''), 'locales/fr.yml')).toThrow(
      'locales/fr.yml: no "card_sources" message',
    );
    expect(() => cardStringsFrom(yaml.replace(/^card_sources:.*$/m, 'card_sources:\n  n: "x"\n  1: "y"'), 'locales/fr.yml')).toThrow(
      /locales\/fr\.yml: "card_sources"/,
    );
  });
});
