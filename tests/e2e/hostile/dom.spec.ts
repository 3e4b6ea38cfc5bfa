/**
 * A page that records every DOM mutation from its own world, as a hydrating
 * React app would: the extension adds its one shadow host when a card first
 * opens, and changes nothing else — not on load and scan, not on open, not on close.
 * (detection.spec.ts checks the scan alone on a smaller recorder.)
 */
import type { Page } from '@playwright/test';
import { card, mentionPoint } from '../card-helpers';
import { expect, test } from './guard';
import { highlightedTexts, scanned } from './page-helpers';

function mutations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { mutationsSoFar(): string[] }).mutationsSoFar());
}

test('the page sees no mutation but the one shadow host, added once', async ({ page, server, guard }) => {
  guard.allow('/hostile/dom.html', '/hostile/record.js');
  await page.goto(server.url('/hostile/dom.html'));
  await scanned(page);
  expect(await highlightedTexts(page)).toEqual({
    aclu: ['ACLU', 'ACLU'],
    ibm: ['IBM', 'IBM'],
    rekognition: ['Amazon Rekognition'],
  });
  // Wait past the counts report and any idle work of the content script.
  await page.waitForTimeout(500);
  const afterScan = await mutations(page);
  expect(afterScan, `after load and scan:\n${afterScan.join('\n')}`).toEqual([]);

  const point = await mentionPoint(page, 'rekognition');
  await page.mouse.move(point.x, point.y);
  await expect(card(page)).toBeVisible();
  const afterOpen = await mutations(page);
  expect(afterOpen, `after opening a card:\n${afterOpen.join('\n')}`).toEqual(['childList body +face-facts-ui']);

  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);
  await page.mouse.move(5, 5);
  const second = await mentionPoint(page, 'aclu');
  await page.mouse.move(second.x, second.y);
  await expect(card(page)).toHaveAttribute('data-topic', 'aclu');
  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);
  await page.waitForTimeout(300);
  const afterClose = await mutations(page);
  expect(afterClose, `after closing, opening another and closing:\n${afterClose.join('\n')}`).toEqual([
    'childList body +face-facts-ui',
  ]);
  await guard.assertClean();
});
