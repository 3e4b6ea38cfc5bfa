import { describe, expect, it } from 'vitest';
import {
  CARD_LANGUAGES,
  DEFAULT_SETTINGS,
  HOVER_DELAY_MS,
  SETTING_FIELDS,
  SETTING_KEYS,
  SITE_MODES,
  defaultSettings,
  parseSitePattern,
  parseTopicId,
  type FieldParser,
} from '@/lib/settings/schema';
import { HIGHLIGHT_STYLES } from '@/lib/highlight/names';
import { parseSettings } from '@/lib/settings/parse';

describe('settings schema', () => {
  it('accepts the defaults and nothing is missing from them', () => {
    expect(Object.keys(DEFAULT_SETTINGS).sort()).toEqual([...SETTING_KEYS].sort());
    expect(parseSettings(structuredClone({ ...DEFAULT_SETTINGS }))).toEqual(DEFAULT_SETTINGS);
    for (const key of SETTING_KEYS) {
      const field = SETTING_FIELDS[key];
      const value: unknown = DEFAULT_SETTINGS[key];
      if (typeof field === 'function') expect(field(value)).toEqual(value);
      else expect(value).toEqual([]);
    }
  });

  it('takes each choice of an enumerated setting, and nothing else', () => {
    const choices: [FieldParser<string>, readonly string[]][] = [
      [SETTING_FIELDS.siteMode, SITE_MODES],
      [SETTING_FIELDS.highlightStyle, HIGHLIGHT_STYLES],
      [SETTING_FIELDS.cardLanguage, CARD_LANGUAGES],
    ];
    for (const [parse, values] of choices) {
      for (const value of values) expect(parse(value)).toBe(value);
      for (const odd of ['', 'EXCEPT', 'Background', 'fr-FR', null, undefined, 0, ['auto'], { value: 'auto' }]) expect(parse(odd)).toBeUndefined();
    }
    expect(CARD_LANGUAGES).toEqual(['auto', 'en', 'fr', 'de', 'es']);
  });

  it('takes only a boolean for the switch', () => {
    expect(SETTING_FIELDS.enabled(true)).toBe(true);
    expect(SETTING_FIELDS.enabled(false)).toBe(false);
    for (const odd of ['true', 1, 0, null, undefined, {}]) expect(SETTING_FIELDS.enabled(odd)).toBeUndefined();
  });

  it('has the documented defaults', () => {
    expect(defaultSettings()).toEqual({
      enabled: true,
      siteMode: 'except',
      sites: [],
      disabledTopics: [],
      highlightStyle: 'background',
      hoverDelayMs: 450,
      cardLanguage: 'auto',
    });
    expect(HOVER_DELAY_MS.fallback).toBeGreaterThanOrEqual(HOVER_DELAY_MS.min);
    expect(HOVER_DELAY_MS.fallback).toBeLessThanOrEqual(HOVER_DELAY_MS.max);
  });

  it('hands out fresh copies of the defaults and keeps the constant frozen', () => {
    const copy = defaultSettings();
    copy.sites.push('example.com');
    expect(DEFAULT_SETTINGS.sites).toEqual([]);
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.sites)).toBe(true);
  });

  it('normalizes site patterns while parsing them', () => {
    expect(parseSitePattern('  Example.COM ')).toBe('example.com');
    expect(parseSitePattern('not a site')).toBeUndefined();
    expect(parseSitePattern(42)).toBeUndefined();
    expect(SETTING_FIELDS.sites.entry).toBe(parseSitePattern);
  });

  it('accepts topic ids it does not know yet, but not arbitrary text', () => {
    expect(parseTopicId('palantir')).toBe('palantir');
    expect(parseTopicId('IBM')).toBeUndefined();
    expect(parseTopicId('a'.repeat(64))).toBe('a'.repeat(64));
    expect(parseTopicId('a'.repeat(65))).toBeUndefined();
    expect(parseTopicId('ibm\n')).toBeUndefined();
    expect(parseTopicId(7)).toBeUndefined();
    expect(SETTING_FIELDS.disabledTopics.entry).toBe(parseTopicId);
  });

  it('rejects delays outside the range and non-integers', () => {
    const delay = SETTING_FIELDS.hoverDelayMs;
    expect(delay(150)).toBe(150);
    expect(delay(2000)).toBe(2000);
    expect(delay(149)).toBeUndefined();
    expect(delay(2001)).toBeUndefined();
    expect(delay(450.5)).toBeUndefined();
    for (const odd of [Number.NaN, Number.POSITIVE_INFINITY, '450', 2 ** 53 + 2, null, [450]]) expect(delay(odd)).toBeUndefined();
  });
});
