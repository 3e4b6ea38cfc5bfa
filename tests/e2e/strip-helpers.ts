/** Helpers for the end-to-end tests of the timeline's drawn strip. */
import type { Page } from '@playwright/test';

/**
 * Starts recording which facts get the brief "flash" highlight, so a test can
 * check it even when the machine is too slow to catch the 2 s highlight live.
 */
export async function recordFlashes(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { flashed: string[] }).flashed = seen;
    new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target as Element;
        if (target.classList.contains('flash')) seen.push(target.getAttribute('data-fact-id') ?? '');
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
  });
  return () => page.evaluate(() => (window as unknown as { flashed: string[] }).flashed);
}
