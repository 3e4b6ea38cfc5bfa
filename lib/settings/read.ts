/**
 * How does a content script read and follow the stored settings?
 *
 * It reads the very item `storage.ts` defines with @wxt-dev/storage, in the
 * layout that library stores it (the value under `settings` in
 * `storage.sync`, its metadata `{ v: version }` under `settings$`), through
 * `browser.storage.sync` itself: a content script only reads, so it needs
 * neither the library's item machinery (migration runs, locks, writes) nor
 * its size in every page (see docs/performance.md). Every value goes through
 * the migrations and `parseSettings`, as in `storage.ts`.
 * tests/unit/settings/read.test.ts checks it against what the item writes.
 */
import { MIGRATIONS, latestVersion, migrateSettings, type Migration } from './migrations';
import { parseSettings } from './parse';
import type { Settings } from './schema';

/** The storage area and key of the settings item (`sync:settings` in @wxt-dev/storage terms). */
export const SETTINGS_AREA = 'sync';
export const SETTINGS_STORAGE_KEY = 'settings';
/** Where @wxt-dev/storage keeps an item's metadata: its key plus `$`. */
const META_KEY = `${SETTINGS_STORAGE_KEY}$`;

const area = () => browser.storage[SETTINGS_AREA];

/** Valid settings from whatever the item holds. */
export function readStoredSettings(raw: unknown): Settings {
  return parseSettings(raw);
}

/**
 * The settings in one storage round trip, for content scripts (the first scan
 * waits for it): the value and its version are read together, and an older
 * value is migrated in memory, never written back (that is left to the pages
 * that save). The item's own `getValue` costs two round trips.
 */
export async function readSettingsOnce(steps: Readonly<Record<number, Migration>> = MIGRATIONS): Promise<Settings> {
  const stored = await area().get([SETTINGS_STORAGE_KEY, META_KEY]);
  const version = (stored[META_KEY] as { v?: unknown } | null | undefined)?.v;
  const from = typeof version === 'number' && Number.isInteger(version) ? version : 1;
  const target = latestVersion(steps);
  const raw: unknown = stored[SETTINGS_STORAGE_KEY] ?? null;
  if (raw === null || from >= target) return readStoredSettings(raw);
  try {
    return readStoredSettings(migrateSettings(raw, from, steps, target));
  } catch {
    return readStoredSettings(raw);
  }
}

/**
 * Calls `onChange` with valid settings whenever the stored value changes in
 * any context (removal gives the defaults), as @wxt-dev/storage's `watch`
 * does: changes of other keys, and writes of an equal value, are ignored.
 * Returns the function that stops watching.
 */
export function followSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => {
    const change = changes[SETTINGS_STORAGE_KEY];
    if (!change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
    onChange(readStoredSettings(change.newValue ?? null));
  };
  area().onChanged.addListener(listener);
  return () => area().onChanged.removeListener(listener);
}
