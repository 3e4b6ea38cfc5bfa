/**
 * Saves docs/images/popup.png: the toolbar popup about the demo article, as
 * the README shows it. Run after `npx wxt build`: `npx tsx scripts/screenshot-popup.ts`.
 *
 * The popup is opened as a page (`popup.html?tab=<id>`) about the article's tab.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { extensionIdOf, launchWithExtension } from './lib/chromium';
import { startServer } from './lib/serve';

/** The part of the service worker's `chrome` this script uses. */
declare const chrome: { tabs: { query(query: { active: boolean }): Promise<{ id?: number }[]> } };

const OUT = resolve(import.meta.dirname, '../docs/images/popup.png');

const server = await startServer();
const context = await launchWithExtension({ viewport: { width: 480, height: 640 } });
try {
  const extensionId = await extensionIdOf(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const article = context.pages()[0] ?? (await context.newPage());
  await article.goto(server.url('/demo/'));
  await article.waitForFunction(() => performance.getEntriesByName('face-facts:scan').length > 0);
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]?.id);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('button.topic-row').first().waitFor();
  // As the toolbar shows it: the body's own box, which sets the popup's size.
  const box = await popup.locator('body').boundingBox();
  if (!box) throw new Error('the popup has no body box');
  await popup.setViewportSize({ width: Math.ceil(box.width), height: Math.ceil(box.height) });
  mkdirSync(resolve(OUT, '..'), { recursive: true });
  await popup.locator('body').screenshot({ path: OUT });
  console.log(`saved ${OUT} (${Math.ceil(box.width)}×${Math.ceil(box.height)})`);
} finally {
  await context.close();
  await server.close();
}
