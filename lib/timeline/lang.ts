/** In which dataset language should the extension's own pages show facts, given the browser's UI language? */
import type { TextLang } from '@/data/schema';
import { isFrench } from '@/lib/card/language';

/**
 * French for any `fr` UI language (fr, fr-FR, fr-CA…), English otherwise, so
 * that fact texts match the UI strings `browser.i18n` picked.
 */
export function textLangFor(uiLanguage: string): TextLang {
  return isFrench(uiLanguage) ? 'fr' : 'en';
}
