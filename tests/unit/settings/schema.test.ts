import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import {
  DEFAULT_SETTINGS,
  HOVER_DELAY_MS,
  SETTING_FIELDS,
  SETTING_KEYS,
  SettingsSchema,
  SitePattern,
  TopicId,
  defaultSettings,
} from '@/lib/settings/schema';

describe('settings schema', () => {
  it('accepts the defaults and nothing is missing from them', () => {
    expect(SettingsSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true);
    expect(Object.keys(DEFAULT_SETTINGS).sort()).toEqual([...SETTING_KEYS].sort());
  });

  it('parses field by field with the object schema\'s own field schemas', () => {
    expect(Object.keys(SettingsSchema.shape)).toEqual(SETTING_KEYS);
    for (const key of SETTING_KEYS) expect(SettingsSchema.shape[key]).toBe(SETTING_FIELDS[key]);
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

  it('runs zod without compiled (new Function) parsers', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('normalizes site patterns while parsing them', () => {
    expect(SitePattern.parse('  Example.COM ')).toBe('example.com');
    expect(SitePattern.safeParse('not a site').success).toBe(false);
    expect(SitePattern.safeParse(42).success).toBe(false);
  });

  it('accepts topic ids it does not know yet, but not arbitrary text', () => {
    expect(TopicId.safeParse('palantir').success).toBe(true);
    expect(TopicId.safeParse('IBM').success).toBe(false);
    expect(TopicId.safeParse('a'.repeat(64)).success).toBe(true);
    expect(TopicId.safeParse('a'.repeat(65)).success).toBe(false);
    expect(TopicId.safeParse('ibm\n').success).toBe(false);
  });

  it('rejects delays outside the range and non-integers', () => {
    const delay = SettingsSchema.shape.hoverDelayMs;
    expect(delay.safeParse(150).success).toBe(true);
    expect(delay.safeParse(2000).success).toBe(true);
    expect(delay.safeParse(149).success).toBe(false);
    expect(delay.safeParse(2001).success).toBe(false);
    expect(delay.safeParse(450.5).success).toBe(false);
    for (const odd of [Number.NaN, Number.POSITIVE_INFINITY, '450', 2 ** 53 + 2]) expect(delay.safeParse(odd).success).toBe(false);
  });
});
