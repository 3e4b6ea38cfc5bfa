/**
 * Where do settings live, and how does each context read, save and follow them?
 *
 * One `sync:settings` item in @wxt-dev/storage. Whatever is stored, readers
 * get valid settings: the raw value goes through `fromLegacy` and
 * `parseSettings` on every read and every change.
 */
import { storage } from 'wxt/utils/storage';
import {
  MIGRATIONS,
  fromLegacy,
  latestVersion,
  migrateSettings,
  storageMigrations,
  type Migration,
} from './migrations';
import { parseSettings } from './parse';
import { DEFAULT_SETTINGS, defaultSettings, type Settings } from './schema';

export const SETTINGS_KEY = 'sync:settings';

/** The storage item; `steps` is for tests that exercise a future version. */
export function createSettingsItem(steps: Readonly<Record<number, Migration>> = MIGRATIONS) {
  return storage.defineItem<unknown>(SETTINGS_KEY, {
    fallback: DEFAULT_SETTINGS,
    version: latestVersion(steps),
    migrations: storageMigrations(steps),
  });
}

export type SettingsItem = ReturnType<typeof createSettingsItem>;

let shared: SettingsItem | undefined;

/** The item this context uses, created on first use (which runs migrations). */
export function settingsItem(): SettingsItem {
  shared ??= createSettingsItem();
  return shared;
}

/** Valid settings from whatever the item holds. */
export function readStoredSettings(raw: unknown): Settings {
  return parseSettings(fromLegacy(raw));
}

export async function loadSettings(item: SettingsItem = settingsItem()): Promise<Settings> {
  return readStoredSettings(await item.getValue());
}

/**
 * The settings in one storage round trip, for content scripts (the first scan
 * waits for it): the value and its version are read together, and an older
 * value is migrated in memory, never written back (that is left to the pages
 * that save). The item's own `getValue` costs two round trips.
 */
export async function readSettingsOnce(steps: Readonly<Record<number, Migration>> = MIGRATIONS): Promise<Settings> {
  const [value, meta] = await storage.getItems([SETTINGS_KEY, `${SETTINGS_KEY}$`]);
  const version = (meta?.value as { v?: unknown } | null | undefined)?.v;
  const from = typeof version === 'number' && Number.isInteger(version) ? version : 1;
  const target = latestVersion(steps);
  const raw: unknown = value?.value ?? null;
  if (raw === null || from >= target) return readStoredSettings(raw);
  try {
    // Legacy (v0) values carry no version either: `fromLegacy` first, as the item does.
    return readStoredSettings(migrateSettings(fromLegacy(raw), from, steps, target));
  } catch {
    return readStoredSettings(raw);
  }
}

/** Stores `settings` (normalized first) and returns what was stored. */
export async function saveSettings(
  settings: Settings,
  item: SettingsItem = settingsItem(),
): Promise<Settings> {
  const clean = parseSettings(settings);
  await item.setValue(clean);
  return clean;
}

/** Reads, changes and saves in one step, e.g. `updateSettings((s) => pauseSite(s, url))`. */
export async function updateSettings(
  change: (settings: Settings) => Settings,
  item: SettingsItem = settingsItem(),
): Promise<Settings> {
  return saveSettings(change(await loadSettings(item)), item);
}

export async function resetSettings(item: SettingsItem = settingsItem()): Promise<Settings> {
  return saveSettings(defaultSettings(), item);
}

/**
 * Calls `onChange` with valid settings whenever the stored value changes in
 * any context (removal gives the defaults). Returns the function that stops watching.
 */
export function watchSettings(onChange: (settings: Settings) => void, item?: SettingsItem): () => void {
  const follow = (value: unknown) => onChange(readStoredSettings(value));
  // Watching needs no migration run: without an item, no item is created (content scripts).
  return item ? item.watch(follow) : storage.watch<unknown>(SETTINGS_KEY, follow);
}
