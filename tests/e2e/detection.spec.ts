/**
 * The detection engine on static pages: languages, inline markup, block
 * boundaries, soft hyphens, skipped regions, shadow DOM, frames, CSP, badge.
 */
import type { Page } from '@playwright/test';
import { badgeText, expect, highlightTexts, scanned, test } from './harness';

const SHY = '\u00ad';
const NBSP = '\u00a0';

async function allHighlights(page: Page): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const topic of ['aclu', 'bans', 'ibm', 'rekognition']) {
    const texts = await highlightTexts(page, `face-facts-${topic}`);
    if (texts.length > 0) result[topic] = texts.map((t) => t.replace(/\s+/g, ' '));
  }
  return result;
}

test('highlights mentions in English, French, German and Spanish prose', async ({ page, server }) => {
  await page.goto(server.url('/detection/languages.html'));
  await scanned(page);
  expect(await allHighlights(page)).toEqual({
    aclu: ['ACLU', 'ACLU', 'ACLU', 'Unión Americana de Libertades Civiles'],
    bans: ['interdit la reconnaissance faciale', 'prohíbe el reconocimiento facial'],
    ibm: ['IBM', 'IBM'],
    rekognition: ['Amazon Rekognition', 'Rekognition', 'Rekognition'],
  });
});

test('joins inline markup, never glues blocks, and reads soft hyphens and no-break spaces', async ({ page, server }) => {
  await page.goto(server.url('/detection/markup.html'));
  await scanned(page);
  const highlights = await page.evaluate(() =>
    Object.fromEntries(
      ['face-facts-ibm', 'face-facts-aclu', 'face-facts-rekognition'].map((name) => [
        name,
        [...(CSS.highlights.get(name) ?? [])].map((range) => {
          const r = range as Range;
          const block = r.startContainer.parentElement?.closest('p')?.id;
          return `${block}:${r.toString()}`;
        }),
      ]),
    ),
  );
  expect(highlights['face-facts-rekognition']).toEqual([
    'inline:Amazon Rekognition',
    `shy:Rek${SHY}og${SHY}nition`,
    `shy:Amazon${NBSP}Rekognition`,
  ]);
  expect(highlights['face-facts-ibm']).toEqual(['inline:IBM', 'boundary-a:IBM', 'br:IBM']);
  expect(highlights['face-facts-aclu']).toEqual(['boundary-b:ACLU', 'br:ACLU']);
});

test('ends a run at an inline element laid out as a box: block, flex item, table cell', async ({ page, server }) => {
  await page.goto(server.url('/detection/boxes.html'));
  await scanned(page);
  // "Amazon Rekog" | "nition", "I" | "BM" and "AC" | "LU" are separate boxes: no mention there.
  expect(await allHighlights(page)).toEqual({
    aclu: ['ACLU'],
    ibm: ['IBM'],
    rekognition: ['Amazon Rekognition'],
  });
  const where = await page.evaluate(() =>
    [...(CSS.highlights.get('face-facts-rekognition') ?? [])].map((r) => (r as Range).startContainer.parentElement?.closest('p')?.id),
  );
  expect(where).toEqual(['inline-block']);
});

test('skips scripts, form fields, editable regions, code, hidden and template content', async ({ page, server }) => {
  await page.goto(server.url('/detection/skipped.html'));
  await scanned(page);
  expect(await allHighlights(page)).toEqual({ ibm: ['IBM'] });
  const where = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('face-facts-ibm') ?? [])][0] as Range | undefined;
    return range?.startContainer.parentElement?.id;
  });
  expect(where).toBe('visible');
});

test('adds no element to the page and paints from the manifest stylesheet only', async ({ page, server }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(server.url('/detection/live.html'));
  await scanned(page);
  await expect.poll(() => highlightTexts(page, 'face-facts-aclu')).toEqual(['ACLU']);
  const state = await page.evaluate(() => ({
    mutations: (window as unknown as { recordedMutations: string[] }).recordedMutations,
    styles: document.querySelectorAll('style, link[rel=stylesheet]').length,
    elements: document.querySelectorAll('*').length,
    styled: CSS.highlights.has('face-facts-bg-3'),
  }));
  expect(state.mutations).toEqual([]);
  expect(state.styles).toBe(0);
  // html, head, meta, title, script, body, main, 3 × p
  expect(state.elements).toBe(10);
  expect(state.styled).toBe(true);
  // Nothing leaves the page's server but the extension's own card controller, loaded
  // from the package once a mention is painted, under its per-session dynamic URL
  // (which Chromium reports again under the extension's id).
  const others = () => requests.filter((url) => !url.startsWith(server.origin));
  await expect.poll(() => others().length).toBeGreaterThan(0);
  for (const url of others()) expect(url).toMatch(/^chrome-extension:\/\/[a-z0-9-]+\/card-controller\.js$/);
  expect(requests.filter((url) => url.startsWith(server.origin))).toHaveLength(1);
});

test('highlights still appear under a strict Content-Security-Policy', async ({ page, server }) => {
  await page.goto(server.url('/detection/csp.html'));
  await scanned(page);
  expect(await highlightTexts(page, 'face-facts-aclu')).toEqual(['ACLU']);
});

test('scans open shadow roots and gives them the highlight stylesheet', async ({ page, server }) => {
  await page.goto(server.url('/detection/shadow.html'));
  await scanned(page);
  expect(await allHighlights(page)).toEqual({ aclu: ['ACLU'], ibm: ['IBM'], rekognition: ['Rekognition'] });
  const sheets = await page.evaluate(() => {
    const root = document.getElementById('box')?.shadowRoot;
    const sheet = root?.adoptedStyleSheets[0];
    return { count: root?.adoptedStyleSheets.length, rules: sheet ? sheet.cssRules.length : 0 };
  });
  expect(sheets.count).toBe(1);
  expect(sheets.rules).toBeGreaterThan(6);
});

test('highlights a same-origin srcdoc frame in its own document, and the badge sums all frames', async ({
  page,
  server,
  serviceWorker,
}) => {
  await page.goto(server.url('/detection/frame.html'));
  await scanned(page);
  const frame = page.frameLocator('#inner');
  await expect(frame.locator('p')).toContainText('IBM');
  const inner = page.frames().find((f) => f.url() === 'about:srcdoc');
  expect(inner).toBeDefined();
  await expect
    .poll(() =>
      inner!.evaluate(() => [...(CSS.highlights.get('face-facts-ibm') ?? [])].map((r) => r.toString())),
    )
    .toEqual(['IBM', 'IBM']);
  expect(await highlightTexts(page, 'face-facts-ibm')).toEqual([]);
  expect(await highlightTexts(page, 'face-facts-aclu')).toEqual(['ACLU']);
  await expect.poll(() => badgeText(page, serviceWorker)).toBe('3');
});

test('the badge shows the total count and clears on navigation', async ({ page, server, serviceWorker }) => {
  await page.goto(server.url('/detection/languages.html'));
  await expect.poll(() => badgeText(page, serviceWorker)).toBe('11');
  await page.goto(server.url('/detection/csp.html'));
  await expect.poll(() => badgeText(page, serviceWorker)).toBe('1');
  await page.goto(server.url('/detection/skipped.html'));
  await expect.poll(() => badgeText(page, serviceWorker)).toBe('1');
  await page.goto(server.url('/detection/markup.html').replace('markup', 'nothing-here'));
  await expect.poll(() => badgeText(page, serviceWorker)).toBe('');
});
