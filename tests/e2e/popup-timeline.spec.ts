import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { loadDataset } from '../../data/load';
import { dateTimeAttribute, formatFactDate } from '../../lib/format/date';
import { expect, openExtensionPage, tabIdOf, test } from './harness';
import { recordFlashes } from './strip-helpers';
import { highlightSizes, openArticle } from './settings-helpers';

// Every expectation is derived from the dataset in data/, whatever its size.
const dataset = loadDataset(process.cwd());
const total = dataset.facts.length;
const allIds = dataset.facts.map((fact) => fact.id);
const idsWithTopic = (...topics: string[]) =>
  dataset.facts.filter((fact) => fact.topics.some((t) => topics.includes(t))).map((fact) => fact.id);
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const idsSaying = (word: string) =>
  dataset.facts
    .filter((f) => [f.title.en ?? '', f.text.en ?? ''].some((t) => fold(t).includes(fold(word))))
    .map((f) => f.id);

const listedIds = (popup: Page) =>
  popup.locator('.timeline-list article.fact').evaluateAll((items) => items.map((item) => item.getAttribute('data-fact-id')));
const markIds = (popup: Page) =>
  popup.locator('.strip g.mark').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-fact-id')));

/** The popup about `tabId` (or about itself without one), switched to its Timeline view. */
async function popupTimeline(context: BrowserContext, extensionId: string, tabId?: number): Promise<Page> {
  const popup = await openExtensionPage(context, extensionId, tabId === undefined ? 'popup.html' : `popup.html?tab=${tabId}`);
  await popup.getByRole('tab', { name: 'Timeline' }).click();
  await expect(popup.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
  await expect(popup.locator('.strip g.mark').first()).toBeVisible();
  return popup;
}

/** Whether `item`'s top is in the visible part of the list it scrolls in. */
function insideList(item: Locator): Promise<boolean> {
  return item.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const view = element.closest('.timeline-list')!.getBoundingClientRect();
    return box.top >= view.top - 1 && box.top < view.bottom - 20 && box.height > 0;
  });
}

test('switched to Timeline, the popup lists every fact with its date and https sources, within 800 × 600', async ({
  context,
  extensionId,
}) => {
  const popup = await popupTimeline(context, extensionId);
  const items = popup.locator('.timeline-list article.fact');
  await expect(items).toHaveCount(total);
  const rendered = await items.evaluateAll((articles) =>
    articles.map((article) => ({
      id: article.getAttribute('data-fact-id'),
      datetime: article.querySelector('time')?.getAttribute('datetime'),
      links: [...article.querySelectorAll('a')].map((a) => ({ href: a.href, target: a.target, rel: a.rel })),
    })),
  );
  expect(rendered.map((f) => [f.id, f.datetime])).toEqual(dataset.facts.map((f) => [f.id, dateTimeAttribute(f.date, f.precision)]));
  for (const [index, fact] of dataset.facts.entries()) {
    expect(rendered[index]?.links.map((l) => l.href)).toEqual(fact.sources.map((s) => new URL(s.url).href));
  }
  for (const link of rendered.flatMap((f) => f.links)) {
    expect(link.href).toMatch(/^https:\/\//);
    expect(link.target).toBe('_blank');
    expect(link.rel.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
  }
  const years = [...new Set(dataset.facts.map((f) => f.date.slice(0, 4)))];
  await expect(popup.locator('.timeline-list h2')).toHaveText(years);
  await expect(popup.getByRole('status').filter({ hasText: 'facts' })).toHaveText(`${total} of ${total} facts`);

  // Chrome's popup is at most 800 × 600: the document fits, and only the list scrolls.
  await popup.setViewportSize({ width: 800, height: 600 });
  const size = await popup.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
  }));
  expect(size.width).toBeLessThanOrEqual(800);
  expect(size.height).toBeLessThanOrEqual(600);
  const list = popup.locator('.timeline-list');
  expect(await list.evaluate((el) => el.scrollHeight > el.clientHeight + 100)).toBe(true);
  await list.hover();
  await popup.mouse.wheel(0, 800);
  await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  expect(await popup.evaluate(() => window.scrollY)).toBe(0);
  await expect(popup.getByRole('heading', { level: 1 })).toBeInViewport();
});

