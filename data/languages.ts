/**
 * Which languages does Face Facts speak? The one table, `data/languages.json`,
 * and the lookups every language-aware part uses: the dataset's schema, the
 * card's language choice, the options' list, the timeline's search and the
 * build-time card strings all derive from it. Adding a language is adding a
 * row there, its texts in `data/` and its `locales/<code>.yml` (docs/languages.md).
 *
 * No zod here: this module ships in the bundles. The build checks the table
 * (`LanguageTable` in data/schema.ts) before any bundle is written.
 */
import table from './languages.json' with { type: 'json' };

/** A language code of the table: the key of texts and forms, and the name of its locale file. */
export type Lang = string;

export interface Language {
  /** The primary language subtag (`de`), as BCP 47 tags and `browser.i18n` write it. */
  code: Lang;
  /** The language's name in itself, as the options list it (`Deutsch`). */
  name: string;
  /** The `Intl` locale that writes its dates (`de-DE`). */
  locale: string;
  /** Letter sequences the timeline's search treats as one after folding accents (German `ue` = `ü` = `u`). */
  searchFolds?: Readonly<Record<string, string>>;
}

/** Every language, in the table's order; the first is the default. */
export const LANGUAGES: readonly Language[] = table;
export const LANGUAGE_CODES: readonly Lang[] = LANGUAGES.map((language) => language.code);

/** The table's first language: what a reader gets when nothing names a language the table has. */
export function defaultLanguage(languages: readonly Language[] = LANGUAGES): Language {
  const first = languages[0];
  if (!first) throw new Error('the language table is empty');
  return first;
}

/**
 * The table's language a BCP 47 tag names (`de`, `de-AT`, `DE_ch` → `de`), by
 * its primary subtag; undefined for an empty tag or a language not in the table.
 */
export function languageOfTag(tag: string | null | undefined, languages: readonly Language[] = LANGUAGES): Language | undefined {
  const primary = /^([a-z]{2,3})(?:$|[-_])/i.exec((tag ?? '').trim())?.[1]?.toLowerCase();
  return primary === undefined ? undefined : languages.find((language) => language.code === primary);
}

/** The first of `tags` (most specific first) that names a language of the table, else the default. */
export function firstKnownLanguage(tags: readonly (string | null | undefined)[], languages: readonly Language[] = LANGUAGES): Lang {
  for (const tag of tags) {
    const language = languageOfTag(tag, languages);
    if (language) return language.code;
  }
  return defaultLanguage(languages).code;
}

/** The table's entry for `code`; undefined when the table has no such language. */
export function languageByCode(code: Lang, languages: readonly Language[] = LANGUAGES): Language | undefined {
  return languages.find((language) => language.code === code);
}

/** A text in `lang`, or in the default language if it is missing (the build makes sure it is not). */
export function inLanguage(texts: Readonly<Record<Lang, string>>, lang: Lang, languages: readonly Language[] = LANGUAGES): string {
  return texts[lang] ?? texts[defaultLanguage(languages).code] ?? '';
}
