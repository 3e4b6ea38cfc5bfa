import { describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  SETTINGS_VERSION,
  latestVersion,
  migrateSettings,
  type Migration,
} from '@/lib/settings/migrations';

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

describe('migrateSettings', () => {
  it('does nothing to a current value', () => {
    const value = { hoverDelayMs: 600 };
    expect(migrateSettings(value, 1)).toBe(value);
  });

  it('chains every step from the stored version to the newest', () => {
    const v3 = { ...FUTURE, 3: (value: unknown) => ({ ...(value as object), three: true }) };
    expect(migrateSettings({ hoverDelayMs: 600 }, 1, v3)).toEqual({ hoverDelay: 600, three: true });
    expect(migrateSettings({ hoverDelayMs: 600 }, 1, FUTURE)).toEqual({ hoverDelay: 600 });
    expect(migrateSettings({ hoverDelay: 600 }, 2, FUTURE)).toEqual({ hoverDelay: 600 });
  });
});
