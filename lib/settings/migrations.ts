/**
 * How does a settings value written by an older version become today's shape?
 *
 * Versions: v0 is the pre-versioning shape `{ disabledSites: string[],
 * paused?: boolean }` (synthetic: it documents and tests the path), v1 is
 * `SettingsSchema`. To add v2, write `2: (v1) => v2` in MIGRATIONS: the
 * storage item's `version` and the export format follow.
 *
 * @wxt-dev/storage 1.3 counts a value without version metadata as v1 and runs
 * `migrations[n]` only for stored < n <= target, so it can never run a v0 → v1
 * step. v0 is therefore recognised by its shape ({@link fromLegacy}) on every
 * read, and piped in front of the first storage migration.
 */
import { isPlainObject } from './parse';

export type Migration = (value: unknown) => unknown;

/** Steps keyed by the version they produce (n: v(n-1) → vn), from 2 up. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = Object.freeze({});

/** The newest version a set of steps reaches. */
export function latestVersion(steps: Readonly<Record<number, Migration>> = MIGRATIONS): number {
  return Math.max(1, ...Object.keys(steps).map(Number));
}

export const SETTINGS_VERSION = latestVersion();

/** v0 → v1: the legacy shape becomes today's; anything else passes through. */
export function fromLegacy(value: unknown): unknown {
  if (!isPlainObject(value) || !('disabledSites' in value) || 'sites' in value) return value;
  const { disabledSites, paused, ...rest } = value;
  return {
    ...rest,
    ...(paused === undefined ? {} : { enabled: paused !== true }),
    siteMode: 'except',
    sites: disabledSites,
  };
}

/** A value written at version `from` (0 = legacy), brought to version `to`. */
export function migrateSettings(
  value: unknown,
  from: number,
  steps: Readonly<Record<number, Migration>> = MIGRATIONS,
  to = latestVersion(steps),
): unknown {
  let current = from < 1 ? fromLegacy(value) : value;
  for (let version = Math.max(from, 1) + 1; version <= to; version++) {
    current = steps[version]?.(current) ?? current;
  }
  return current;
}

/**
 * The `migrations` map for @wxt-dev/storage: the same steps, with legacy
 * values (which it calls v1) converted before the first one runs.
 */
export function storageMigrations(
  steps: Readonly<Record<number, Migration>> = MIGRATIONS,
): Record<number, Migration> {
  const map: Record<number, Migration> = {};
  for (const [key, step] of Object.entries(steps)) {
    const version = Number(key);
    map[version] = version === 2 ? (value) => step(fromLegacy(value)) : step;
  }
  return map;
}
