/**
 * What can a user set, of which type, and what is the default?
 *
 * The one schema for Face Facts' settings. Every settings type is inferred
 * from it; `parse.ts` applies it field by field (`SETTING_FIELDS`, its shape)
 * so one bad value never costs the others. Written with `zod/mini`, which is
 * much smaller in the content script than classic zod (see docs/settings.md).
 */
import * as z from 'zod/mini';
import { LANGUAGE_CODES, type Lang } from '@/data/languages';
import { HIGHLIGHT_STYLES } from '@/lib/highlight/names';
import { normalizeSitePattern } from './sites';

// Zod 4 compiles object parsers with `new Function` unless told not to, and
// the flag is read when an object schema is created: keep this call first.
z.config({ jitless: true });

export const SITE_MODES = ['except', 'only'] as const;
/** "auto" (the page's language), or one of the table's (data/languages.json). */
export const CARD_LANGUAGES = ['auto', ...LANGUAGE_CODES] as readonly ['auto', ...Lang[]];
export const HOVER_DELAY_MS = { min: 150, max: 2000, step: 50, fallback: 450 } as const;

// The checks below are written with the fewest zod parts that say it (the
// content script ships each part it uses, see docs/performance.md): a check
// that rewrites the value (`overwrite`) rather than a pipe into a transform,
// one regex that also bounds the length, and an integer test on a number.

/** A site-list entry, normalized (see `sites.ts` for the accepted forms). */
export const SitePattern = z.string().check(
  z.refine((text) => normalizeSitePattern(text) !== null, 'not a valid site'),
  z.overwrite((text) => normalizeSitePattern(text) ?? text),
);

/** A topic id as the dataset writes it (at most 64 characters); ids this version doesn't know are kept. */
export const TopicId = z.string().check(z.regex(/^[a-z][a-z0-9-]{0,63}$/));

/**
 * Each setting's schema, by key: the shape of `SettingsSchema`. `parse.ts`
 * applies them one at a time, so the content script never builds or runs the
 * object schema (it stays out of its bundle; see docs/performance.md).
 */
export const SETTING_FIELDS = {
  /** The global on/off switch. */
  enabled: z.boolean(),
  /** "except": run everywhere but `sites`; "only": run on `sites` alone. */
  siteMode: z.enum(SITE_MODES),
  sites: z.array(SitePattern),
  /** Topics switched off; a topic added to the dataset later is on by default. */
  disabledTopics: z.array(TopicId),
  /** With "none", mentions get no paint but their cards stay reachable by keyboard. */
  highlightStyle: z.enum(HIGHLIGHT_STYLES),
  /** An integer number of milliseconds, in range. */
  hoverDelayMs: z.number().check(z.refine(Number.isInteger, 'not an integer'), z.gte(HOVER_DELAY_MS.min), z.lte(HOVER_DELAY_MS.max)),
  /** "auto" follows the page's language, then the browser's. */
  cardLanguage: z.enum(CARD_LANGUAGES),
};

/** The settings object: what a value must be as a whole, and where the types come from. */
export const SettingsSchema = z.object(SETTING_FIELDS);

export type Settings = z.output<typeof SettingsSchema>;
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
