/**
 * The card is not in the content script: its bundle (card-ui.js) is imported
 * when the first dwell starts, and the card is drawn hidden during the dwell,
 * so that the dwell's end only shows it. Without the bundle, no card opens and
 * nothing is thrown.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Request } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension } from '../../scripts/lib/chromium';
import { card, mentionPoint, scanned } from './card-helpers';
import { expect, test } from './harness';
import { writeStoredSettings } from './settings-helpers';

/** A load of the bundle (Chrome then redirects the dynamic URL to the static one internally: not counted twice). */
const isBundle = (request: Request) => new URL(request.url()).pathname === '/card-ui.js' && !request.redirectedFrom();
const PREPARED = 'face-facts-ui .card[data-state="prepared"]';

test('the bundle loads when the first dwell starts, and the card is ready, hidden, before the dwell ends', async ({
  page,
  context,
  server,
  serviceWorker,
}) => {
  const bundleRequests: string[] = [];
  context.on('request', (request) => {
    if (isBundle(request)) bundleRequests.push(request.url());
  });
  // A long dwell, so that the hidden card can be looked at before it ends.
  await writeStoredSettings(serviceWorker, { hoverDelayMs: 2000 });
  await page.goto(server.url('/demo/'));
  await scanned(page);
  await page.waitForTimeout(300);
  expect(bundleRequests, 'nothing loaded before a hover').toEqual([]);
  expect(await page.locator('face-facts-ui').count()).toBe(0);

  const point = await mentionPoint(page, 'rekognition');
  await page.mouse.move(point.x, point.y);
  const prepared = page.locator(PREPARED);
  await expect(prepared).toHaveCount(1);
  expect(
    await page.evaluate(() => performance.getEntriesByName('face-facts:card:open-start').length),
    'prepared before the dwell ended',
  ).toBe(0);
  expect(bundleRequests).toHaveLength(1);
  expect(bundleRequests[0]).not.toContain(await serviceWorker.evaluate(() => chrome.runtime.id));
  // Drawn and placed, but not seen, not a dialog, and not in the way of the pointer.
  expect(
    await prepared.evaluate((element) => ({
      visible: element.checkVisibility({ visibilityProperty: true }),
      role: element.getAttribute('role'),
      topic: element.getAttribute('data-topic'),
      placed: element.style.top !== '' && element.style.left !== '',
    })),
  ).toEqual({ visible: false, role: null, topic: 'rekognition', placed: true });
  expect(await card(page).count()).toBe(0);
  await prepared.evaluate((element) => ((element as HTMLElement & { probe?: boolean }).probe = true));

  // The dwell ends: the same element becomes the visible dialog.
  await expect(card(page)).toBeVisible({ timeout: 4000 });
  expect(await card(page).evaluate((element) => (element as HTMLElement & { probe?: boolean }).probe)).toBe(true);
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('face-facts:card').length)).toBe(1);

  // A second card reuses the loaded bundle.
  await page.keyboard.press('Escape');
  await page.mouse.move(1, 1);
  const aclu = await mentionPoint(page, 'aclu');
  await page.mouse.move(aclu.x, aclu.y);
  await expect(card(page)).toHaveAttribute('data-topic', 'aclu', { timeout: 4000 });
  expect(bundleRequests).toHaveLength(1);
});

test('without its bundle the card quietly does not open, by pointer or keyboard', async ({ server }) => {
  const dir = mkdtempSync(join(tmpdir(), 'face-facts-no-card-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  rmSync(join(dir, 'card-ui.js'));
  const context = await launchWithExtension({ extensionDir: dir });
  try {
    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = context.pages()[0] ?? (await context.newPage());
    const pageErrors: Error[] = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    await page.goto(server.url('/demo/'));
    await scanned(page);
    expect(await page.evaluate(() => CSS.highlights.get('face-facts-rekognition')?.size)).toBeGreaterThan(0);

    const point = await mentionPoint(page, 'rekognition');
    await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(1200);
    expect(await card(page).count()).toBe(0);

    const [tab] = await serviceWorker.evaluate(() => chrome.tabs.query({ active: true }));
    await serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'command', command: 'next-mention' }), tab!.id!);
    await page.waitForTimeout(800);
    expect(await card(page).count()).toBe(0);
    // Still alive: the highlights stay, and Escape or moves throw nothing.
    await page.keyboard.press('Escape');
    await page.mouse.move(1, 1);
    expect(await page.evaluate(() => CSS.highlights.get('face-facts-rekognition')?.size)).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
