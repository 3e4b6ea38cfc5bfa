import { loadDataset } from '../../data/load';
import { expect, openExtensionPage, test } from './harness';
import { recordFlashes } from './strip-helpers';

const dataset = loadDataset(process.cwd());
const idsWithTopic = (topic: string) => dataset.facts.filter((fact) => fact.topics.includes(topic)).map((fact) => fact.id);

test('the timeline page draws one mark per shown fact, and a mark brings its fact into view below the filters', async ({
  context,
  extensionId,
}) => {
  const page = await openExtensionPage(context, extensionId, 'timeline.html#topic=bans');
  const marks = page.locator('.strip g.mark');
  await expect(marks).toHaveCount(idsWithTopic('bans').length);
  expect(await marks.evaluateAll((all) => all.map((mark) => mark.getAttribute('data-fact-id')))).toEqual(idsWithTopic('bans'));
  // Filtered to one topic, every mark takes that topic's shape.
  expect(new Set(await marks.evaluateAll((all) => all.map((mark) => mark.getAttribute('data-shape')))).size).toBe(1);

  await page.getByRole('button', { name: 'All topics' }).click();
  await expect(marks).toHaveCount(dataset.facts.length);
  expect(new URL(page.url()).hash).toBe('');

  const last = dataset.facts.at(-1)!;
  const mark = page.locator(`.strip g.mark[data-fact-id="${last.id}"]`);
  const flashed = await recordFlashes(page);
  await mark.focus();
  await page.keyboard.press('Enter');
  const item = page.locator(`article[data-fact-id="${last.id}"]`);
  await expect(item).toBeFocused();
  await expect.poll(flashed).toContain(last.id);
  const filtersBottom = await page.locator('.filters').evaluate((el) => el.getBoundingClientRect().bottom);
  await expect
    .poll(() => item.evaluate((el) => Math.round(el.getBoundingClientRect().top)))
    .toBeGreaterThanOrEqual(Math.floor(filtersBottom));
  await expect(item).toBeInViewport();
});
