/**
 * The card's UI strings in the card's language rather than the browser's,
 * picked out of `locales/<lang>.yml` at build time (data/card-strings.ts).
 */
import strings from 'virtual:face-facts/card-strings';
import type { TextLang } from '@/data/schema';
import type { CardStrings } from './string-keys';

export { CARD_STRING_KEYS, type CardStringKey, type CardStrings } from './string-keys';

/** The card's strings in `lang`. */
export function cardStrings(lang: TextLang): CardStrings {
  return strings[lang];
}
