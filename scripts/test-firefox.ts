/**
 * Do the core flows work in real Firefox? Highlights (also under a strict CSP,
 * and scoped to the viewport while a page keeps changing),
 * the hover card (also under a strict CSP: its bundle is loaded on first
 * hover), the toolbar badge and the popup, with the Firefox MV2 build
 * in Debian's firefox-esr, driven over WebDriver BiDi (see docs/firefox.md).
 *
 * `tsx scripts/test-firefox.ts [--report=file.json]` prints one line per check
 * and writes `{ passed, failed, tests }` to the report file.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, GECKO_ID, type FirefoxWithExtension } from './lib/firefox';
import { startServer, type FixtureServer } from './lib/serve';

const reportArg = process.argv.find((arg) => arg.startsWith('--report='));
const REPORT = resolve(reportArg ? reportArg.slice('--report='.length) : 'test-results/firefox.json');
const CARD = 'face-facts-ui >>> [role="dialog"]';

/** The few add-on APIs the checks call from an extension page (Firefox MV2 names). */
interface AddonApi {
  tabs: { getCurrent(): Promise<{ id?: number } | undefined>; query(info: object): Promise<Array<{ id?: number }>> };
  browserAction: { getBadgeText(details: { tabId: number }): Promise<string> };
}
declare const browser: AddonApi;

/**
 * Firefox itself asks for /favicon.ico, which a strict CSP refuses and reports
 * as a page error: the browser's request, not the add-on's.
 */
const isFaviconReport = (text: string) => /favicon\.ico/.test(text);

interface Watched {
  page: Page;
  /** Uncaught errors and console errors, as text. */
  errors: string[];
  /** Every request the tab made. */
  requests: string[];
}

