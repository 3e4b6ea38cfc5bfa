/** "Since this page was published": the card section for dated pages, and the timeline from that day on. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { loadDataset } from '../../data/load';
import { card, mentionPoint, scanned } from './card-helpers';
import { expect, test } from './harness';

const dataset = loadDataset(process.cwd());

/** The last day a dataset date can mean, written out independently of the extension's code. */
function lastDayOf(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [y, m] = date.split('-').map(Number);
  return `${date}-${new Date(Date.UTC(y!, m!, 0)).getUTCDate()}`;
}

async function openRekognitionCard(page: Page, url: string) {
  await page.goto(url);
  await scanned(page);
  const point = await mentionPoint(page, 'rekognition');
  await page.mouse.move(point.x, point.y);
  await expect(card(page)).toBeVisible();
}

const factIds = (page: Page, selector: string) =>
  card(page)
    .locator(selector)
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-fact-id')));

test('a French article of June 2020 shows "Depuis…" with the May 2021 extension on its Rekognition card', async ({
  page,
  server,
}) => {
  await openRekognitionCard(page, server.url('/card/dated-fr.html'));
  const since = card(page).locator('section.since');
  await expect(since.getByRole('heading', { level: 3 })).toHaveText('Depuis la publication de cette page (11 juin 2020)');
  await expect(card(page).getByRole('region', { name: /^Depuis la publication/ })).toBeVisible();
  const later = await factIds(page, 'section.since li.fact');
  expect(later).toContain('amazon-moratorium-extended');
  expect(later.length).toBeGreaterThan(0);
  expect(later.length).toBeLessThanOrEqual(3);
  const laterDates = await since.locator('li.fact time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
  // Every one after the page's day, newest first.
  for (const date of laterDates) expect(date > '2020-06-11').toBe(true);
  expect(laterDates).toEqual([...laterDates].sort().reverse());
  await expect(since.locator('li.fact[data-fact-id="amazon-moratorium-extended"] .fact-title')).toHaveText(
    'Amazon prolonge son moratoire « jusqu’à nouvel ordre »',
  );
  // Facts on or before that day stay in "Dates clés".
  const key = await factIds(page, '.scroll > ol.facts li.fact');
  expect(key.length).toBeGreaterThan(0);
  expect(key.filter((id) => later.includes(id))).toEqual([]);
  const keyDates = await card(page)
    .locator('.scroll > ol.facts time')
    .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
  for (const date of keyDates) expect(date.slice(0, 10) <= '2020-06-11').toBe(true);
  await expect(card(page).locator('.scroll > .facts-title')).toHaveText('Dates clés');
});

test('the section links to the timeline from the page’s day, which shows the facts from that day on', async ({
  page,
  server,
  context,
  extensionId,
}) => {
  await openRekognitionCard(page, server.url('/card/dated.html'));
  const since = card(page).locator('section.since');
  await expect(since.getByRole('heading', { level: 3 })).toHaveText('Since this page was published (11 June 2020)');
  const opened = context.waitForEvent('page');
  await since.getByRole('button', { name: 'Timeline since that date' }).click();
  const timeline = await opened;
  await expect.poll(() => timeline.url()).toBe(`chrome-extension://${extensionId}/timeline.html#topic=rekognition&from=2020-06-11`);
  await expect(card(page)).toHaveCount(0);
  const expected = dataset.facts
    .filter((fact) => fact.topics.includes('rekognition') && lastDayOf(fact.date) >= '2020-06-11')
    .map((fact) => fact.id);
  expect(expected).toContain('amazon-moratorium-extended');
  await expect(timeline.locator('article.fact')).toHaveCount(expected.length);
  expect(await timeline.locator('article.fact').evaluateAll((items) => items.map((i) => i.getAttribute('data-fact-id')))).toEqual(expected);
  await expect(timeline.locator('.count')).toContainText('from 11 June 2020 on');
});

test('an undated page shows no such section, and the card is as it was', async ({ page, server }) => {
  await openRekognitionCard(page, server.url('/card/undated.html'));
  await expect(card(page).locator('li.fact')).toHaveCount(3);
  await expect(card(page).locator('section.since')).toHaveCount(0);
  await expect(card(page)).not.toContainText('Since');
  const rekognition = dataset.topics.find((t) => t.id === 'rekognition')!;
  expect(await factIds(page, 'li.fact')).toEqual(rekognition.cardFacts.slice(0, 3));
});

test('a page dated after every fact shows no such section either', async ({ page, server }) => {
  const pageDay = '2026-11-20';
  // The fixture's date must stay after the dataset's last fact for this test to mean anything.
  expect(dataset.facts.every((fact) => lastDayOf(fact.date) < pageDay)).toBe(true);
  await openRekognitionCard(page, server.url('/card/dated-late.html'));
  await expect(card(page).locator('li.fact')).toHaveCount(3);
  await expect(card(page).locator('section.since')).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    test(`axe finds nothing on a card with the section (${scheme})`, async ({ page, server }) => {
      await openRekognitionCard(page, server.url('/card/dated-fr.html'));
      await expect(card(page).locator('section.since li.fact').first()).toBeVisible();
      const background = await card(page)
        .locator('section.since')
        .evaluate((element) => getComputedStyle(element).backgroundColor);
      expect(background).toBe(scheme === 'dark' ? 'rgb(37, 44, 56)' : 'rgb(238, 243, 252)');
      const results = await new AxeBuilder({ page }).include('face-facts-ui').analyze();
      expect(results.violations).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(0);
    });
  });
}