test('the Timeline view loads its code and the dataset only when chosen, and is remembered for the session', async ({
  context,
  extensionId,
}) => {
  // A fact that no card shows is only in the full dataset.
  const cardFacts = new Set(dataset.topics.flatMap((topic) => topic.cardFacts));
  const marker = dataset.facts.find((fact) => !cardFacts.has(fact.id))!.title.en;
  const popup = await context.newPage();
  const bodies: Array<Promise<string>> = [];
  popup.on('response', (response) => {
    if (response.url().endsWith('.js')) bodies.push(response.text());
  });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('tab', { name: 'On this page' })).toHaveAttribute('aria-selected', 'true');
  await popup.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  expect((await Promise.all(bodies)).some((body) => body.includes(JSON.stringify(marker).slice(1, -1)))).toBe(false);

  await popup.getByRole('tab', { name: 'Timeline' }).click();
  await expect(popup.locator('.timeline-list article.fact')).toHaveCount(total);
  expect((await Promise.all(bodies)).some((body) => body.includes(JSON.stringify(marker).slice(1, -1)))).toBe(true);

  const again = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(again.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
  await expect(again.locator('.timeline-list article.fact')).toHaveCount(total);
  await again.getByRole('tab', { name: 'On this page' }).click();
  const third = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(third.getByRole('tab', { name: 'On this page' })).toHaveAttribute('aria-selected', 'true');
  await expect(third.locator('#panel-timeline')).toBeHidden();
});

test('the chips start on the topics found on the page, and chips and search filter the list and the strip together', async ({
  page,
  server,
  context,
  extensionId,
  serviceWorker,
}) => {
  await openArticle(page, server.url('/popup/ibm.html'));
  expect(Object.keys(await highlightSizes(page))).toEqual(['ibm']);
  const popup = await popupTimeline(context, extensionId, await tabIdOf(page, serviceWorker));
  const chip = (name: string) => popup.getByRole('button', { name, exact: true });
  await expect(chip('IBM')).toHaveAttribute('aria-pressed', 'true');
  await expect(chip('All topics')).toHaveAttribute('aria-pressed', 'false');
  const count = popup.getByRole('status').filter({ hasText: 'facts' });
  await expect(count).toHaveText(`${idsWithTopic('ibm').length} of ${total} facts`);
  expect(await listedIds(popup)).toEqual(idsWithTopic('ibm'));
  expect(await markIds(popup)).toEqual(idsWithTopic('ibm'));

  await chip('All topics').click();
  await expect(chip('All topics')).toHaveAttribute('aria-pressed', 'true');
  await expect(count).toHaveText(`${total} of ${total} facts`);
  expect(await markIds(popup)).toEqual(allIds);

  await chip('ACLU').click();
  // Search reads the texts of the UI language (English here).
  await popup.getByLabel('Search facts').fill('moratorium');
  const expected = idsSaying('moratorium').filter((id) => idsWithTopic('aclu').includes(id));
  expect(expected.length).toBeGreaterThan(0);
  await expect(count).toHaveText(`${expected.length} of ${total} facts`);
  expect(await listedIds(popup)).toEqual(expected);
  expect(await markIds(popup)).toEqual(expected);

  await popup.getByLabel('Search facts').fill('zzz-nothing');
  await expect(popup.getByText('No fact matches these filters.')).toBeVisible();
  await expect(popup.locator('.strip g.mark')).toHaveCount(0);
  await popup.getByRole('button', { name: 'Show all facts' }).click();
  await expect(popup.locator('.strip g.mark')).toHaveCount(total);
});

