import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { loadDataset } from '../../data/load';
import type { Fact } from '../../data/schema';
import { expect, openExtensionPage, test } from './harness';

const dataset = loadDataset(process.cwd());

/** An independent reference for the search: every fact whose title/text in `lang` holds `word`, ignoring case and accents. */
function factsMatching(word: string, lang = 'en'): string[] {
  const fold = (text = '') => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const needle = fold(word);
  return dataset.facts
    .filter((fact) => [fact.title[lang], fact.text[lang]].some((t) => fold(t).includes(needle)))
    .map((fact) => fact.id);
}

const idsWithTopic = (...topics: string[]) =>
  dataset.facts.filter((fact) => fact.topics.some((t) => topics.includes(t))).map((fact) => fact.id);

const shownIds = (page: Page) =>
  page.locator('article.fact').evaluateAll((items) => items.map((item) => item.getAttribute('data-fact-id')));

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the timeline shows every fact in date order, each with its date and sources', async ({
  context,
  extensionId,
}) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await openExtensionPage(context, extensionId, 'timeline.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Face Facts timeline');
  const facts = page.locator('article.fact');
  await expect(facts).toHaveCount(dataset.facts.length);

  const rendered = await facts.evaluateAll((items) =>
    items.map((item) => ({
      id: item.getAttribute('data-fact-id'),
      datetime: item.querySelector('time')?.getAttribute('datetime'),
      time: item.querySelector('time')?.textContent,
      links: [...item.querySelectorAll('a')].map((a) => ({ href: a.href, target: a.target, rel: a.rel })),
    })),
  );
  expect(rendered.map((f) => [f.id, f.datetime])).toEqual(dataset.facts.map((f: Fact) => [f.id, f.date]));
  for (const [index, fact] of dataset.facts.entries()) {
    expect(rendered[index]?.links.map((l) => l.href)).toEqual(fact.sources.map((s) => new URL(s.url).href));
  }
  for (const link of rendered.flatMap((f) => f.links)) {
    expect(link.href).toMatch(/^https:\/\//);
    expect(link.target).toBe('_blank');
    expect(link.rel.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
  }

  // Dates at their precision, as readers write them.
  const first = dataset.facts.find((f) => f.date === '2016-11-30');
  if (first) expect(rendered.find((f) => f.id === first.id)?.time).toBe('30 Nov 2016');

  const years = [...new Set(dataset.facts.map((f) => f.date.slice(0, 4)))];
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(years);
  await expect(page.getByRole('status')).toHaveText(`${dataset.facts.length} of ${dataset.facts.length} facts`);
  // Nothing leaves the browser: every request stays inside the extension.
  expect(requests.filter((url) => !url.startsWith(`chrome-extension://${extensionId}/`))).toEqual([]);
});

test('topic chips narrow the list and write the hash', async ({ context, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'timeline.html');
  const ibm = page.getByRole('button', { name: 'IBM', exact: true });
  const aclu = page.getByRole('button', { name: 'ACLU', exact: true });
  await expect(ibm).toHaveAttribute('aria-pressed', 'false');

  await ibm.click();
  await expect(ibm).toHaveAttribute('aria-pressed', 'true');
  expect(await shownIds(page)).toEqual(idsWithTopic('ibm'));
  expect(new URL(page.url()).hash).toBe('#topic=ibm');
  const total = dataset.facts.length;
  await expect(page.getByRole('status')).toHaveText(`${idsWithTopic('ibm').length} of ${total} facts`);

  await aclu.click();
  expect(await shownIds(page)).toEqual(idsWithTopic('ibm', 'aclu'));

  await ibm.click();
  await aclu.click();
  await expect(page.locator('article.fact')).toHaveCount(total);
  expect(new URL(page.url()).hash).toBe('');
});

