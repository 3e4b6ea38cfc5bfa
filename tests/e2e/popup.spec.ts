import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { badgeText, expect, openExtensionPage, tabIdOf, test } from './harness';
import { highlightSizes, openArticle, TOPICS } from './settings-helpers';

/** The part of the service worker's `chrome` these tests read. */
declare const chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } };

/** The demo article in `page`, scanned, and the popup about its tab in a second page. */
async function demoWithPopup(
  page: Page,
  url: string,
  serviceWorker: Worker,
  open: (path: string) => Promise<Page>,
): Promise<{ popup: Page; tabId: number }> {
  await openArticle(page, url);
  const tabId = await tabIdOf(page, serviceWorker);
  const popup = await open(`popup.html?tab=${tabId}`);
  await expect(popup.locator('button.topic-row').first()).toBeVisible();
  return { popup, tabId };
}

/** The rows the popup shows: topic → the number in its count. */
async function popupCounts(popup: Page): Promise<Record<string, number>> {
  return popup.locator('button.topic-row').evaluateAll((rows) =>
    Object.fromEntries(
      rows.map((row) => [row.getAttribute('data-topic'), Number(/\d+/.exec(row.querySelector('.row-count')?.textContent ?? '')?.[0])]),
    ),
  );
}

/** Whether the `index`-th mention of `topic` is inside the viewport. */
function mentionInView(page: Page, topic: string, index: number): Promise<boolean> {
  return page.evaluate(
    ([name, i]) => {
      const ranges = ([...(CSS.highlights.get(name) ?? [])] as Range[]).sort((a, b) =>
        a.compareBoundaryPoints(Range.START_TO_START, b),
      );
      const box = ranges[i]?.getBoundingClientRect();
      return !!box && box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
    },
    [`face-facts-${topic}`, index] as const,
  );
}

test('the popup lists the topics on the page with the counts the page highlights', async ({
  page,
  server,
  context,
  extensionId,
  serviceWorker,
}) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const { popup } = await demoWithPopup(page, server.url('/demo/'), serviceWorker, (path) =>
    openExtensionPage(context, extensionId, path),
  );
  const sizes = await highlightSizes(page);
  expect(Object.keys(sizes).sort()).toEqual([...TOPICS].sort());
  expect(await popupCounts(popup)).toEqual(sizes);
  // Rows follow the dataset's topic order and carry a one-line summary.
  const rows = popup.locator('button.topic-row');
  await expect(rows.first().locator('.row-summary')).not.toBeEmpty();
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Face Facts');
  await expect(popup.getByText(/^Version \d+\.\d+\.\d+$/)).toBeVisible();
  // The content script's lazy card controller comes from the package under a per-session
  // dynamic URL (docs/permissions.md): it is the extension's own file, not a request out.
  const ownLazyBundle = /^chrome-extension:\/\/[a-z0-9-]+\/card-controller\.js$/;
  const outside = requests.filter(
    (url) => !url.startsWith(`chrome-extension://${extensionId}/`) && !url.startsWith(server.url('/')) && !ownLazyBundle.test(url),
  );
  expect(outside).toEqual([]);
});

