import type { Page } from '@playwright/test';
import { loadCardStrings } from '../../data/card-strings';
import { LANGUAGES } from '../../data/languages';
import { loadDataset } from '../../data/load';
import { card, mentionPoint, scanned } from './card-helpers';
import { expect, test } from './harness';
import { openOptions, storedField } from './settings-helpers';

const dataset = loadDataset(process.cwd());
const strings = loadCardStrings(process.cwd());
const summaryOf = (topic: string, lang: string) => dataset.topics.find((t) => t.id === topic)?.summary[lang];

/** Hovers the `index`-th mention of `topic` and waits for its card. */
async function openCard(page: Page, topic: string, index = 0) {
  const point = await mentionPoint(page, topic, index);
  await page.mouse.move(point.x, point.y);
  await expect(card(page)).toBeVisible({ timeout: 10_000 });
}

/** The card is written in `lang`: its lang attribute, its strings, its summary and its dates. */
async function expectCardIn(page: Page, lang: string, topic: string) {
  const language = LANGUAGES.find((l) => l.code === lang);
  await expect(card(page)).toHaveAttribute('lang', lang);
  await expect(card(page).getByRole('button', { name: strings[lang]?.card_timeline })).toBeVisible();
  await expect(card(page).getByRole('button', { name: strings[lang]?.card_close })).toBeVisible();
  await expect(card(page).locator('.facts-title')).toHaveText(strings[lang]?.card_facts ?? '');
  await expect(card(page).locator('.summary')).toHaveText(summaryOf(topic, lang) ?? '');
  const dates = await datesOf(page, language?.locale ?? lang);
  expect(dates.length).toBeGreaterThan(0);
  for (const { shown, expected } of dates) expect(shown).toBe(expected);
}

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

test('the card is French on the French article, in an English browser', async ({ page, server }) => {
  await page.goto(server.url('/demo/fr.html'));
  await scanned(page);
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
});

test('the card is English on the English article', async ({ page, server }) => {
  await page.goto(server.url('/demo/'));
  await scanned(page);
  const point = await mentionPoint(page, 'aclu');
  await page.mouse.move(point.x, point.y);
  await expect(card(page)).toHaveAttribute('lang', 'en');
  for (const { shown, expected } of await datesOf(page, 'en-GB')) expect(shown).toBe(expected);
});

test('a French quotation in an English page gets a French card', async ({ page, server }) => {
  await page.goto(server.url('/card/mixed.html'));
  await scanned(page);
  const english = await mentionPoint(page, 'rekognition');
  await page.mouse.move(english.x, english.y);
  await expect(card(page)).toHaveAttribute('lang', 'en');
  await page.keyboard.press('Escape');
  const french = await mentionPoint(page, 'aclu');
  await page.mouse.move(french.x, french.y);
  await expect(card(page)).toHaveAttribute('lang', 'fr');
  await expect(card(page).getByRole('button', { name: 'Fermer' })).toBeVisible();
});

test('a German page gets a German card, in an English browser', async ({ page, server }) => {
  await page.goto(server.url('/card/de.html'));
  await scanned(page);
  await openCard(page, 'rekognition');
  await expectCardIn(page, 'de', 'rekognition');
  await expect(card(page).getByRole('button', { name: 'Vollständige Chronik' })).toBeVisible();
  await page.keyboard.press('Escape');
  await openCard(page, 'bans');
  await expectCardIn(page, 'de', 'bans');
});

test('a Spanish page gets a Spanish card, in an English browser', async ({ page, server }) => {
  await page.goto(server.url('/card/es.html'));
  await scanned(page);
  await openCard(page, 'aclu');
  await expectCardIn(page, 'es', 'aclu');
  await expect(card(page).getByRole('button', { name: 'Cronología completa' })).toBeVisible();
  await page.keyboard.press('Escape');
  await openCard(page, 'bans');
  await expectCardIn(page, 'es', 'bans');
});

test('a German paragraph inside an English page gets a German card', async ({ page, server }) => {
  await page.goto(server.url('/card/mixed-de.html'));
  await scanned(page);
  await openCard(page, 'rekognition');
  await expectCardIn(page, 'en', 'rekognition');
  await page.keyboard.press('Escape');
  await openCard(page, 'aclu');
  await expectCardIn(page, 'de', 'aclu');
  await expect(card(page).getByRole('button', { name: 'Schließen' })).toBeVisible();
});

test('the options’ card language forces each of the four languages, whatever the page’s', async ({
  page,
  server,
  context,
  extensionId,
  serviceWorker,
}) => {
  const options = await openOptions(context, extensionId);
  const group = options.getByRole('group', { name: 'Card language' });
  await expect(group.getByRole('radio')).toHaveCount(LANGUAGES.length + 1);
  for (const { code, name } of LANGUAGES) {
    await group.getByRole('radio', { name, exact: true }).check();
    await expect.poll(() => storedField(serviceWorker, 'cardLanguage')).toBe(code);
    // A page in another language than the forced one.
    await page.goto(server.url(code === 'de' ? '/card/es.html' : '/card/de.html'));
    await scanned(page);
    await openCard(page, 'rekognition');
    await expectCardIn(page, code, 'rekognition');
  }
  await group.getByRole('radio', { name: "The page's language (else the browser's)" }).check();
  await expect.poll(() => storedField(serviceWorker, 'cardLanguage')).toBe('auto');
  await page.goto(server.url('/card/es.html'));
  await scanned(page);
  await openCard(page, 'rekognition');
  await expectCardIn(page, 'es', 'rekognition');
});
