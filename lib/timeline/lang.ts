/** In which dataset language should the extension's own pages show facts, given the browser's UI language? */
import { firstKnownLanguage, type Lang } from '@/data/languages';

/**
 * The table's language of the UI language (de, de-AT, de-CH… → de), else the
 * default, so that fact texts match the UI strings `browser.i18n` picked (it
 * falls back to the default locale the same way).
 */
export function textLangFor(uiLanguage: string): Lang {
  return firstKnownLanguage([uiLanguage]);
}
