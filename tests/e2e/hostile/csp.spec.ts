/**
 * A strict CSP header (`default-src 'none'; style-src 'self'; script-src 'self'`):
 * highlights are painted, the card opens on hover, nothing is refused or requested.
 * (detection.spec.ts and card-style.spec.ts cover stricter policies for the
 * registry and the card's styles; this one checks the paint and the whole flow.)
 */
import { card, mentionPoint } from '../card-helpers';
import { expect, test } from './guard';
import { differingPixels, highlightedTexts, scanned } from './page-helpers';

test('under a strict CSP header highlights are painted and the card opens', async ({ page, server, guard }) => {
  guard.allow('/hostile/csp.html', '/hostile/csp.css', '/hostile/csp.js');
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  const response = await page.goto(server.url('/hostile/csp.html'));
  expect(response?.headers()['content-security-policy']).toBe("default-src 'none'; style-src 'self'; script-src 'self'");
  await scanned(page);
  expect(await page.evaluate(() => document.documentElement.dataset.pageScript)).toBe('ran');
  expect(await highlightedTexts(page)).toEqual({ aclu: ['ACLU'], rekognition: ['Amazon Rekognition'] });

  // ::highlight() styles are not in getComputedStyle: compare the word's pixels
  // with the highlight registered and with the registry emptied from the page.
  const clip = await page.evaluate(() => {
    const range = [...CSS.highlights.get('face-facts-rekognition')!][0] as Range;
    const { x, y, width, height } = range.getBoundingClientRect();
    return { x, y, width, height };
  });
  const painted = await page.screenshot({ clip });
  const saved = await page.evaluate(() => {
    const names = [...CSS.highlights.keys()];
    (window as unknown as { saved: Array<[string, Highlight]> }).saved = names.map((n) => [n, CSS.highlights.get(n)!]);
    CSS.highlights.clear();
    return names.length;
  });
  expect(saved).toBeGreaterThan(0);
  const unpainted = await page.screenshot({ clip });
  expect(await differingPixels(painted, unpainted)).toBeGreaterThan(0.3);
  await page.evaluate(() => {
    for (const [name, highlight] of (window as unknown as { saved: Array<[string, Highlight]> }).saved) {
      CSS.highlights.set(name, highlight);
    }
  });

  const point = await mentionPoint(page, 'rekognition');
  await page.mouse.move(point.x, point.y);
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toHaveAttribute('data-topic', 'rekognition');
  expect(await card(page).evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
  expect(refused).toEqual([]);
  await guard.assertClean();
});
