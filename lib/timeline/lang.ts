/** In which dataset language should the extension's own pages show facts, given the browser's UI language? */
import type { TextLang } from '@/data/schema';

/** French for any `fr` UI language (fr, fr-FR, fr-CA…), English otherwise. */
export function textLangFor(uiLanguage: string): TextLang {
  return /^fr(?:$|[-_])/i.test(uiLanguage) ? 'fr' : 'en';
}
