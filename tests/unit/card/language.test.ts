import { describe, expect, it } from 'vitest';
import { declaredLanguagesOf, pickCardLanguage } from '@/lib/card/language';

const hints = (nearest?: string, document?: string, browser?: string) => ({ nearest, document, browser });

describe('pickCardLanguage', () => {
  it('follows the nearest lang first: a German paragraph in an English page, in a French browser', () => {
    expect(pickCardLanguage('auto', hints('de', 'en', 'fr-FR'))).toBe('de');
    expect(pickCardLanguage('auto', hints('es-MX', 'en', 'en-US'))).toBe('es');
    expect(pickCardLanguage('auto', hints('fr-CA', 'de', 'es'))).toBe('fr');
  });

  it('then the document’s lang, when the nearest names no language of the table', () => {
    expect(pickCardLanguage('auto', hints('it', 'de-AT', 'en-US'))).toBe('de');
    expect(pickCardLanguage('auto', hints('', 'es', 'fr'))).toBe('es');
    expect(pickCardLanguage('auto', hints(undefined, 'DE_ch', 'fr'))).toBe('de');
  });

  it('then the browser’s UI language', () => {
    expect(pickCardLanguage('auto', hints('it', 'pt-BR', 'es-ES'))).toBe('es');
    expect(pickCardLanguage('auto', hints('', '', 'de-DE'))).toBe('de');
    expect(pickCardLanguage('auto', hints(undefined, undefined, 'fr'))).toBe('fr');
  });

  it('else the table’s default language, English', () => {
    expect(pickCardLanguage('auto', hints('it', 'pt', 'ja-JP'))).toBe('en');
    expect(pickCardLanguage('auto', hints())).toBe('en');
  });

  it('reads only the primary subtag, in any case, with - or _', () => {
    expect(pickCardLanguage('auto', hints('ES_419'))).toBe('es');
    expect(pickCardLanguage('auto', hints('deu', 'fra', 'spa'))).toBe('en');
    expect(pickCardLanguage('auto', hints('fur', 'frr', 'dsb'))).toBe('en');
  });

  it('obeys a forced setting whatever the page says', () => {
    for (const forced of ['en', 'fr', 'de', 'es']) expect(pickCardLanguage(forced, hints('fr', 'de', 'es'))).toBe(forced);
  });

  it('treats a forced language the table no longer has as "auto"', () => {
    expect(pickCardLanguage('it', hints('de', 'en', 'en'))).toBe('de');
  });
});

describe('declaredLanguagesOf', () => {
  it('gives the nearest non-empty lang attribute and the document’s', () => {
    document.documentElement.lang = 'en';
    const quote = document.createElement('blockquote');
    quote.lang = 'de-CH';
    const paragraph = document.createElement('p');
    paragraph.lang = '';
    const text = document.createTextNode('Gesichtserkennung');
    paragraph.append(text);
    quote.append(paragraph);
    document.body.append(quote);
    expect(declaredLanguagesOf(text)).toEqual({ nearest: 'de-CH', document: 'en' });
    quote.lang = '';
    expect(declaredLanguagesOf(text)).toEqual({ nearest: 'en', document: 'en' });
    document.documentElement.removeAttribute('lang');
    expect(declaredLanguagesOf(text)).toEqual({ nearest: '', document: '' });
    quote.remove();
  });
});