test('the strip has one named mark per listed fact, and activating a mark scrolls the list to its fact', async ({
  context,
  extensionId,
}) => {
  const popup = await popupTimeline(context, extensionId);
  const marks = popup.locator('.strip g.mark');
  await expect(marks).toHaveCount(total);
  const names = await marks.evaluateAll((all) => all.map((mark) => [mark.getAttribute('data-fact-id'), mark.getAttribute('aria-label')]));
  expect(names.map(([id]) => id)).toEqual(allIds);
  for (const [id, name] of names) {
    const fact = dataset.facts.find((f) => f.id === id)!;
    expect(name).toContain(`${formatFactDate(fact.date, fact.precision, 'en')}: ${fact.title.en}`);
    await expect(popup.getByRole('button', { name: name!, exact: true })).toHaveCount(1);
  }
  // Marks never overlap: their boxes are apart.
  const boxes = await marks.evaluateAll((all) => all.map((mark) => mark.querySelector('.mark-shape')!.getBoundingClientRect().toJSON() as DOMRect));
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      expect(overlap).toBe(false);
    }
  }

  // Hovering shows the date and title.
  const last = dataset.facts.at(-1)!;
  const lastMark = popup.locator(`.strip g.mark[data-fact-id="${last.id}"]`);
  await lastMark.hover();
  const tip = popup.locator('.strip-tip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(formatFactDate(last.date, last.precision, 'en'));
  await expect(tip).toContainText(last.title.en ?? '');

  const list = popup.locator('.timeline-list');
  const item = list.locator(`article[data-fact-id="${last.id}"]`);
  expect(await insideList(item)).toBe(false);
  const flashed = await recordFlashes(popup);
  await lastMark.click();
  await expect.poll(flashed).toContain(last.id);
  await expect(item).toBeFocused();
  await expect.poll(() => insideList(item)).toBe(true);
  await expect(item).not.toHaveClass(/\bflash\b/, { timeout: 4000 });
});

test('the popup’s timeline works from the keyboard alone', async ({ context, extensionId }) => {
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('tab', { name: 'On this page' })).toBeFocused();
  await popup.keyboard.press('ArrowRight');
  const timelineTab = popup.getByRole('tab', { name: 'Timeline' });
  await expect(timelineTab).toBeFocused();
  await expect(timelineTab).toHaveAttribute('aria-selected', 'true');
  await expect(popup.locator('#panel-timeline')).toBeVisible();
  await expect(popup.locator('#panel-page')).toBeHidden();

  // Tab order: the search box, the chips, then the strip as one stop.
  await popup.keyboard.press('Tab');
  await expect(popup.getByLabel('Search facts')).toBeFocused();
  await popup.keyboard.type('Rekognition');
  const shown = idsSaying('Rekognition');
  await expect(popup.getByRole('status').filter({ hasText: 'facts' })).toHaveText(`${shown.length} of ${total} facts`);
  const chips = await popup.locator('button.chip').count();
  for (let i = 0; i < chips; i++) await popup.keyboard.press('Tab');
  await expect(popup.locator('button.chip').last()).toBeFocused();
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'Show all facts' })).toBeFocused();
  await popup.keyboard.press('Tab');
  const first = popup.locator(`.strip g.mark[data-fact-id="${shown[0]}"]`);
  await expect(first).toBeFocused();
  expect(await first.locator('.mark-ring').evaluate((ring) => getComputedStyle(ring).visibility)).toBe('visible');
  await expect(popup.locator('.strip-tip')).toContainText(dataset.facts.find((f) => f.id === shown[0])!.title.en ?? '');

  await popup.keyboard.press('ArrowRight');
  await expect(popup.locator(`.strip g.mark[data-fact-id="${shown[1]}"]`)).toBeFocused();
  await popup.keyboard.press('Escape');
  await expect(popup.locator('.strip-tip')).toBeHidden();
  await popup.keyboard.press('End');
  const lastId = shown.at(-1)!;
  await expect(popup.locator(`.strip g.mark[data-fact-id="${lastId}"]`)).toBeFocused();
  await expect(popup.locator('.strip g.mark[tabindex="0"]')).toHaveCount(1);

  await popup.keyboard.press('Enter');
  const item = popup.locator(`.timeline-list article[data-fact-id="${lastId}"]`);
  await expect(item).toBeFocused();
  await expect.poll(() => insideList(item)).toBe(true);
  // The strip's one tab stop stays on the mark last used.
  await expect(popup.locator('.strip g.mark[tabindex="0"]')).toHaveAttribute('data-fact-id', lastId);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${colorScheme}`, () => {
    test.use({ colorScheme });
    test('axe finds nothing on the popup’s Timeline view', async ({ page, server, context, extensionId, serviceWorker }) => {
      await openArticle(page, server.url('/demo/'));
      const popup = await popupTimeline(context, extensionId, await tabIdOf(page, serviceWorker));
      await popup.locator('.strip g.mark').first().focus();
      await expect(popup.locator('.strip-tip')).toBeVisible();
      const results = await new AxeBuilder({ page: popup }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });
}
