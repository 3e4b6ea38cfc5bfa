/**
 * The options page on its own: export and import (round trip, and every kind
 * of refused file), reset behind its confirmation, and axe in light and dark.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './harness';
import { addSite, openOptions, storedSettings, writeStoredSettings } from './settings-helpers';

/** The part of the service worker's `chrome` these tests use. */
declare const chrome: { storage: { sync: { get(key: null): Promise<Record<string, unknown>> } } };

const CUSTOM = {
  enabled: false,
  siteMode: 'only',
  sites: ['example.com', '*.example.org'],
  disabledTopics: ['aclu'],
  highlightStyle: 'underline',
  hoverDelayMs: 900,
  cardLanguage: 'fr',
};

const DEFAULTS = {
  enabled: true,
  siteMode: 'except',
  sites: [],
  disabledTopics: [],
  highlightStyle: 'background',
  hoverDelayMs: 450,
  cardLanguage: 'auto',
};

/** Everything in `chrome.storage.sync`, as JSON text: compared byte for byte. */
async function syncStorageText(serviceWorker: Worker): Promise<string> {
  return JSON.stringify(await serviceWorker.evaluate(() => chrome.storage.sync.get(null)));
}

function importFile(options: Page, text: string | Buffer, name = 'settings.json') {
  return options.getByLabel('Import settings from a file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof text === 'string' ? Buffer.from(text) : text,
  });
}

test('an exported file imports back to exactly the same settings', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await writeStoredSettings(serviceWorker, CUSTOM);
  const options = await openOptions(context, extensionId);
  await expect(options.getByLabel('Underline')).toBeChecked();

  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export settings' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('face-facts-settings.json');
  const exported = await readFile(await download.path(), 'utf8');
  expect(JSON.parse(exported)).toEqual({ format: 'face-facts-settings', version: 1, settings: CUSTOM });

  // Change several settings from the page, then restore them from the file.
  await options.getByLabel('Show Face Facts on web pages').check();
  await options.getByLabel('Background colour').check();
  await addSite(options, 'news.example.net');
  await options.getByRole('checkbox', { name: 'ACLU' }).check();
  await expect.poll(() => storedSettings(serviceWorker)).not.toEqual(CUSTOM);
  await expect
    .poll(async () => ((await storedSettings(serviceWorker)) as { disabledTopics: string[] }).disabledTopics)
    .toEqual([]);

  await importFile(options, exported, 'face-facts-settings.json');
  await expect(options.getByText('Settings imported.')).toBeVisible();
  await expect.poll(() => storedSettings(serviceWorker)).toEqual(CUSTOM);
  // The page shows them too.
  await expect(options.getByLabel('Underline')).toBeChecked();
  await expect(options.locator('.site-list .site')).toHaveText(['example.com', '*.example.org']);
  await expect(options.locator('#import-error')).toBeEmpty();
});

const BAD_FILES: { name: string; text: () => string | Buffer; message: string | RegExp }[] = [
  { name: 'not JSON', text: () => '{"format": "face-facts-settings", ', message: 'This file is not valid JSON. Nothing was changed.' },
  {
    name: 'the wrong shape',
    text: () => JSON.stringify([{ enabled: false }]),
    message: 'This file is not a Face Facts settings export. Nothing was changed.',
  },
  {
    name: 'a newer version',
    text: () => JSON.stringify({ format: 'face-facts-settings', version: 99, settings: { enabled: false } }),
    message: /^This file comes from a newer version of Face Facts\./,
  },
  {
    name: 'invalid fields',
    text: () => JSON.stringify({ format: 'face-facts-settings', version: 1, settings: { hoverDelayMs: 'slow', colour: 'red' } }),
    message: 'Nothing was imported, because these settings are invalid: colour (unknown setting), hoverDelayMs.',
  },
  {
    name: 'far too large',
    // Valid JSON of the right shape, padded past 100 kB: refused for its size alone.
    text: () => JSON.stringify({ format: 'face-facts-settings', version: 1, settings: {}, pad: 'x'.repeat(120_000) }),
    message: 'This file is too large to be Face Facts settings (over 100 kB). Nothing was changed.',
  },
];

test('bad files are refused with the reason, and storage stays byte-for-byte the same', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await writeStoredSettings(serviceWorker, CUSTOM);
  const options = await openOptions(context, extensionId);
  const before = await syncStorageText(serviceWorker);
  const alert = options.locator('#import-error');
  await expect(alert).toHaveAttribute('role', 'alert');

  for (const bad of BAD_FILES) {
    await test.step(bad.name, async () => {
      await importFile(options, bad.text());
      await expect(alert).toHaveText(bad.message);
      // Give a stray write the time to land before comparing.
      await options.waitForTimeout(200);
      expect(await syncStorageText(serviceWorker)).toBe(before);
      await expect(options.getByText('Settings imported.')).toHaveCount(0);
    });
  }
  await expect(options.getByLabel('Underline')).toBeChecked();
});

test('reset asks first: Escape and Cancel keep the settings, "Yes, reset" restores the defaults', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await writeStoredSettings(serviceWorker, CUSTOM);
  const options = await openOptions(context, extensionId);
  const start = options.getByRole('button', { name: 'Reset all settings' });

  await start.click();
  await expect(options.getByRole('group', { name: /^Reset every setting to its default\?/ })).toBeVisible();
  await expect(options.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await options.keyboard.press('Escape');
  await expect(start).toBeFocused();
  await start.click();
  await options.getByRole('button', { name: 'Cancel' }).click();
  await options.waitForTimeout(200);
  expect(await storedSettings(serviceWorker)).toEqual(CUSTOM);

  await start.click();
  await options.getByRole('button', { name: 'Yes, reset' }).click();
  await expect(options.getByText('All settings are back to their defaults.')).toBeVisible();
  await expect.poll(() => storedSettings(serviceWorker)).toEqual(DEFAULTS);
  await expect(options.getByLabel('Show Face Facts on web pages')).toBeChecked();
  await expect(options.getByText('No sites in the list yet.')).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${colorScheme}`, () => {
    test.use({ colorScheme });
    test('axe finds nothing on the options page', async ({ context, extensionId }) => {
      const options = await openOptions(context, extensionId);
      // With a listed site, an inline message and an import error on show.
      await addSite(options, 'Example.com');
      await options.getByLabel('Add a site').fill('not a site!');
      await options.getByRole('button', { name: 'Add', exact: true }).click();
      await expect(options.getByLabel('Add a site')).toHaveAttribute('aria-invalid', 'true');
      await importFile(options, 'nope');
      await expect(options.locator('#import-error')).not.toBeEmpty();
      const results = await new AxeBuilder({ page: options }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });
}
