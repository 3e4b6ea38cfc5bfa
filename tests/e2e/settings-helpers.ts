/** Helpers for the settings end-to-end tests: the options page, stored settings, the article's highlights. */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, openExtensionPage, scanned } from './harness';

/** The part of the service worker's `chrome` these tests use. */
declare const chrome: {
  storage: {
    sync: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
};

export const TOPICS = ['rekognition', 'ibm', 'aclu', 'bans'];

/** The demo article, with its first scan done. */
export async function openArticle(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await scanned(page);
}

/** Highlighted mentions per topic (topics with none left out), from the page's highlight registry. */
export function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate((topics) => {
    const sizes: Record<string, number> = {};
    for (const topic of topics) {
      const size = CSS.highlights.get(`face-facts-${topic}`)?.size ?? 0;
      if (size > 0) sizes[topic] = size;
    }
    return sizes;
  }, TOPICS);
}

/** Every Face Facts name in the page's highlight registry, sorted. */
export function registeredNames(page: Page): Promise<string[]> {
  return page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('face-facts-')).sort());
}

/** The options page, once the stored settings are shown. */
export async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await openExtensionPage(context, extensionId, 'options.html');
  await expect(options.getByLabel('Show Face Facts on web pages')).toBeVisible();
  return options;
}

/** The raw `settings` value in `chrome.storage.sync`, as the service worker reads it. */
export function storedSettings(serviceWorker: Worker): Promise<unknown> {
  return serviceWorker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
}

/** The same value as JSON text, for byte-for-byte comparisons. */
export async function storedText(serviceWorker: Worker): Promise<string> {
  return JSON.stringify(await storedSettings(serviceWorker)) ?? 'undefined';
}

export function writeStoredSettings(serviceWorker: Worker, value: unknown): Promise<void> {
  return serviceWorker.evaluate((settings) => chrome.storage.sync.set({ settings }), value);
}

/** The stored settings' `key`, read from the service worker. */
export async function storedField(serviceWorker: Worker, key: string): Promise<unknown> {
  return ((await storedSettings(serviceWorker)) as Record<string, unknown> | undefined)?.[key];
}

/** Adds a site through the "Add a site" field and the Add button. */
export async function addSite(options: Page, site: string): Promise<void> {
  await options.getByLabel('Add a site').fill(site);
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(options.getByRole('button', { name: `Remove ${site}` })).toBeVisible();
}
