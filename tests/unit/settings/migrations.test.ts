import { describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  SETTINGS_VERSION,
  fromLegacy,
  latestVersion,
  migrateSettings,
  storageMigrations,
  type Migration,
} from '@/lib/settings/migrations';
import { parseSettings } from '@/lib/settings/parse';

/** A made-up v2 that renames hoverDelayMs to hoverDelay, to exercise the plumbing. */
const FUTURE: Record<number, Migration> = {
  2: (value) => {
    const { hoverDelayMs, ...rest } = value as Record<string, unknown>;
    return { ...rest, hoverDelay: hoverDelayMs };
  },
};

describe('versions', () => {
  it('is at version 1 with no steps yet', () => {
    expect(SETTINGS_VERSION).toBe(1);
    expect(Object.keys(MIGRATIONS)).toEqual([]);
  });

  it('takes the newest version from the steps', () => {
    expect(latestVersion({})).toBe(1);
    expect(latestVersion(FUTURE)).toBe(2);
    expect(latestVersion({ ...FUTURE, 3: (v) => v })).toBe(3);
  });
});

describe('fromLegacy (v0 → v1)', () => {
  it('turns the disabled-site list into an "except" site list', () => {
    expect(fromLegacy({ disabledSites: ['example.com'] })).toEqual({
      siteMode: 'except',
      sites: ['example.com'],
    });
  });

  it('turns the old pause flag into the on/off switch and keeps other fields', () => {
    expect(fromLegacy({ disabledSites: [], paused: true, hoverDelayMs: 700 })).toEqual({
      enabled: false,
      siteMode: 'except',
      sites: [],
      hoverDelayMs: 700,
    });
    expect(fromLegacy({ disabledSites: [], paused: false })).toMatchObject({ enabled: true });
  });

  it('leaves current and non-object values alone', () => {
    const current = { sites: ['a.com'], siteMode: 'only' };
    expect(fromLegacy(current)).toBe(current);
    const both = { sites: ['a.com'], disabledSites: ['b.com'] };
    expect(fromLegacy(both)).toBe(both);
    expect(fromLegacy(null)).toBeNull();
    expect(fromLegacy('disabledSites')).toBe('disabledSites');
    expect(fromLegacy(['disabledSites'])).toEqual(['disabledSites']);
  });

  it('yields values the parser repairs when the legacy list is garbage', () => {
    expect(parseSettings(fromLegacy({ disabledSites: 'example.com', paused: 'yes' }))).toMatchObject({
      enabled: true,
      sites: [],
    });
    expect(parseSettings(fromLegacy({ disabledSites: ['ok.com', 5] })).sites).toEqual(['ok.com']);
  });
});

describe('migrateSettings', () => {
  it('does nothing to a current value', () => {
    const value = { hoverDelayMs: 600 };
    expect(migrateSettings(value, 1)).toBe(value);
  });

  it('runs v0 → v1 for legacy values', () => {
    expect(migrateSettings({ disabledSites: ['a.com'] }, 0)).toEqual({ siteMode: 'except', sites: ['a.com'] });
  });

  it('chains every step from the stored version to the newest', () => {
    expect(migrateSettings({ disabledSites: ['a.com'], hoverDelayMs: 600 }, 0, FUTURE)).toEqual({
      siteMode: 'except',
      sites: ['a.com'],
      hoverDelay: 600,
    });
    expect(migrateSettings({ hoverDelayMs: 600 }, 1, FUTURE)).toEqual({ hoverDelay: 600 });
    expect(migrateSettings({ hoverDelay: 600 }, 2, FUTURE)).toEqual({ hoverDelay: 600 });
  });
});

describe('storageMigrations', () => {
  it('is empty while there is no v2', () => {
    expect(storageMigrations()).toEqual({});
  });

  it('converts legacy values before the first storage step', () => {
    const map = storageMigrations(FUTURE);
    expect(Object.keys(map)).toEqual(['2']);
    expect(map[2]?.({ disabledSites: ['a.com'], hoverDelayMs: 600 })).toEqual({
      siteMode: 'except',
      sites: ['a.com'],
      hoverDelay: 600,
    });
  });
});
