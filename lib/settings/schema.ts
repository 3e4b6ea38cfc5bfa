/**
 * What can a user set, of which type, and what is the default?
 *
 * The one schema for Face Facts' settings: `SETTING_FIELDS`, one parser per
 * key, and every settings type is inferred from it. `parse.ts` applies it field
 * by field so one bad value never costs the others. The parsers are plain
 * functions, not zod: the content script reads the settings on every page, and
 * zod/mini was 4.5 kB of its gzipped size (see docs/settings.md).
 */
import { LANGUAGE_CODES, type Lang } from '@/data/languages';
import { HIGHLIGHT_STYLES } from '@/lib/highlight/names';
import { normalizeSitePattern } from './sites';

/**
 * What a value holds for one setting: the value, normalized, or `undefined`
 * when it holds none (wrong type, out of range, not a valid entry). Never
 * coerces ("450" is not a delay) and never throws.
 */
export type FieldParser<T> = (value: unknown) => T | undefined;

export const SITE_MODES = ['except', 'only'] as const;
/** "auto" (the page's language), or one of the table's (data/languages.json). */
export const CARD_LANGUAGES = ['auto', ...LANGUAGE_CODES] as readonly ['auto', ...Lang[]];
export const HOVER_DELAY_MS = { min: 150, max: 2000, step: 50, fallback: 450 } as const;

function oneOf<const T extends string>(values: readonly T[]): FieldParser<T> {
  return (value) => ((values as readonly unknown[]).includes(value) ? (value as T) : undefined);
}

/** A list parser: for `parse.ts`, which parses a list entry by entry with `entry`. */
export interface ListParser<T> {
  entry: FieldParser<T>;
}

/** A site-list entry, normalized (see `sites.ts` for the accepted forms). */
export const parseSitePattern: FieldParser<string> = (value) =>
  typeof value === 'string' ? (normalizeSitePattern(value) ?? undefined) : undefined;

/** A topic id as the dataset writes it (at most 64 characters); ids this version doesn't know are kept. */
const TOPIC_ID = /^[a-z][a-z0-9-]{0,63}$/;
export const parseTopicId: FieldParser<string> = (value) =>
  typeof value === 'string' && TOPIC_ID.test(value) ? value : undefined;

/**
 * Each setting's parser, by key: the schema. A list is parsed entry by entry
 * (`parse.ts`): a bad entry is dropped, the others kept.
 */
export const SETTING_FIELDS = {
  /** The global on/off switch. */
  enabled: ((value) => (typeof value === 'boolean' ? value : undefined)) as FieldParser<boolean>,
  /** "except": run everywhere but `sites`; "only": run on `sites` alone. */
  siteMode: oneOf(SITE_MODES),
  sites: { entry: parseSitePattern } as ListParser<string>,
  /** Topics switched off; a topic added to the dataset later is on by default. */
  disabledTopics: { entry: parseTopicId } as ListParser<string>,
  /** With "none", mentions get no paint but their cards stay reachable by keyboard. */
  highlightStyle: oneOf(HIGHLIGHT_STYLES),
  /** An integer number of milliseconds, in range. */
  hoverDelayMs: ((value) =>
    Number.isInteger(value) && (value as number) >= HOVER_DELAY_MS.min && (value as number) <= HOVER_DELAY_MS.max
      ? (value as number)
      : undefined) as FieldParser<number>,
  /** "auto" follows the page's language, then the browser's. */
  cardLanguage: oneOf(CARD_LANGUAGES),
};

type Parsed<F> = F extends ListParser<infer T> ? T[] : F extends FieldParser<infer T> ? T : never;

/** The settings object, as the parsers give it. */
export type Settings = { [K in keyof typeof SETTING_FIELDS]: Parsed<(typeof SETTING_FIELDS)[K]> };
export type SettingKey = keyof Settings;
export type SiteMode = Settings['siteMode'];
export type CardLanguage = Settings['cardLanguage'];

export const SETTING_KEYS = Object.keys(SETTING_FIELDS) as SettingKey[];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  siteMode: 'except',
  sites: Object.freeze([]) as unknown as string[],
  disabledTopics: Object.freeze([]) as unknown as string[],
  highlightStyle: 'background',
  hoverDelayMs: HOVER_DELAY_MS.fallback,
  cardLanguage: 'auto',
});

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, sites: [], disabledTopics: [] };
}