test('activating a row goes to the next mention of its topic, as the keyboard command does', async ({
  page,
  server,
  context,
  extensionId,
  serviceWorker,
}) => {
  const { popup } = await demoWithPopup(page, server.url('/demo/'), serviceWorker, (path) =>
    openExtensionPage(context, extensionId, path),
  );
  const total = (await highlightSizes(page)).aclu ?? 0;
  expect(total).toBeGreaterThan(2);
  const row = popup.locator('button.topic-row[data-topic="aclu"]');

  // From the top of the page: the first mention, then on from its open card.
  await row.click();
  await expect(popup.getByRole('status')).toHaveText(`ACLU: mention 1 of ${total}`);
  await expect.poll(() => mentionInView(page, 'aclu', 0)).toBe(true);
  await expect(page.locator('face-facts-ui [role="dialog"]')).toHaveAttribute('data-topic', 'aclu');
  await row.press('Enter');
  await expect(popup.getByRole('status')).toHaveText(`ACLU: mention 2 of ${total}`);
  await expect.poll(() => mentionInView(page, 'aclu', 1)).toBe(true);

  // With no card open, from where the reader is: the first mention not above the viewport.
  await page.keyboard.press('Escape');
  await expect(page.locator('face-facts-ui [role="dialog"]')).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const first = await page.evaluate(() => {
    const ranges = ([...(CSS.highlights.get('face-facts-aclu') ?? [])] as Range[]).sort((a, b) =>
      a.compareBoundaryPoints(Range.START_TO_START, b),
    );
    return Math.max(0, ranges.findIndex((range) => range.getBoundingClientRect().bottom > 0));
  });
  expect(first).toBeGreaterThan(1);
  await row.click();
  await expect(popup.getByRole('status')).toHaveText(`ACLU: mention ${first + 1} of ${total}`);
  await expect.poll(() => mentionInView(page, 'aclu', first)).toBe(true);
});

test('the badge shows the total mentions and follows added content, and so does the popup', async ({
  page,
  server,
  context,
  extensionId,
  serviceWorker,
}) => {
  const { popup } = await demoWithPopup(page, server.url('/demo/'), serviceWorker, (path) =>
    openExtensionPage(context, extensionId, path),
  );
  const sizes = await highlightSizes(page);
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  await expect.poll(() => badgeText(page, serviceWorker)).toBe(String(total));

  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Later that week IBM repeated its position.';
    document.querySelector('article')!.append(p);
  });
  await expect.poll(() => highlightSizes(page).then((s) => s.ibm)).toBe((sizes.ibm ?? 0) + 1);
  await expect.poll(() => badgeText(page, serviceWorker)).toBe(String(total + 1));
  await expect.poll(() => popupCounts(popup).then((c) => c.ibm)).toBe((sizes.ibm ?? 0) + 1);
});

test('on a page with a frame, the popup adds up to the badge, and goes to the mentions inside the frame', async ({
  page,
  server,
  context,
  extensionId,
  serviceWorker,
}) => {
  // The top document mentions the ACLU once; its srcdoc frame mentions IBM twice.
  await openArticle(page, server.url('/detection/frame.html'));
  await expect.poll(() => badgeText(page, serviceWorker)).toBe('3');
  const tabId = await tabIdOf(page, serviceWorker);
  const popup = await openExtensionPage(context, extensionId, `popup.html?tab=${tabId}`);
  await expect.poll(() => popupCounts(popup)).toEqual({ aclu: 1, ibm: 2 });

  const inner = page.frames().find((frame) => frame.url() === 'about:srcdoc')!;
  const opened = () => inner.evaluate(() => performance.getEntriesByName('face-facts:card:open-start').length);
  await popup.locator('button.topic-row[data-topic="ibm"]').click();
  await expect(popup.getByRole('status')).toHaveText('IBM: mention 1 of 2');
  await expect.poll(opened).toBe(1);
  await popup.locator('button.topic-row[data-topic="ibm"]').click();
  await expect(popup.getByRole('status')).toHaveText('IBM: mention 2 of 2');
  await popup.locator('button.topic-row[data-topic="aclu"]').click();
  await expect(popup.getByRole('status')).toHaveText('ACLU: mention 1 of 1');
});

test('pausing on the site removes the highlights live, and resuming brings them back', async ({
  page,
  server,
  context,
  extensionId,
  serviceWorker,
}) => {
  const { popup } = await demoWithPopup(page, server.url('/demo/'), serviceWorker, (path) =>
    openExtensionPage(context, extensionId, path),
  );
  const sizes = await highlightSizes(page);
  const pause = popup.getByRole('switch', { name: 'Pause on this site' });
  await expect(pause).toHaveAttribute('aria-checked', 'false');

  await pause.click();
  await expect(pause).toHaveAttribute('aria-checked', 'true');
  await expect(popup.getByText(/^Paused on 127\.0\.0\.1/)).toBeVisible();
  await expect.poll(() => highlightSizes(page)).toEqual({});
  const stored = await serviceWorker.evaluate(() => chrome.storage.sync.get('settings'));
  expect((stored.settings as { sites: string[] }).sites).toContain('127.0.0.1');

  await pause.press('Space');
  await expect(pause).toHaveAttribute('aria-checked', 'false');
  await expect.poll(() => highlightSizes(page)).toEqual(sizes);
  await expect.poll(() => popupCounts(popup)).toEqual(sizes);
});

