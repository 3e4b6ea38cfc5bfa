/**
 * Where do settings live, and how does each context read, save and follow them?
 *
 * One `sync:settings` item in @wxt-dev/storage, for the pages that write
 * (options, popup, the card's "Don't show on this site"). Whatever is stored,
 * readers get valid settings: the raw value goes through `parseSettings` on
 * every read and every change. Content scripts read the same item through
 * `read.ts`, without this module.
 */
import { storage } from 'wxt/utils/storage';
import { MIGRATIONS, latestVersion, type Migration } from './migrations';
import { parseSettings } from './parse';
import { SETTINGS_AREA, SETTINGS_STORAGE_KEY, followSettings, readStoredSettings } from './read';
import { DEFAULT_SETTINGS, defaultSettings, type Settings } from './schema';

export const SETTINGS_KEY = `${SETTINGS_AREA}:${SETTINGS_STORAGE_KEY}` as const;

/** The storage item; `steps` is for tests that exercise a future version. */
export function createSettingsItem(steps: Readonly<Record<number, Migration>> = MIGRATIONS) {
  return storage.defineItem<unknown>(SETTINGS_KEY, {
    fallback: DEFAULT_SETTINGS,
    version: latestVersion(steps),
    migrations: { ...steps },
  });
}

export type SettingsItem = ReturnType<typeof createSettingsItem>;

let shared: SettingsItem | undefined;

/** The item this context uses, created on first use (which runs migrations). */
export function settingsItem(): SettingsItem {
  shared ??= createSettingsItem();
  return shared;
}

export async function loadSettings(item: SettingsItem = settingsItem()): Promise<Settings> {
  return readStoredSettings(await item.getValue());
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
  // Watching needs no migration run: without an item, no item is created.
  return item ? item.watch((value) => onChange(readStoredSettings(value))) : followSettings(onChange);
}
