/**
 * Playwright fixtures: real Chromium with the built extension loaded, a local
 * fixture server, and helpers for the extension's own pages and badge.
 */
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from '../../scripts/lib/chromium';
import { startServer, type FixtureServer } from '../../scripts/lib/serve';

export interface ExtensionFixtures {
  /**
   * The browser's UI language, e.g. `de`; Chromium's own, en-US, when unset. Set `locale` with it
   * (`test.use({ uiLanguage: 'de', locale: 'de' })`): Playwright's locale also decides what
   * `getUILanguage()` answers in the extension's pages.
   */
  uiLanguage: string | undefined;
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Errors thrown by any page of the context; checked to be none after every test. */
  pageErrors: Error[];
}

export const test = base.extend<ExtensionFixtures, { server: FixtureServer }>({
  server: [
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  uiLanguage: [undefined, { option: true }],
  context: async ({ colorScheme, locale, hasTouch, uiLanguage }, use) => {
    const context = await launchWithExtension({
      colorScheme: colorScheme === 'dark' ? 'dark' : 'light',
      locale: locale ?? 'en-US',
      hasTouch,
      uiLanguage,
    });
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ context, serviceWorker }, use) => {
    void serviceWorker;
    await use(await extensionIdOf(context));
  },
  pageErrors: [
    async ({ context }, use) => {
      const errors: Error[] = [];
      const watch = (page: Page) => page.on('pageerror', (error) => errors.push(error));
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(errors);
      // Every test: the extension never makes a page throw.
      expect(errors.map(String), 'errors thrown in the pages of the test').toEqual([]);
    },
    { auto: true },
  ],
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
});

export { expect };

export async function openExtensionPage(context: BrowserContext, extensionId: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/** The id of the tab showing `page`, as the extension sees it. */
export async function tabIdOf(page: Page, serviceWorker: Worker): Promise<number> {
  await page.bringToFront();
  const url = page.url();
  return serviceWorker.evaluate(async (pageUrl) => {
    const tabs = await chrome.tabs.query({});
    const active = tabs.filter((tab) => tab.active);
    const match = active.length === 1 ? active[0] : tabs.find((tab) => tab.url === pageUrl);
    if (match?.id === undefined) throw new Error(`no tab for ${pageUrl}`);
    return match.id;
  }, url);
}

export async function badgeText(page: Page, serviceWorker: Worker): Promise<string> {
  const tabId = await tabIdOf(page, serviceWorker);
  return serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Ranges registered in the page's highlight registry, per name, as text. */
export function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((key) => {
    const highlight = CSS.highlights.get(key);
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  }, name);
}

/** Resolves once the content script recorded its first scan; a page records one, never more. */
export async function scanned(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('face-facts:scan', 'measure').length > 0, null, { timeout });
  expect(await page.evaluate(() => performance.getEntriesByName('face-facts:scan', 'measure').length)).toBe(1);
}
