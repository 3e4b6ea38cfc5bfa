/**
 * In which language should a card be written?
 *
 * A forced setting wins. Otherwise the card follows the text it explains: the
 * mention's nearest `lang`, then the document's, then the browser's UI
 * language; the first of these that names a language of the table
 * (data/languages.json) decides, so a German paragraph in an English page gets
 * a German card even in a French browser. When none does, the table's default.
 */
import { firstKnownLanguage, LANGUAGES, languageByCode, type Lang, type Language } from '@/data/languages';
import { elementOf } from '@/lib/dom/element-of';

/** "auto" (follow the page), or a language code of the table. */
export type CardLanguageSetting = 'auto' | Lang;

/** Where a card can learn a language from, most specific first. */
export interface LanguageHints {
  /** The `lang` of the mention's nearest element that declares one. */
  nearest: string | null | undefined;
  /** The document element's `lang`. */
  document: string | null | undefined;
  /** `browser.i18n.getUILanguage()`. */
  browser: string | null | undefined;
}

export function pickCardLanguage(
  setting: CardLanguageSetting,
  hints: LanguageHints,
  languages: readonly Language[] = LANGUAGES,
): Lang {
  if (setting !== 'auto' && languageByCode(setting, languages)) return setting;
  return firstKnownLanguage([hints.nearest, hints.document, hints.browser], languages);
}

/**
 * The languages the page declares around `node`: the nearest non-empty `lang`
 * attribute (empty when none) and the document element's.
 */
export function declaredLanguagesOf(node: Node): Pick<LanguageHints, 'nearest' | 'document'> {
  const element = elementOf(node);
  const holder = element?.closest('[lang]:not([lang=""])');
  return { nearest: holder?.getAttribute('lang') ?? '', document: node.ownerDocument?.documentElement.lang ?? '' };
}
