/**
 * The extension's own pages in the browser's UI language, end to end: the
 * browser runs in German or Spanish (`--lang` with Debian's chromium-l10n),
 * and the popup, the timeline and the options speak it, with the dataset's
 * texts and dates in that language; the timeline searches its texts with
 * umlauts, ß and ñ folded; a page that declares no language gets a card in it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { LANGUAGES } from '../../data/languages';
import { loadDataset } from '../../data/load';
import { card, mentionPoint, scanned } from './card-helpers';
import { expect, openExtensionPage, tabIdOf, test } from './harness';

const dataset = loadDataset(process.cwd());

/** The simple messages of `locales/<code>.yml`, by key. */
function messagesOf(code: string): Record<string, string> {
  const parsed = parseMessagesText(readFileSync(`locales/${code}.yml`, 'utf8'), 'YAML');
  return Object.fromEntries(parsed.flatMap((m) => (m.type === 'simple' ? [[m.key.join('.'), m.message]] : [])));
}

/** An independent reference for the search in `lang`: accents and case off, German ß/ss and ä/ae/a alike. */
function factsMatching(word: string, lang: string): string[] {
  const fold = (text = '') => {
    const plain = text.replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    return lang === 'de' ? plain.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u') : plain;
  };
  return dataset.facts.filter((fact) => [fact.title[lang], fact.text[lang]].some((t) => fold(t).includes(fold(word)))).map((fact) => fact.id);
}

const shownIds = (page: Page) =>
  page.locator('article.fact').evaluateAll((items) => items.map((item) => item.getAttribute('data-fact-id')));

/** Searches for each spelling in turn; all must show the same facts, which `factsMatching` predicts. */
async function expectSameResults(page: Page, lang: string, spellings: string[]) {
  const expected = factsMatching(spellings[0]!, lang);
  expect(expected.length, spellings[0]).toBeGreaterThan(0);
  for (const spelling of spellings) {
    await page.getByRole('searchbox').fill(spelling);
    await expect.poll(() => shownIds(page), spelling).toEqual(expected);
  }
}

for (const lang of ['de', 'es'] as const) {
  const messages = messagesOf(lang);
  const language = LANGUAGES.find((l) => l.code === lang)!;

  test.describe(`a ${language.name} browser`, () => {
    test.use({ uiLanguage: lang, locale: lang });

    test('the popup, the timeline and the options speak its language', async ({ context, extensionId, page, server, serviceWorker }) => {
      expect(await serviceWorker.evaluate(() => chrome.i18n.getUILanguage())).toBe(lang);

      await page.goto(server.url(`/card/${lang}.html`));
      await scanned(page);
      const tabId = await tabIdOf(page, serviceWorker);
      const popup = await openExtensionPage(context, extensionId, `popup.html?tab=${tabId}`);
      await expect(popup.locator('html')).toHaveAttribute('lang', lang);
      await expect(popup.getByRole('tab', { name: messages.popup_on_this_page })).toHaveAttribute('aria-selected', 'true');
      await expect(popup.getByRole('tab', { name: messages.popup_tab_timeline })).toBeVisible();
      const rekognition = dataset.topics.find((t) => t.id === 'rekognition')!;
      await expect(popup.locator('button.topic-row[data-topic="rekognition"] .row-label')).toHaveText(rekognition.label[lang]!);
      await expect(popup.getByRole('button', { name: messages.popup_timeline })).toBeVisible();

      const timeline = await openExtensionPage(context, extensionId, 'timeline.html');
      await expect(timeline.locator('html')).toHaveAttribute('lang', lang);
      await expect(timeline.getByRole('heading', { level: 1 })).toHaveText(messages.timeline_title!);
      const first = dataset.facts[0]!;
      await expect(timeline.locator('article.fact h3').first()).toHaveText(first.title[lang]!);
      await expect(timeline.locator('article.fact .fact-text').first()).toHaveText(first.text[lang]!);
      const [y, m = '01', d = '01'] = first.date.split('-');
      const written = new Intl.DateTimeFormat(language.locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
      if (first.precision === 'day') {
        await expect(timeline.locator('article.fact time').first()).toHaveText(written.format(new Date(Date.UTC(+y!, +m - 1, +d))));
      }

      const options = await openExtensionPage(context, extensionId, 'options.html');
      await expect(options.locator('html')).toHaveAttribute('lang', lang);
      await expect(options).toHaveTitle(messages.options_pageTitle!);
      const choices = options.getByRole('group', { name: messages.options_languageHeading });
      await expect(choices.getByRole('radio', { name: messages.options_languageAuto })).toBeChecked();
      for (const { name } of LANGUAGES) await expect(choices.getByRole('radio', { name, exact: true })).toBeVisible();
    });

    test('the timeline searches its texts, accent- and case-blind', async ({ context, extensionId }) => {
      const timeline = await openExtensionPage(context, extensionId, 'timeline.html');
      await expect(timeline.locator('article.fact')).toHaveCount(dataset.facts.length);
      if (lang === 'de') {
        await expectSameResults(timeline, lang, ['Überwachung', 'ueberwachung', 'UBERWACHUNG']);
        await expectSameResults(timeline, lang, ['Großstadt', 'grossstadt']);
      } else {
        await expectSameResults(timeline, lang, ['añadió', 'anadio', 'AÑADIO']);
        await expectSameResults(timeline, lang, ['prohibió', 'prohibio']);
      }
      // The English texts are not searched.
      await timeline.getByRole('searchbox').fill('wrongfully');
      await expect(timeline.locator('article.fact')).toHaveCount(0);
    });

    test('a page that declares no language gets a card in the browser’s language', async ({ page, server }) => {
      await page.goto(server.url('/card/no-lang.html'));
      await scanned(page);
      const point = await mentionPoint(page, 'rekognition');
      await page.mouse.move(point.x, point.y);
      await expect(card(page)).toHaveAttribute('lang', lang);
      await expect(card(page).getByRole('button', { name: messages.card_close })).toBeVisible();
    });
  });
}
