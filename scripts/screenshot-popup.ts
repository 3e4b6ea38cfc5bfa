/**
 * Saves docs/images/popup.png and docs/images/popup-dark.png: the toolbar
 * popup about the demo article, switched to its Timeline view with the drawn
 * strip (one mark focused, showing its date and title), as the README shows it.
 * Run after `npx wxt build`: `npx tsx scripts/screenshot-popup.ts`.
 *
 * The popup is opened as a page (`popup.html?tab=<id>`) about the article's tab.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { extensionIdOf, launchWithExtension } from './lib/chromium';
import { startServer } from './lib/serve';

/** The part of the service worker's `chrome` this script uses. */
declare const chrome: { tabs: { query(query: { active: boolean }): Promise<{ id?: number }[]> } };

const SHOTS = { light: 'popup.png', dark: 'popup-dark.png' } as const;
/** The fact whose mark is focused in the picture: a dense year, to show the stacking. */
const FOCUSED_FACT = 'ibm-exits-facial-recognition';

const server = await startServer();
try {
  for (const [colorScheme, file] of Object.entries(SHOTS) as Array<[keyof typeof SHOTS, string]>) {
    const out = resolve(import.meta.dirname, '../docs/images', file);
    const context = await launchWithExtension({ viewport: { width: 800, height: 600 }, colorScheme });
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
      await popup.getByRole('tab', { name: 'Timeline' }).click();
      const mark = popup.locator(`.strip g.mark[data-fact-id="${FOCUSED_FACT}"]`);
      await mark.waitFor();
      // Focused from the keyboard, so it shows its focus ring as well as its date and title.
      await mark.focus();
      await popup.keyboard.press('ArrowRight');
      await popup.keyboard.press('ArrowLeft');
      await popup.locator('.strip-tip').waitFor();
      // As the toolbar shows it: the body's own box, which sets the popup's size.
      const box = await popup.locator('body').boundingBox();
      if (!box) throw new Error('the popup has no body box');
      if (box.width > 800 || box.height > 600) throw new Error(`the popup is ${box.width}×${box.height}, over 800×600`);
      await popup.setViewportSize({ width: Math.ceil(box.width), height: Math.ceil(box.height) });
      mkdirSync(resolve(out, '..'), { recursive: true });
      await popup.locator('body').screenshot({ path: out });
      console.log(`saved ${out} (${Math.ceil(box.width)}×${Math.ceil(box.height)})`);
    } finally {
      await context.close();
    }
  }
} finally {
  await server.close();
}
