/** The card on a touch screen: a tap opens it, a tap outside or Escape closes it, links keep their taps, a swipe opens nothing. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { card, cardBox, mentionPoint, scanned } from './card-helpers';
import { expect, test } from './harness';

test.use({ hasTouch: true });

const PHONE = { width: 360, height: 740 };

/** Waits until the page has not scrolled for 200 ms. */
async function scrollSettled(page: Page) {
  let last = -1;
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(() => scrollY);
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [200], timeout: 5000 },
    )
    .toBe(true);
}

async function openTouchPage(page: Page, url: string) {
  await page.setViewportSize(PHONE);
  await page.goto(url);
  await scanned(page);
}

/** Notes when the page's first click is dispatched (window capture runs just before the extension's listener). */
function watchClicks(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { clickAt?: number };
    addEventListener('click', () => (w.clickAt ??= performance.now()), { capture: true, once: true });
  });
}

test('a tap on a mention opens its card at once, anchored to it and inside a 360 px screen; a tap outside closes it', async ({
  page,
  server,
}) => {
  await openTouchPage(page, server.url('/card/touch.html'));
  const point = await mentionPoint(page, 'rekognition');
  await watchClicks(page);
  await page.touchscreen.tap(point.x, point.y);
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toHaveAttribute('data-topic', 'rekognition');
  // No dwell: the card is opened while the click is dispatched, not 450 ms later.
  const delay = await page.evaluate(() => {
    const mark = performance.getEntriesByName('face-facts:card:open-start')[0]!.startTime;
    return mark - (window as unknown as { clickAt: number }).clickAt;
  });
  expect(delay).toBeLessThan(100);

  // Anchored to the mention: just below (or above) its line, overlapping it horizontally.
  const box = await cardBox(page);
  const gap = box.top > point.y ? box.top - point.y : point.y - box.bottom;
  expect(gap).toBeGreaterThanOrEqual(0);
  expect(gap).toBeLessThan(40);
  expect(box.left).toBeLessThanOrEqual(point.x);
  expect(box.right).toBeGreaterThanOrEqual(point.x);
  // It fits the phone's width, with nothing to scroll sideways.
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(PHONE.width);
  const overflow = await card(page).evaluate((element) => {
    const scroller = element.querySelector('.scroll')!;
    return { inner: scroller.scrollWidth - scroller.clientWidth, page: document.documentElement.scrollWidth - innerWidth };
  });
  expect(overflow).toEqual({ inner: 0, page: 0 });

  // A tap inside the card keeps it.
  const summary = (await card(page).locator('.summary').boundingBox())!;
  await page.touchscreen.tap(summary.x + 20, summary.y + 5);
  await expect(card(page)).toBeVisible();
  // A tap outside, on text with no mention, closes it.
  const empty = (await page.locator('#empty').boundingBox())!;
  const outside = box.top > point.y ? { x: 20, y: empty.y + empty.height / 2 } : { x: 20, y: box.bottom + 20 };
  await page.touchscreen.tap(outside.x, outside.y);
  await expect(card(page)).toHaveCount(0);
});

test('Escape closes a tapped card; tapping another mention replaces it', async ({ page, server }) => {
  await openTouchPage(page, server.url('/card/touch.html'));
  const rekognition = await mentionPoint(page, 'rekognition');
  await page.touchscreen.tap(rekognition.x, rekognition.y);
  await expect(card(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);

  await page.touchscreen.tap(rekognition.x, rekognition.y);
  await expect(card(page)).toHaveAttribute('data-topic', 'rekognition');
  // Scroll the other mention to the middle of the screen; the first card goes up with its mention.
  const far = await mentionPoint(page, 'bans');
  await page.evaluate((y) => scrollBy(0, y - innerHeight / 2), far.y);
  await page.waitForTimeout(400);
  const ban = await mentionPoint(page, 'bans');
  await page.touchscreen.tap(ban.x, ban.y);
  await expect(card(page)).toHaveAttribute('data-topic', 'bans');
  await expect(card(page)).toHaveCount(1);
});

test('a tap on a mention inside a link follows the link and opens no card', async ({ page, server }) => {
  await openTouchPage(page, server.url('/card/touch.html'));
  // The mention inside the link is highlighted like any other.
  const inLink = await mentionPoint(page, 'aclu');
  expect(await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('a')?.id, [inLink.x, inLink.y])).toBe('link');
  await page.touchscreen.tap(inLink.x, inLink.y);
  // The link is followed (to an anchor further down, so the page stays to be checked)…
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#notes');
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
  // …and no card opened, then or later.
  await page.waitForTimeout(800);
  await expect(card(page)).toHaveCount(0);
  expect(await page.evaluate(() => performance.getEntriesByName('face-facts:card:open-start').length)).toBe(0);
});

test('a swipe that starts on a mention scrolls the page and opens no card', async ({ page, server }) => {
  await openTouchPage(page, server.url('/card/touch.html'));
  const point = await mentionPoint(page, 'rekognition');
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: point.x, y }] });
  await touch('touchStart', point.y);
  for (let step = 1; step <= 10; step++) await touch('touchMove', point.y - step * 8);
  await touch('touchEnd', point.y - 80);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
  await page.waitForTimeout(800);
  await expect(card(page)).toHaveCount(0);
  // The fling may have taken the mention off the screen: bring it back and let the page come to rest.
  await page.evaluate(() => scrollTo(0, 0));
  await scrollSettled(page);
  // The same mention still opens a card with a real tap.
  const again = await mentionPoint(page, 'rekognition');
  await page.touchscreen.tap(again.x, again.y);
  await expect(card(page)).toBeVisible();
});

test('axe finds nothing on a tapped card at phone width', async ({ page, server }) => {
  await openTouchPage(page, server.url('/card/touch.html'));
  const point = await mentionPoint(page, 'rekognition');
  await page.touchscreen.tap(point.x, point.y);
  await expect(card(page)).toBeVisible();
  const results = await new AxeBuilder({ page }).include('face-facts-ui').analyze();
  expect(results.violations).toEqual([]);
});
