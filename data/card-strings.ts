/**
 * The card's UI strings in every language a card speaks, read at build time.
 *
 * A card follows the page's language, not the browser's (a French article
 * gets a French card in an English browser), and `browser.i18n` only serves
 * the browser's. So the card's `card_*` messages stay in the shared
 * `locales/<lang>.yml` files (one source, also used by the manifest's command
 * descriptions), and the build picks them out with @wxt-dev/i18n's own parser
 * into `virtual:face-facts/card-strings`: the card bundle carries a dozen
 * strings, not two whole YAML files. A missing or non-string message fails
 * the build, naming the file and the key.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { CARD_STRING_KEYS, type CardStrings } from '../lib/card/string-keys';
import type { Lang } from './languages';
import { loadLanguages } from './load';

/** The card's strings out of one messages file's text; `file` names it in errors. */
export function cardStringsFrom(yaml: string, file: string): CardStrings {
  const messages = new Map(parseMessagesText(yaml, 'YAML').map((message) => [message.key.join('.'), message]));
  const strings = {} as CardStrings;
  for (const key of CARD_STRING_KEYS) {
    const message = messages.get(key);
    if (!message) throw new Error(`${file}: no "${key}" message, which the card shows`);
    if (message.type !== 'simple') throw new Error(`${file}: "${key}" must be a plain string`);
    strings[key] = message.message;
  }
  return strings;
}

/** The strings of every language of the table (`data/languages.json`), from `<root>/locales/<code>.yml`. */
export function loadCardStrings(root: string): Record<Lang, CardStrings> {
  return Object.fromEntries(
    loadLanguages(root).map(({ code }) => {
      const file = `locales/${code}.yml`;
      let yaml: string;
      try {
        yaml = readFileSync(resolve(root, file), 'utf8');
      } catch {
        throw new Error(`${file}: missing; every language of data/languages.json needs its UI strings`);
      }
      return [code, cardStringsFrom(yaml, file)];
    }),
  );
}
