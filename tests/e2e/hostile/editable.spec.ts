/**
 * Editable text: typing mentions into a contenteditable region, a rich editor,
 * a textarea or an input creates no highlight and opens no card, while the
 * prose outside keeps its highlight.
 * (detection.spec.ts checks editable regions present at load.)
 */
import { card, mentionPoint } from '../card-helpers';
import { expect, test } from './guard';
import { highlightedTexts, scanned } from './page-helpers';

test('typing mentions into editors creates no highlight and no card', async ({ page, server, guard }) => {
  // Typing into five editors takes a while on a loaded 2-core machine.
  test.setTimeout(60_000);
  guard.allow('/hostile/editable.html');
  await page.goto(server.url('/hostile/editable.html'));
  await scanned(page);
  expect(await highlightedTexts(page)).toEqual({ ibm: ['IBM'] });

  for (const target of ['#editor', '#rich', '#aria', '#area', '#field']) {
    await page.click(target);
    await page.keyboard.press('End');
    await page.keyboard.type(' IBM ACLU Amazon Rekognition', { delay: 10 });
    await page.keyboard.press('Enter');
    await page.keyboard.type('the ACLU and IBM again', { delay: 10 });
  }
  await expect(page.locator('#editor')).toContainText('IBM ACLU Amazon Rekognition');
  await expect(page.locator('#area')).toHaveValue(/IBM ACLU Amazon Rekognition/);
  // Give the observer time to rescan what changed.
  await page.waitForTimeout(600);
  expect(await highlightedTexts(page)).toEqual({ ibm: ['IBM'] });

  // Hovering typed text opens nothing; the mention outside still opens its card.
  const typed = await page.locator('#editor').boundingBox();
  await page.mouse.move(typed!.x + 80, typed!.y + typed!.height / 2);
  await page.waitForTimeout(1_000);
  await expect(card(page)).toHaveCount(0);
  const point = await mentionPoint(page, 'ibm');
  await page.mouse.move(point.x, point.y);
  await expect(card(page)).toBeVisible();
  await guard.assertClean();
});
