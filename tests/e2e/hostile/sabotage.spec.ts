/**
 * A page that breaks common globals and prototypes in its own world (JS
 * built-ins, DOM prototypes, timers, MutationObserver, Range, Highlight,
 * HighlightRegistry.prototype.set). The content script's isolated world has its
 * own copies, so highlights, the badge and the card still work.
 *
 * While the page is sabotaged, Playwright's page.evaluate (main world) breaks
 * too, so the test reads only through the service worker and locators
 * (Playwright's own isolated world), then clicks the page's restore button and
 * reads the highlight registry.
 */
import { card } from '../card-helpers';
import { badgeText } from '../harness';
import { expect, test } from './guard';
import { highlightedTexts, scanned } from './page-helpers';

// Playwright's trace snapshotter observes mutations from the main world and
// trips over the sabotaged Array iterator: it is not the extension.
test.use({ trace: 'off' });

test('the extension works on a page that sabotaged its own globals', async ({ page, server, guard, serviceWorker }) => {
  guard.allow('/hostile/sabotage.html', '/hostile/sabotage.js');
  await page.goto(server.url('/hostile/sabotage.html'));
  await expect(page.locator('html[lang]')).toHaveAttribute('data-sabotaged', '31');
  // The badge only changes once the content script scanned and reported.
  await expect.poll(() => badgeText(page, serviceWorker)).toBe('3');
  await page.locator('#ibm-word').hover();
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toHaveAttribute('data-topic', 'ibm');
  await expect(card(page).locator('h2')).not.toBeEmpty();
  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);

  await page.locator('#restore').click();
  await expect(page.locator('html[lang]')).toHaveAttribute('data-restored', 'yes');
  await scanned(page);
  expect(await highlightedTexts(page)).toEqual({ aclu: ['ACLU'], ibm: ['IBM'], rekognition: ['Amazon Rekognition'] });
  await guard.assertClean();
});