async function watchedPage(firefox: FirefoxWithExtension): Promise<Watched> {
  const page = await firefox.browser.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => {
    if (!isFaviconReport(String(error))) errors.push(`pageerror: ${String(error)}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !isFaviconReport(message.text())) errors.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => requests.push(request.url()));
  return { page, errors, requests };
}

async function scanned(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('face-facts:scan').length > 0, { timeout: 10_000 });
}

function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const sizes: Record<string, number> = {};
    for (const topic of ['aclu', 'bans', 'ibm', 'rekognition']) {
      const size = CSS.highlights.get(`face-facts-${topic}`)?.size ?? 0;
      if (size > 0) sizes[topic] = size;
    }
    return sizes;
  });
}

/** Opens one of the add-on's pages in a tab (BiDi's navigation never reports their load: poll instead). */
async function openExtensionPage(firefox: FirefoxWithExtension, path: string): Promise<Watched> {
  const watched = await watchedPage(firefox);
  const url = firefox.extensionUrl(path);
  void watched.page.goto(url, { timeout: 0 }).catch(() => undefined);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const ready = await watched.page
      .evaluate(() => document.readyState === 'complete' && location.href)
      .catch(() => false);
    if (ready === url) return watched;
    if (Date.now() > deadline) throw new Error(`${url} did not load (last: ${String(ready)})`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** The ids of every tab but the calling extension page's own, asked from an extension page. */
function otherTabIds(extensionPage: Page): Promise<number[]> {
  return extensionPage.evaluate(async () => {
    const me = await browser.tabs.getCurrent();
    const tabs = await browser.tabs.query({});
    return tabs.flatMap((tab) => (tab.id !== undefined && tab.id !== me?.id ? [tab.id] : []));
  });
}

function badgeOf(extensionPage: Page, tabId: number): Promise<string> {
  return extensionPage.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId);
}

async function poll<T>(read: () => Promise<T>, expected: T, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  assert.deepEqual(last, expected);
}

function checks(firefox: FirefoxWithExtension, server: FixtureServer) {
  let article: Watched | undefined;
  const languagesPage = async () => {
    if (article) return article;
    const start = await firefox.browser.pages();
    article = await watchedPage(firefox);
    // Close the start tab, so that the article is the only web page tab.
    for (const page of start) await page.close();
    await article.page.goto(server.url('/detection/languages.html'));
    await scanned(article.page);
    return article;
  };

  return [
    {
      name: 'the add-on installs as a temporary add-on with its gecko id',
      run: async () => assert.equal(firefox.id, GECKO_ID),
    },
    {
      name: 'highlights mentions in English, French, German and Spanish',
      run: async () => {
        const { page, errors } = await languagesPage();
        assert.deepEqual(await highlightSizes(page), { aclu: 4, bans: 2, ibm: 2, rekognition: 3 });
        assert.deepEqual(errors, []);
      },
    },
    {
      name: 'hovering a mention opens the card, Escape closes it',
      run: async () => {
        const { page, errors } = await languagesPage();
        const point = await page.evaluate(() => {
          const range = [...(CSS.highlights.get('face-facts-ibm') ?? [])][0] as Range | undefined;
          const box = range && [...range.getClientRects()].find((rect) => rect.width > 0);
          if (!box) throw new Error('no IBM mention on screen');
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        });
        await page.mouse.move(point.x, point.y);
        const card = await page.waitForSelector(CARD, { visible: true, timeout: 5_000 });
        assert.equal(await card?.evaluate((element) => element.getAttribute('data-topic')), 'ibm');
        const opacity = await card?.evaluate((element) => getComputedStyle(element).opacity);
        assert.equal(opacity, '1');
        await page.keyboard.press('Escape');
        await page.waitForSelector(CARD, { hidden: true, timeout: 5_000 });
        assert.deepEqual(errors, []);
      },
    },
    {
      name: 'the toolbar badge shows the tab total and the popup lists the topics',
      run: async () => {
        await languagesPage();
        const popupTab = await openExtensionPage(firefox, 'popup.html');
        const [tabId, ...others] = await otherTabIds(popupTab.page);
        assert.equal(others.length, 0, 'one article tab');
        await poll(() => badgeOf(popupTab.page, tabId!), '11');
        await popupTab.page.close();
        const popup = await openExtensionPage(firefox, `popup.html?tab=${tabId}`);
        await popup.page.waitForSelector('button.topic-row', { timeout: 5_000 });
        const rows = await popup.page.$$eval('button.topic-row', (buttons) =>
          Object.fromEntries(
            buttons.map((row) => [
              row.getAttribute('data-topic'),
              Number(/\d+/.exec(row.querySelector('.row-count')?.textContent ?? '')?.[0]),
            ]),
          ),
        );
        assert.deepEqual(rows, { aclu: 4, bans: 2, ibm: 2, rekognition: 3 });
        assert.deepEqual(popup.errors, []);
        await popup.page.close();
      },
    },
    {
      name: 'under a strict CSP highlights are registered and painted, and nothing is requested',
      run: async () => {
        const { page, errors, requests } = await watchedPage(firefox);
        await page.goto(server.url('/detection/csp.html'));
        await scanned(page);
        assert.deepEqual(await highlightSizes(page), { aclu: 1 });
        const clip = await page.evaluate(() => {
          const range = [...(CSS.highlights.get('face-facts-aclu') ?? [])][0] as Range;
          const box = range.getBoundingClientRect();
          return { x: box.x, y: box.y, width: box.width, height: box.height };
        });
        const painted = await page.screenshot({ clip, encoding: 'base64' });
        await page.evaluate(() => CSS.highlights.clear());
        const plain = await page.screenshot({ clip, encoding: 'base64' });
        assert.notEqual(painted, plain, 'the highlight paints the word');
        assert.deepEqual(errors, []);
        assert.deepEqual(
          requests.filter((url) => !url.startsWith(server.origin)),
          [],
        );
        await page.close();
      },
    },
    {
      name: 'under a strict CSP the card bundle loads and the card opens, and nothing is requested',
      run: async () => {
        const { page, errors, requests } = await watchedPage(firefox);
        await page.goto(server.url('/hostile/csp.html'));
        await scanned(page);
        const point = await page.evaluate(() => {
          const range = [...(CSS.highlights.get('face-facts-rekognition') ?? [])][0] as Range | undefined;
          const box = range && [...range.getClientRects()].find((rect) => rect.width > 0);
          if (!box) throw new Error('no Rekognition mention on screen');
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        });
        await page.mouse.move(point.x, point.y);
        const card = await page.waitForSelector(CARD, { visible: true, timeout: 5_000 });
        assert.equal(await card?.evaluate((element) => element.getAttribute('data-topic')), 'rekognition');
        assert.deepEqual(errors, []);
        assert.deepEqual(
          requests.filter((url) => !url.startsWith(server.origin)),
          [],
        );
        await page.close();
      },
    },
    {
      name: 'while a page keeps changing only the mentions near the viewport are registered, and all once it is calm',
      run: async () => {
        const { page, errors } = await watchedPage(firefox);
        await page.goto(server.url('/detection/changing.html'));
        await scanned(page);
        assert.deepEqual(await highlightSizes(page), { aclu: 1, ibm: 1 });
        await page.evaluate(() => (window as unknown as { startTicking(): void }).startTicking());
        // The IBM mention is 6,000 px below: it leaves the registry while the clock ticks.
        await poll(() => highlightSizes(page), { aclu: 1 });
        await page.evaluate(() => document.getElementById('bottom')!.scrollIntoView({ block: 'center' }));
        await poll(() => highlightSizes(page), { ibm: 1 });
        await page.evaluate(() => (window as unknown as { stopTicking(): void }).stopTicking());
        await poll(() => highlightSizes(page), { aclu: 1, ibm: 1 }, 8_000);
        assert.deepEqual(errors, []);
        await page.close();
      },
    },
  ];
}

async function main(): Promise<number> {
  const results: Array<{ name: string; ok: boolean; error?: string }> = [];
  const server = await startServer();
  let firefox: FirefoxWithExtension | undefined;
  try {
    firefox = await launchFirefoxWithExtension();
    for (const check of checks(firefox, server)) {
      try {
        await check.run();
        results.push({ name: check.name, ok: true });
        console.log(`  ✓ ${check.name}`);
      } catch (error) {
        results.push({ name: check.name, ok: false, error: String(error) });
        console.log(`  ✗ ${check.name}\n    ${String(error).replace(/\n/g, '\n    ')}`);
      }
    }
  } catch (error) {
    results.push({ name: 'Firefox starts with the add-on', ok: false, error: String(error) });
    console.log(`  ✗ Firefox starts with the add-on\n    ${String(error)}`);
  } finally {
    await firefox?.browser.close().catch(() => undefined);
    await server.close();
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  mkdirSync(dirname(REPORT), { recursive: true });
  writeFileSync(REPORT, JSON.stringify({ passed, failed, tests: results }, null, 2));
  console.log(`\nFirefox: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

process.exit(await main());
