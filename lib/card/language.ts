/**
 * In which language should a card be written?
 *
 * A forced setting wins. Otherwise the card follows the text it explains: the
 * mention's closest `lang` (or the document's); a French page gets a French
 * card even in an English browser. Any other page gets the browser's UI
 * language when that is French, and English otherwise.
 */
import type { TextLang } from '@/data/schema';

export type CardLanguageSetting = 'auto' | 'en' | 'fr';

/** Whether a BCP 47 tag (`fr`, `fr-CA`, `FR_ca`) is French. */
export function isFrench(tag: string | null | undefined): boolean {
  return /^fr(?:$|[-_])/i.test((tag ?? '').trim());
}

export function pickCardLanguage(
  setting: CardLanguageSetting,
  pageLang: string | null | undefined,
  browserLang: string | null | undefined,
): TextLang {
  if (setting !== 'auto') return setting;
  if (isFrench(pageLang)) return 'fr';
  return isFrench(browserLang) ? 'fr' : 'en';
}

/**
 * The language the page declares for `node`: the closest non-empty `lang`
 * attribute, else the document element's. Empty when none is declared.
 */
export function declaredLanguageOf(node: Node): string {
  const element = node instanceof Element ? node : node.parentElement;
  const holder = element?.closest('[lang]:not([lang=""])');
  return holder?.getAttribute('lang') ?? node.ownerDocument?.documentElement.lang ?? '';
}