test('searching keeps exactly the facts whose texts in the UI language say the words', async ({ context, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'timeline.html');
  const search = page.getByLabel('Search facts');
  for (const word of ['recognition', 'bans', 'REKOGNITION', 'moratorium']) {
    const expected = factsMatching(word);
    expect(expected.length, word).toBeGreaterThan(0);
    expect(expected.length, word).toBeLessThan(dataset.facts.length);
    await search.fill(word);
    await expect(page.getByRole('status')).toHaveText(`${expected.length} of ${dataset.facts.length} facts`);
    expect(await shownIds(page), word).toEqual(expected);
  }
  // The English timeline does not search the French texts it does not show.
  expect(factsMatching('reconnaissance', 'fr').length).toBeGreaterThan(0);
  await search.fill('reconnaissance');
  await expect(page.getByText('No fact matches these filters.')).toBeVisible();
  await search.fill('zzz-nothing');
  await expect(page.getByText('No fact matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Show all facts' }).click();
  await expect(search).toHaveValue('');
  await expect(page.locator('article.fact')).toHaveCount(dataset.facts.length);
});

test('search ignores case and combines with a topic', async ({ context, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'timeline.html');
  await page.getByLabel('Search facts').fill('GENERAL-PURPOSE');
  expect(await shownIds(page)).toEqual(factsMatching('general-purpose'));
  await page.getByLabel('Search facts').fill('moratorium');
  await page.getByRole('button', { name: 'Amazon Rekognition', exact: true }).click();
  const both = factsMatching('moratorium').filter((id) => idsWithTopic('rekognition').includes(id));
  expect(both.length).toBeGreaterThan(0);
  expect(both.length).toBeLessThan(factsMatching('moratorium').length);
  expect(await shownIds(page)).toEqual(both);
  expect(new URL(page.url()).hash).toBe('#topic=rekognition&q=moratorium');
});

test('timeline.html#topic=bans opens already filtered, and #q= opens searched', async ({ context, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'timeline.html#topic=bans');
  await expect(page.locator('button[data-topic="bans"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('article.fact')).toHaveCount(idsWithTopic('bans').length);
  expect(await shownIds(page)).toEqual(idsWithTopic('bans'));

  await page.goto(`chrome-extension://${extensionId}/timeline.html#q=moratorium`);
  await expect(page.getByLabel('Search facts')).toHaveValue('moratorium');
  expect(await shownIds(page)).toEqual(factsMatching('moratorium'));

  // A hash changed by a link on the open page is followed too.
  await page.evaluate(() => (location.hash = '#topic=aclu'));
  await expect(page.locator('article.fact')).toHaveCount(idsWithTopic('aclu').length);
});

test('the timeline works from the keyboard alone', async ({ context, extensionId }) => {
  const page = await openExtensionPage(context, extensionId, 'timeline.html');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Search facts')).toBeFocused();
  await page.keyboard.type('Rekognition');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'All topics' })).toBeFocused();
  await page.keyboard.press('Tab');
  const firstChip = page.locator('button.chip[data-topic]').first();
  await expect(firstChip).toBeFocused();
  const outline = await firstChip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Space');
  await expect(firstChip).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await expect(firstChip).toHaveAttribute('aria-pressed', 'false');
});

test.describe('accessibility, light', () => {
  test.use({ colorScheme: 'light' });
  test('axe finds nothing on the timeline', async ({ context, extensionId }) => {
    const page = await openExtensionPage(context, extensionId, 'timeline.html#topic=ibm');
    await expect(page.locator('article.fact').first()).toBeVisible();
    await expectAxeClean(page);
  });
});

test.describe('accessibility, dark', () => {
  test.use({ colorScheme: 'dark' });
  test('axe finds nothing on the timeline', async ({ context, extensionId }) => {
    const page = await openExtensionPage(context, extensionId, 'timeline.html');
    await expect(page.locator('article.fact').first()).toBeVisible();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(22, 24, 28)');
    await expectAxeClean(page);
  });
});
