/**
 * Candidates are located in the page's own world, which talks to the content
 * script through events (docs/detection.md, "Locate (which text nodes)"). A page that
 * listens for them sees no request, nor any answer on its nodes, and can't stop
 * them (only a listener on the window itself could see the answers); a page whose own world stops
 * answering (a document reopened with document.open()) is walked by the
 * content script on its own.
 */
import { expect, test } from './guard';
import { highlightedTexts, scanned } from './page-helpers';

const EXPECTED = { aclu: ['ACLU'], ibm: ['IBM'], rekognition: ['Amazon Rekognition'] };

test('a page listening for the search’s events sees none on its nodes, and stopping them stops nothing', async ({ page, server, guard }) => {
  guard.allow('/hostile/listening.html', '/hostile/listening.js');
  await page.goto(server.url('/hostile/listening.html'));
  await scanned(page);
  expect(await highlightedTexts(page)).toEqual(EXPECTED);
  expect(await page.evaluate(() => (window as unknown as { searchEventsSeen: string[] }).searchEventsSeen)).toEqual([]);
  await guard.assertClean();
});

test('a reopened document, whose own world no longer answers, is searched all the same', async ({ page, server, guard }) => {
  guard.allow('/hostile/reopened.html', '/hostile/reopened.js');
  await page.goto(server.url('/hostile/reopened.html'));
  await scanned(page);
  // The same request is answered before the reopening, not after.
  expect(await page.evaluate(() => (window as unknown as { searchAnswers?: unknown }).searchAnswers)).toEqual({ before: true, after: false });
  expect(await highlightedTexts(page)).toEqual(EXPECTED);
  await guard.assertClean();
});
