/**
 * The extension's first scan against the exhaustive block walk
 * (tests/oracle/exhaustive.ts): on every fixture page and the demo articles,
 * in every frame, both find the same mentions at the same places, as
 * multisets, except the documented differences (tests/oracle/known-differences.ts).
 *
 * No page is left out: the two storm pages only change when a test calls
 * `storm()`, so on load they are static like the others; the second test
 * storms them and then compares again, which checks that the rescans of
 * changed blocks end where a fresh walk of the final text does.
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import {
  describeVerdict,
  entriesForMissingPages,
  judge,
  type KnownDifference,
} from '../oracle/compare';
import { compareWithOracle, type CompareOptions } from '../oracle/frames';
import { KNOWN_DIFFERENCES } from '../oracle/known-differences';
import { expect, scanned, test } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : []))
    .sort();
}

/** Page key (as in known-differences.ts) → URL path on the fixture server. */
const PAGES = new Map<string, string>([
  ...htmlFiles(join(ROOT, 'tests/fixtures')).map((file): [string, string] => {
    const path = relative(join(ROOT, 'tests/fixtures'), file);
    return [`fixtures/${path}`, `/${path}`];
  }),
  ...htmlFiles(join(ROOT, 'demo')).map((file): [string, string] => {
    const path = relative(join(ROOT, 'demo'), file);
    return [`demo/${path}`, `/demo/${path}`];
  }),
]);

/** Compares one loaded page; returns its problems, one line each, and how many mentions the oracle found. */
async function check(
  page: Page,
  key: string,
  known: readonly KnownDifference[],
  options: CompareOptions = {},
): Promise<{ problems: string[]; found: number; frames: string[] }> {
  const comparison = await compareWithOracle(page, options);
  const problems = describeVerdict(key, judge(key, comparison.differences, known));
  for (const frame of comparison.unscanned) problems.push(`${key}: frame ${frame} never measured its first scan`);
  return { problems, found: comparison.oracleCount, frames: comparison.frames };
}

test('on every fixture page, the first scan finds exactly what the exhaustive block walk finds', async ({ page, server, pageErrors }) => {
  test.setTimeout(240_000);
  const problems: string[] = [];
  const empty: string[] = [];
  const framed: string[] = [];
  for (const [key, path] of PAGES) {
    await test.step(key, async () => {
      await page.goto(server.url(path));
      const result = await check(page, key, KNOWN_DIFFERENCES);
      problems.push(...result.problems);
      if (result.found === 0) empty.push(key);
      if (result.frames.length > 1) framed.push(`${key}: ${result.frames.join(', ')}`);
    });
  }
  for (const entry of [...entriesForMissingPages('fixtures/', [...PAGES.keys()], KNOWN_DIFFERENCES),
    ...entriesForMissingPages('demo/', [...PAGES.keys()], KNOWN_DIFFERENCES)]) {
    problems.push(`${entry.page}: known difference for a page that does not exist (${entry.reason})`);
  }
  expect(problems).toEqual([]);
  // Not vacuous: the oracle finds mentions on every page but the storm page that starts empty
  // and the card's page that holds none by design.
  expect(PAGES.size).toBeGreaterThan(20);
  expect(empty).toEqual(['fixtures/card/no-mention.html', 'fixtures/detection/storm.html']);
  // Frames are compared too.
  expect(framed).toEqual(['fixtures/detection/frame.html: main, main>0 about:srcdoc']);
  // The sabotage page breaks its own globals, and the oracle, which runs in the page's world,
  // trips on them there: those errors are the page's own. Any other still fails the test.
  const own = pageErrors.filter((error) => !error.message.startsWith('sabotaged:'));
  pageErrors.splice(0, pageErrors.length, ...own);
});

test('after a text storm, the live highlights are what an exhaustive walk of the final text finds', async ({ page, server }) => {
  test.setTimeout(120_000);
  for (const key of ['fixtures/detection/storm.html', 'fixtures/hostile/storm.html']) {
    await page.goto(server.url(PAGES.get(key)!));
    await scanned(page);
    const ticks = await page.evaluate(() => (window as unknown as { storm(ms: number): Promise<number> }).storm(1_500));
    // The storm changed the text (few ticks on a loaded machine: each tick rewrites every line).
    expect(ticks).toBeGreaterThan(2);
    // While the page changed, only the mentions near the viewport were painted; all are once it is calm.
    const result = await check(page, `${key} (after the storm)`, KNOWN_DIFFERENCES, { untilMatch: true });
    expect(result.problems).toEqual([]);
    expect(result.found).toBeGreaterThan(3);
  }
});
