import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import type { Migration } from '@/lib/settings/migrations';
import { followSettings, readSettingsOnce } from '@/lib/settings/read';
import { DEFAULT_SETTINGS, defaultSettings, type Settings } from '@/lib/settings/schema';
import { SETTINGS_KEY, createSettingsItem, loadSettings, saveSettings, watchSettings } from '@/lib/settings/storage';
import { CUSTOM } from './fixtures';


/** A made-up v2 step that needs the v1 shape: it widens every hostname to its subdomains. */
const widen: Migration = (value) => {
  const v1 = value as Settings;
  return { ...v1, sites: v1.sites.map((site) => `*.${site}`) };
};

async function stored(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.sync.get(['settings', 'settings$']);
}

const settle = () => new Promise((done) => setTimeout(done, 0));

beforeEach(() => {
  fakeBrowser.reset();
});

describe('readSettingsOnce (content scripts)', () => {
  it('gives the defaults when nothing is stored, and writes nothing', async () => {
    expect(await readSettingsOnce()).toEqual(DEFAULT_SETTINGS);
    expect(await stored()).toEqual({});
  });

  it('reads the stored value in one storage call, repaired like every read', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...CUSTOM, hoverDelayMs: -5, sites: [42, 'example.com'] }, settings$: { v: 1 } });
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    expect(await readSettingsOnce()).toEqual({ ...CUSTOM, hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs });
    expect(get).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a string', 'corrupted'],
    ['an array', [1, 2, 3]],
    ['false', false],
  ])('reads defaults when storage holds %s', async (_, garbage) => {
    await fakeBrowser.storage.sync.set({ settings: garbage });
    expect(await readSettingsOnce()).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates an older value in memory only; a value with no version metadata is v1', async () => {
    await fakeBrowser.storage.sync.set({ settings: { sites: ['example.com'] } });
    expect(await readSettingsOnce({ 2: widen })).toEqual({ ...DEFAULT_SETTINGS, sites: ['*.example.com'] });
    expect(await stored()).toEqual({ settings: { sites: ['example.com'] } });
  });

  it('does not migrate again a value already at the target version', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...CUSTOM, sites: ['example.com'] }, settings$: { v: 2 } });
    expect(await readSettingsOnce({ 2: widen })).toEqual(CUSTOM);
  });

  it('reads what it can from a newer version, or when a step throws', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...CUSTOM, newFeature: 1 }, settings$: { v: 9 } });
    expect(await readSettingsOnce()).toEqual(CUSTOM);
    await fakeBrowser.storage.sync.set({ settings: CUSTOM, settings$: { v: 1 } });
    const broken: Migration = () => {
      throw new Error('broken step');
    };
    expect(await readSettingsOnce({ 2: broken })).toEqual(CUSTOM);
  });
});

describe('the content script reads what the @wxt-dev/storage item writes', () => {
  it('uses the item\'s key', () => {
    expect(SETTINGS_KEY).toBe('sync:settings');
  });

  it('reads a value saved through the item, as the item reads it', async () => {
    const item = createSettingsItem();
    await saveSettings(CUSTOM, item);
    expect(await readSettingsOnce()).toEqual(CUSTOM);
    expect(await readSettingsOnce()).toEqual(await loadSettings(item));
  });

  it('agrees with the item on the version: after the item migrated to v2, no step runs again', async () => {
    await fakeBrowser.storage.sync.set({ settings: { sites: ['example.com'] } });
    const step = vi.fn(widen);
    const item = createSettingsItem({ 2: step });
    const migrated = await loadSettings(item);
    expect(migrated.sites).toEqual(['*.example.com']);
    expect(await readSettingsOnce({ 2: step })).toEqual(migrated);
    expect(step).toHaveBeenCalledTimes(1);
  });

  it('agrees with the item when the library stored the metadata itself', async () => {
    await storage.setItem(SETTINGS_KEY, CUSTOM);
    await storage.setMeta(SETTINGS_KEY, { v: 1 });
    expect(await readSettingsOnce({ 2: widen })).toEqual({ ...CUSTOM, sites: ['*.example.com'] });
  });
});

describe('followSettings (content scripts)', () => {
  it('sees what the item\'s own watcher sees, for saves, hand edits and removal', async () => {
    const item = createSettingsItem();
    const seen: Settings[] = [];
    const seenByItem: Settings[] = [];
    const stop = followSettings((s) => seen.push(s));
    const stopItem = watchSettings((s) => seenByItem.push(s), item);
    await saveSettings(CUSTOM, item);
    await fakeBrowser.storage.sync.set({ settings: { hoverDelayMs: 'fast', cardLanguage: 'fr' } });
    await fakeBrowser.storage.sync.remove('settings');
    await settle();
    stop();
    stopItem();
    await saveSettings(CUSTOM, item);
    expect(seen).toEqual([CUSTOM, { ...defaultSettings(), cardLanguage: 'fr' }, DEFAULT_SETTINGS]);
    expect(seen).toEqual(seenByItem);
  });

  it('ignores other keys, other areas and writes of an equal value', async () => {
    const seen: Settings[] = [];
    await fakeBrowser.storage.sync.set({ settings: CUSTOM });
    const stop = followSettings((s) => seen.push(s));
    await fakeBrowser.storage.sync.set({ settings: CUSTOM });
    await fakeBrowser.storage.sync.set({ settings$: { v: 1 }, other: 1 });
    await fakeBrowser.storage.local.set({ settings: { enabled: false } });
    await fakeBrowser.storage.sync.set({ settings: { ...CUSTOM, enabled: true } });
    stop();
    expect(seen).toEqual([{ ...CUSTOM, enabled: true }]);
  });

  it('repairs a partial value into whole settings', async () => {
    const seen: Settings[] = [];
    const stop = followSettings((s) => seen.push(s));
    await fakeBrowser.storage.sync.set({ settings: { sites: ['Example.com', 'bad site'], enabled: false } });
    stop();
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, enabled: false, sites: ['example.com'] }]);
  });
});
