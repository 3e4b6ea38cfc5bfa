/**
 * What a moving pointer costs a page. Where the page holds no mention there
 * is nothing a hit test could find: the card controller is not mounted, so the
 * extension has no listener for the pointer to run, asks for no animation
 * frame and reads no layout, whatever the pointer does. The same moves over a
 * page with mentions run its listener and are hit-tested once a frame, which
 * shows that the trace sees both.
 */
import type { Page } from '@playwright/test';
import { ownRunsWithin } from '../../scripts/lib/task-attribution';
import { isExtensionUrl, traceMainThread } from '../../scripts/lib/trace-main-thread';
import { card, mentionPoint, scanned } from './card-helpers';
import { expect, test } from './harness';

/** Sweeps the pointer over the page's text, one move a frame or so. */
async function sweep(page: Page): Promise<void> {
  for (let i = 0; i < 30; i++) {
    await page.mouse.move(40 + ((i * 37) % 600), 40 + ((i * 23) % 300));
    await page.waitForTimeout(20);
  }
}

test('a page without a mention: the pointer runs none of our code', async ({ context, page, server }) => {
  await page.goto(server.url('/card/no-mention.html'));
  await scanned(page);
  const { events } = await traceMainThread(context, page, () => sweep(page));
  expect(ownRunsWithin(events, 'EventDispatch', isExtensionUrl), 'a listener of ours ran').toBe(0);
  expect(ownRunsWithin(events, 'FireAnimationFrame', isExtensionUrl)).toBe(0);
});

test('a page with mentions: the pointer is listened to and hit-tested in animation frames', async ({ context, page, server }) => {
  await page.goto(server.url('/card/plain.html'));
  await scanned(page);
  const { events } = await traceMainThread(context, page, () => sweep(page));
  expect(ownRunsWithin(events, 'EventDispatch', isExtensionUrl)).toBeGreaterThan(0);
  expect(ownRunsWithin(events, 'FireAnimationFrame', isExtensionUrl)).toBeGreaterThan(0);
});

test('a mention added later is hovered as soon as it is found', async ({ page, server }) => {
  await page.goto(server.url('/card/no-mention.html'));
  await scanned(page);
  await sweep(page);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'At the harbour office, the talk was of Amazon Rekognition and its new contract.';
    document.body.append(p);
  });
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('face-facts-rekognition')?.size ?? 0)).toBe(1);
  const point = await mentionPoint(page, 'rekognition');
  await page.mouse.move(point.x, point.y);
  await expect(card(page)).toBeVisible();
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText('Amazon Rekognition');
});
