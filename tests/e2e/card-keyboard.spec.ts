import { card, cardTopic, focusedElement, sendCommand, scanned } from './card-helpers';
import { expect, tabIdOf, test } from './harness';

/** The service worker's `chrome`, typed as the extension's `browser`. */
declare const chrome: typeof browser;

const TITLE = 'card:h2#face-facts-card-title';

/** Whether the open card's mention is inside the viewport. */
function mentionInView(page: import('@playwright/test').Page, topic: string) {
  return page.evaluate((name) => {
    const range = [...CSS.highlights.get(`face-facts-${name}`)!][0] as Range;
    const box = range.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight;
  }, topic);
}

test('the manifest declares the next and previous commands', async ({ serviceWorker }) => {
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  const commands = manifest.commands as Record<string, { suggested_key?: Record<string, string> }> | undefined;
  expect(Object.keys(commands ?? {}).sort()).toEqual(['next-mention', 'previous-mention']);
  expect(commands?.['next-mention']?.suggested_key?.default).toBe('Alt+Shift+J');
  expect(commands?.['previous-mention']?.suggested_key?.default).toBe('Alt+Shift+K');
});

test('next and previous cycle through mentions in document order, focus in the card', async ({
  page,
  server,
  serviceWorker,
}) => {
  await page.goto(server.url('/card/plain.html'));
  await scanned(page);
  await page.focus('#before');

  await sendCommand(page, serviceWorker, 'next-mention');
  await expect(card(page)).toBeVisible();
  expect(await cardTopic(page)).toBe('rekognition');
  await expect.poll(() => focusedElement(page)).toBe(TITLE);

  await sendCommand(page, serviceWorker, 'next-mention');
  await expect.poll(() => cardTopic(page)).toBe('aclu');
  await expect.poll(() => focusedElement(page)).toBe(TITLE);

  // The third mention is far below the fold: it is scrolled into view, the card follows.
  await sendCommand(page, serviceWorker, 'next-mention');
  await expect.poll(() => cardTopic(page)).toBe('bans');
  await expect.poll(() => mentionInView(page, 'bans')).toBe(true);
  await expect(card(page)).toBeInViewport();

  // Wraps around to the first, and back.
  await sendCommand(page, serviceWorker, 'next-mention');
  await expect.poll(() => cardTopic(page)).toBe('rekognition');
  await expect.poll(() => mentionInView(page, 'rekognition')).toBe(true);
  await sendCommand(page, serviceWorker, 'previous-mention');
  await expect.poll(() => cardTopic(page)).toBe('bans');
});

test('Escape closes a keyboard card and returns focus where it was', async ({ page, server, serviceWorker }) => {
  await page.goto(server.url('/card/plain.html'));
  await scanned(page);
  await page.focus('#before');
  await sendCommand(page, serviceWorker, 'next-mention');
  await sendCommand(page, serviceWorker, 'next-mention');
  await expect.poll(() => focusedElement(page)).toBe(TITLE);
  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);
  expect(await focusedElement(page)).toBe('a#before');
});

test('with nothing focused before, focus returns to the body', async ({ page, server, serviceWorker }) => {
  await page.goto(server.url('/card/plain.html'));
  await scanned(page);
  await sendCommand(page, serviceWorker, 'next-mention');
  await expect.poll(() => focusedElement(page)).toBe(TITLE);
  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);
  expect(await focusedElement(page)).toBe('body');
});

test('Tab cycles through the card while it is open', async ({ page, server, serviceWorker }) => {
  await page.goto(server.url('/card/plain.html'));
  await scanned(page);
  await sendCommand(page, serviceWorker, 'next-mention');
  await expect.poll(() => focusedElement(page)).toBe(TITLE);
  const stops = await card(page).locator('a[href], button').count();
  const seen: string[] = [];
  for (let i = 0; i < stops + 1; i++) {
    await page.keyboard.press('Tab');
    seen.push(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent ?? 'outside'));
  }
  expect(seen).not.toContain('outside');
  // After the last stop, Tab comes back to the first (the close button).
  expect(seen[stops]).toBe(seen[0]);
  await page.keyboard.press('Shift+Tab');
  expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent)).toBe("Don't show on this site");
  await expect(card(page)).toBeVisible();
});

test('pointer movement does not close a keyboard card', async ({ page, server, serviceWorker }) => {
  await page.goto(server.url('/card/plain.html'));
  await scanned(page);
  await sendCommand(page, serviceWorker, 'next-mention');
  await expect(card(page)).toBeVisible();
  await page.mouse.move(5, 5);
  await page.mouse.move(8, 300, { steps: 4 });
  await page.waitForTimeout(700);
  await expect(card(page)).toBeVisible();
});

test("the popup's reveal opens the topic's card at its mention", async ({ page, server, serviceWorker }) => {
  await page.goto(server.url('/card/plain.html'));
  await scanned(page);
  const tabId = await tabIdOf(page, serviceWorker);
  await serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'page:reveal', topic: 'bans' }), tabId);
  await expect.poll(() => cardTopic(page)).toBe('bans');
  await expect.poll(() => mentionInView(page, 'bans')).toBe(true);
  await expect.poll(() => focusedElement(page)).toBe(TITLE);
});
