import type { Page } from '@playwright/test';
import { card, mentionPoint, waitForScan } from './card-helpers';
import { expect, test } from './harness';

/** Each date of the open card, and what Intl writes for its datetime in `locale`. */
function datesOf(page: Page, locale: string) {
  return card(page)
    .locator('time')
    .evaluateAll((times, loc) => {
      const options: Record<number, Intl.DateTimeFormatOptions> = {
        10: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
        7: { month: 'long', year: 'numeric', timeZone: 'UTC' },
        4: { year: 'numeric', timeZone: 'UTC' },
      };
      return times.map((time) => {
        const iso = time.getAttribute('datetime') ?? '';
        const [y, m = '01', d = '01'] = iso.split('-');
        const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
        return { shown: time.textContent, expected: new Intl.DateTimeFormat(loc, options[iso.length]).format(date) };
      });
    }, locale);
}

test('the card is French on the French article, in an English browser', async ({ page, server, pageErrors }) => {
  await page.goto(server.url('/demo/fr.html'));
  await waitForScan(page);
  expect(await page.evaluate(() => navigator.language)).toBe('en-US');
  const point = await mentionPoint(page, 'rekognition');
  await page.mouse.move(point.x, point.y);
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toHaveAttribute('lang', 'fr');
  await expect(card(page).getByRole('button', { name: 'Chronologie complète' })).toBeVisible();
  await expect(card(page).getByRole('button', { name: 'Ne pas afficher sur ce site' })).toBeVisible();
  await expect(card(page).locator('.facts-title')).toHaveText('Dates clés');
  const dates = await datesOf(page, 'fr-FR');
  expect(dates).toHaveLength(3);
  for (const { shown, expected } of dates) expect(shown).toBe(expected);
  // French month names, not English ones.
  expect(dates.map((d) => d.shown).join(' ')).toMatch(/janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\./);
  expect(pageErrors).toEqual([]);
});

test('the card is English on the English article', async ({ page, server }) => {
  await page.goto(server.url('/demo/'));
  await waitForScan(page);
  const point = await mentionPoint(page, 'aclu');
  await page.mouse.move(point.x, point.y);
  await expect(card(page)).toHaveAttribute('lang', 'en');
  for (const { shown, expected } of await datesOf(page, 'en-GB')) expect(shown).toBe(expected);
});

test('a French quotation in an English page gets a French card', async ({ page, server }) => {
  await page.goto(server.url('/card/mixed.html'));
  await waitForScan(page);
  const english = await mentionPoint(page, 'rekognition');
  await page.mouse.move(english.x, english.y);
  await expect(card(page)).toHaveAttribute('lang', 'en');
  await page.keyboard.press('Escape');
  const french = await mentionPoint(page, 'aclu');
  await page.mouse.move(french.x, french.y);
  await expect(card(page)).toHaveAttribute('lang', 'fr');
  await expect(card(page).getByRole('button', { name: 'Fermer' })).toBeVisible();
});
