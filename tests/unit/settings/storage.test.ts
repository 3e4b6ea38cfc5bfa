import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Migration } from '@/lib/settings/migrations';
import { DEFAULT_SETTINGS, defaultSettings, type Settings } from '@/lib/settings/schema';
import {
  createSettingsItem,
  loadSettings,
  resetSettings,
  saveSettings,
  updateSettings,
  watchSettings,
} from '@/lib/settings/storage';
import { pauseSite } from '@/lib/settings/sites';
import { CUSTOM } from './fixtures';


async function stored(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.sync.get(['settings', 'settings$']);
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings storage', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await loadSettings(createSettingsItem())).toEqual(DEFAULT_SETTINGS);
  });

  it('saves to sync:settings and reads it back, marking the version', async () => {
    const item = createSettingsItem();
    await saveSettings(CUSTOM, item);
    expect(await loadSettings(item)).toEqual(CUSTOM);
    expect(await stored()).toEqual({ settings: CUSTOM, settings$: { v: 1 } });
  });

  it('normalizes what it saves', async () => {
    const item = createSettingsItem();
    const saved = await saveSettings({ ...CUSTOM, sites: ['Example.com', 'example.com/'] }, item);
    expect(saved.sites).toEqual(['example.com']);
    expect((await stored()).settings).toMatchObject({ sites: ['example.com'] });
  });

  it.each([
    ['a string', 'corrupted'],
    ['a number', 42],
    ['an array', [1, 2, 3]],
    ['false', false],
  ])('reads defaults when storage holds %s', async (_, garbage) => {
    await fakeBrowser.storage.sync.set({ settings: garbage });
    expect(await loadSettings(createSettingsItem())).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every valid field of a hand-edited value', async () => {
    await fakeBrowser.storage.sync.set({
      settings: {
        enabled: 'maybe',
        siteMode: 'only',
        sites: ['good.com', 7, 'bad site', '*.fine.org', null],
        hoverDelayMs: -5,
        cardLanguage: 'fr',
        surprise: { deep: true },
      },
    });
    expect(await loadSettings(createSettingsItem())).toEqual({
      ...DEFAULT_SETTINGS,
      siteMode: 'only',
      sites: ['good.com', '*.fine.org'],
      cardLanguage: 'fr',
    });
  });

  it('updates in one step', async () => {
    const item = createSettingsItem();
    const next = await updateSettings((s) => pauseSite(s, 'https://www.example.com/'), item);
    expect(next.sites).toEqual(['example.com']);
    expect(await loadSettings(item)).toEqual(next);
  });

  it('resets to the defaults', async () => {
    const item = createSettingsItem();
    await saveSettings(CUSTOM, item);
    expect(await resetSettings(item)).toEqual(DEFAULT_SETTINGS);
    expect(await loadSettings(item)).toEqual(DEFAULT_SETTINGS);
  });

  it('tells watchers about changes with valid settings, and stops when asked', async () => {
    const item = createSettingsItem();
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s), item);
    await saveSettings(CUSTOM, item);
    await fakeBrowser.storage.sync.set({ settings: { hoverDelayMs: 'fast', cardLanguage: 'fr' } });
    await fakeBrowser.storage.sync.remove('settings');
    stop();
    await saveSettings(CUSTOM, item);
    expect(seen).toEqual([CUSTOM, { ...defaultSettings(), cardLanguage: 'fr' }, DEFAULT_SETTINGS]);
  });
});

describe('settings migrations through storage', () => {
  it('reads an unversioned value as v1, repaired field by field', async () => {
    await fakeBrowser.storage.sync.set({ settings: { sites: ['Example.com', 'bad site'], enabled: false } });
    expect(await loadSettings(createSettingsItem())).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      sites: ['example.com'],
    });
  });

  it('the first save after reading a partial value stores the whole current shape', async () => {
    await fakeBrowser.storage.sync.set({ settings: { sites: ['example.com'] } });
    const item = createSettingsItem();
    await updateSettings((s) => ({ ...s, hoverDelayMs: 300 }), item);
    expect((await stored()).settings).toEqual({ ...DEFAULT_SETTINGS, sites: ['example.com'], hoverDelayMs: 300 });
  });

  /** A made-up v2 step, as a future version would add to MIGRATIONS. */
  const V2: Record<number, Migration> = {
    2: (value) => ({ ...(value as object), cardLanguage: 'fr' }),
  };

  it('runs a registered v1 → v2 step once and records version 2', async () => {
    await fakeBrowser.storage.sync.set({ settings: CUSTOM, settings$: { v: 1 } });
    const step = vi.fn(V2[2]);
    const item = createSettingsItem({ 2: step });
    expect(await loadSettings(item)).toEqual({ ...CUSTOM, cardLanguage: 'fr' });
    expect(await stored()).toEqual({ settings: { ...CUSTOM, cardLanguage: 'fr' }, settings$: { v: 2 } });
    await loadSettings(createSettingsItem({ 2: step }));
    expect(step).toHaveBeenCalledTimes(1);
  });

  it('takes an unversioned (v1) value through v1 → v2', async () => {
    await fakeBrowser.storage.sync.set({ settings: { siteMode: 'except', sites: ['example.com'] } });
    // This v2 step needs the v1 shape: it widens every hostname to its subdomains.
    const widen: Migration = (value) => {
      const v1 = value as Settings;
      return { ...v1, sites: v1.sites.map((site) => `*.${site}`) };
    };
    const item = createSettingsItem({ 2: widen });
    const expected = { siteMode: 'except', sites: ['*.example.com'] };
    expect(await loadSettings(item)).toEqual({ ...DEFAULT_SETTINGS, ...expected });
    expect(await stored()).toEqual({ settings: expected, settings$: { v: 2 } });
  });

  it('still reads what it can when a newer version wrote the value (downgrade)', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.sync.set({
      settings: { ...CUSTOM, newFeature: { on: true } },
      settings$: { v: 9 },
    });
    expect(await loadSettings(createSettingsItem())).toEqual(CUSTOM);
    expect(error).toHaveBeenCalled();
  });

  it('survives a migration step that throws', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.sync.set({ settings: CUSTOM, settings$: { v: 1 } });
    const item = createSettingsItem({
      2: () => {
        throw new Error('broken step');
      },
    });
    expect(await loadSettings(item)).toEqual(CUSTOM);
    expect(error).toHaveBeenCalled();
  });
});
