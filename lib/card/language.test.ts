import { describe, expect, it } from 'vitest';
import { declaredLanguageOf, isFrench, pickCardLanguage } from './language';

describe('pickCardLanguage', () => {
  it('follows a French page even in an English browser', () => {
    expect(pickCardLanguage('auto', 'fr', 'en-US')).toBe('fr');
    expect(pickCardLanguage('auto', 'fr-CA', 'en-US')).toBe('fr');
  });

  it('falls back to the browser language for other pages', () => {
    expect(pickCardLanguage('auto', 'de', 'fr-FR')).toBe('fr');
    expect(pickCardLanguage('auto', 'en', 'fr')).toBe('fr');
    expect(pickCardLanguage('auto', '', 'fr-BE')).toBe('fr');
    expect(pickCardLanguage('auto', 'es', 'en-GB')).toBe('en');
    expect(pickCardLanguage('auto', undefined, undefined)).toBe('en');
  });

  it('obeys a forced setting whatever the page says', () => {
    expect(pickCardLanguage('en', 'fr', 'fr')).toBe('en');
    expect(pickCardLanguage('fr', 'en', 'en')).toBe('fr');
  });
});

describe('isFrench', () => {
  it('reads only the primary subtag', () => {
    expect(isFrench('FR')).toBe(true);
    expect(isFrench('fr_CA')).toBe(true);
    expect(isFrench('fra')).toBe(false);
    expect(isFrench('fur')).toBe(false);
    expect(isFrench('')).toBe(false);
  });
});

describe('declaredLanguageOf', () => {
  it('takes the closest lang attribute, then the document', () => {
    document.documentElement.lang = 'en';
    const quote = document.createElement('blockquote');
    quote.lang = 'fr-CA';
    const text = document.createTextNode('Rekognition');
    quote.append(text);
    document.body.append(quote);
    expect(declaredLanguageOf(text)).toBe('fr-CA');
    quote.lang = '';
    expect(declaredLanguageOf(text)).toBe('en');
    quote.remove();
  });
});