test('on pages content scripts cannot reach, the popup says so plainly', async ({
  page,
  context,
  extensionId,
  serviceWorker,
}) => {
  await page.goto('chrome://version/');
  const tabId = await tabIdOf(page, serviceWorker);
  const popup = await openExtensionPage(context, extensionId, `popup.html?tab=${tabId}`);
  const message = "Face Facts can't read this page (browser pages and the extension store are off limits).";
  await expect(popup.getByText(message)).toBeVisible();
  await expect(popup.getByRole('switch')).toHaveCount(0);

  // Without ?tab= the popup is about the active tab: here, its own extension page.
  const self = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(self.getByText(message)).toBeVisible();
});

test('the popup opens the full timeline in a new tab, and the options page', async ({
  context,
  extensionId,
}) => {
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  const [timeline] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: 'Full timeline' }).click()]);
  await expect(timeline).toHaveURL(`chrome-extension://${extensionId}/timeline.html`);
  const [options] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: 'Settings' }).click()]);
  await expect(options).toHaveURL(new RegExp(`^chrome-extension://${extensionId}/options.html`));
});

test('the popup works from the keyboard', async ({ page, server, context, extensionId, serviceWorker }) => {
  const { popup } = await demoWithPopup(page, server.url('/demo/'), serviceWorker, (path) =>
    openExtensionPage(context, extensionId, path),
  );
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('tab', { name: 'On this page' })).toBeFocused();
  await popup.keyboard.press('Tab');
  await expect(popup.locator('button.topic-row').first()).toBeFocused();
  expect(await popup.locator('button.topic-row').first().evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  const rows = await popup.locator('button.topic-row').count();
  for (let i = 1; i < rows; i++) await popup.keyboard.press('Tab');
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('switch')).toBeFocused();
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'Full timeline' })).toBeFocused();
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'Settings' })).toBeFocused();

});

test('the popup loads only its own small bundle before it paints, not the full dataset', async ({ context, extensionId }) => {
  // How fast it paints (at most 50 ms of script) is measured by `npm run bench`
  // (popup_script_ms), not here: these machines are too noisy for a timed test.
  // This keeps what it runs small: its scripts, gzipped, and never the timeline's dataset.
  const popup = await context.newPage();
  const scripts: Array<Promise<{ url: string; gzipped: number }>> = [];
  popup.on('response', (response) => {
    if (response.url().endsWith('.js')) {
      scripts.push(response.body().then((body) => ({ url: response.url(), gzipped: gzipSync(body, { level: 9 }).length })));
    }
  });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { level: 1 })).toBeVisible();
  await popup.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const loaded = await Promise.all(scripts);
  const names = loaded.map(({ url }) => new URL(url).pathname);
  expect(names.some((name) => name.startsWith('/chunks/popup-')), names.join(', ')).toBe(true);
  expect(names.filter((name) => name.includes('dataset')), 'the full dataset is the timeline’s').toEqual([]);
  const total = loaded.reduce((sum, script) => sum + script.gzipped, 0);
  console.log(`popup scripts: ${names.join(', ')}: ${total} bytes gzipped`);
  expect(total).toBeLessThanOrEqual(32 * 1024);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${colorScheme}`, () => {
    test.use({ colorScheme });
    test('axe finds nothing on the popup', async ({ page, server, context, extensionId, serviceWorker }) => {
      const { popup } = await demoWithPopup(page, server.url('/demo/'), serviceWorker, (path) =>
        openExtensionPage(context, extensionId, path),
      );
      await popup.locator('button.topic-row').first().click();
      await expect(popup.getByRole('status')).not.toBeEmpty();
      const results = await new AxeBuilder({ page: popup }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });
}
