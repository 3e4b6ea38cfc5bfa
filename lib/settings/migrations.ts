/**
 * How does a settings value written by an older version become today's shape?
 *
 * v1, the first version stored, is `SETTING_FIELDS` (schema.ts). To add v2, write
 * `2: (v1) => v2` in MIGRATIONS: the storage item's `version` and the export
 * format follow. @wxt-dev/storage counts a value without version metadata as
 * v1, which every value ever stored is.
 */

export type Migration = (value: unknown) => unknown;

/** Steps keyed by the version they produce (n: v(n-1) → vn), from 2 up. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = Object.freeze({});

/** The newest version a set of steps reaches. */
export function latestVersion(steps: Readonly<Record<number, Migration>> = MIGRATIONS): number {
  return Math.max(1, ...Object.keys(steps).map(Number));
}

export const SETTINGS_VERSION = latestVersion();

/** A value written at version `from`, brought to version `to`. */
export function migrateSettings(
  value: unknown,
  from: number,
  steps: Readonly<Record<number, Migration>> = MIGRATIONS,
  to = latestVersion(steps),
): unknown {
  let current = value;
  for (let version = from + 1; version <= to; version++) {
    current = steps[version]?.(current) ?? current;
  }
  return current;
}
