/**
 * The card's UI strings in the card's language rather than the browser's,
 * picked out of `locales/<lang>.yml` at build time (data/card-strings.ts).
 */
import strings from 'virtual:face-facts/card-strings';
import { defaultLanguage, type Lang } from '@/data/languages';
import type { CardStrings } from './string-keys';

export { CARD_STRING_KEYS, type CardStringKey, type CardStrings } from './string-keys';

/** The card's strings in `lang` (the default language's for a language the build has none for). */
export function cardStrings(lang: Lang): CardStrings {
  const found = strings[lang] ?? strings[defaultLanguage().code];
  if (!found) throw new Error(`no card strings for "${lang}"`);
  return found;
}
