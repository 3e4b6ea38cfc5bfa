/**
 * Which UI strings does the card show, in the card's language rather than the browser's?
 *
 * `browser.i18n` (and `@wxt-dev/i18n` on top of it) only serves the browser's
 * UI language, but a card follows the page: a French article gets a French
 * card in an English browser. So the card's `card_*` strings stay in the
 * shared `locales/<lang>.yml` files (one source, also used by the manifest's
 * command descriptions), and both files are bundled raw and read here.
 * Those files are flat `key: "value"` YAML; `readFlatYamlStrings` reads only
 * that subset for `card_*` keys and throws on anything else, and a unit test
 * checks it agrees with @wxt-dev/i18n's own parser. See docs/card.md.
 */
import type { TextLang } from '@/data/schema';
import enYaml from '@/locales/en.yml?raw';
import frYaml from '@/locales/fr.yml?raw';

export const CARD_STRING_KEYS = [
  'card_close',
  'card_facts',
  'card_sources',
  'card_new_tab',
  'card_timeline',
  'card_pause_site',
] as const;

export type CardStringKey = (typeof CARD_STRING_KEYS)[number];
export type CardStrings = Record<CardStringKey, string>;

const DOUBLE_QUOTED = /^"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/;
const SINGLE_QUOTED = /^'((?:[^']|'')*)'\s*(?:#.*)?$/;
const PLAIN = /^[^\s"'#&*!|>%@`{[\]}-][^#]*?(?:\s+#.*)?$/;

function scalar(raw: string, key: string): string {
  const value = raw.trim();
  const double = DOUBLE_QUOTED.exec(value);
  if (double) return JSON.parse(`"${double[1]}"`) as string;
  const single = SINGLE_QUOTED.exec(value);
  if (single) return (single[1] ?? '').replaceAll("''", "'");
  if (PLAIN.test(value) && !value.includes(': ')) return value.replace(/\s+#.*$/, '').trim();
  throw new Error(`locales: "${key}" is not a one-line string`);
}

/** The one-line string values of the top-level keys starting with `prefix`. */
export function readFlatYamlStrings(yaml: string, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of yaml.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (!line.startsWith(prefix) || colon < 0) continue;
    const key = line.slice(0, colon).trim();
    out[key] = scalar(line.slice(colon + 1), key);
  }
  return out;
}

function stringsFrom(yaml: string, lang: TextLang): CardStrings {
  const found = readFlatYamlStrings(yaml, 'card_');
  const strings = {} as CardStrings;
  for (const key of CARD_STRING_KEYS) {
    const value = found[key];
    if (value === undefined) throw new Error(`locales/${lang}.yml has no "${key}"`);
    strings[key] = value;
  }
  return strings;
}

const cache: Partial<Record<TextLang, CardStrings>> = {};

/** The card's strings in `lang`. */
export function cardStrings(lang: TextLang): CardStrings {
  return (cache[lang] ??= stringsFrom(lang === 'fr' ? frYaml : enYaml, lang));
}
