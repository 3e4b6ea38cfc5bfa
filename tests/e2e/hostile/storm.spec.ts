/**
 * A page that rewrites its text every 5 ms, every way a page can (text data,
 * textContent, replaced subtrees, attributes, moved nodes) across 60
 * paragraphs: afterwards the highlights match the final text exactly, no range
 * points at a detached node, and no task ran the extension's script for 50 ms
 * while it stormed (traced: ../main-thread.ts). The page's own longtask
 * observer is reported beside it. (live.spec.ts has a lighter storm on two elements.)
 */
import { expectNoLongExtensionTask } from '../main-thread';
import { expect, test } from './guard';
import { highlightedTexts, scanned } from './page-helpers';

test('stays correct and without long tasks while 60 paragraphs change every 5 ms', async ({ context, page, server, guard }) => {
  guard.allow('/hostile/storm.html', '/hostile/storm.js');
  await page.goto(server.url('/hostile/storm.html'));
  await scanned(page);
  const storm = () => page.evaluate(() => (window as unknown as { storm(ms: number): Promise<number> }).storm(3_000));
  const ticks = await expectNoLongExtensionTask(context, page, 'extension tasks during the storm', storm);
  // At least 50 ticks: the storm really blew (fewer than the 600 possible on a loaded machine).
  expect(ticks).toBeGreaterThan(50);

  // What the highlights must be for the final text, worked out from the page's text.
  const expected = await page.evaluate(() => {
    const result: Record<string, string[]> = {};
    const add = (topic: string, text: string) => (result[topic] ??= []).push(text);
    for (const p of document.querySelectorAll('#main p')) {
      const text = p.textContent ?? '';
      if (/\bIBM\b/.test(text)) add('ibm', 'IBM');
      if (/\bACLU\b/.test(text)) add('aclu', 'ACLU');
      if (/Amazon Rekognition/.test(text)) add('rekognition', 'Amazon Rekognition');
      if (/moratorium on facial recognition/.test(text)) add('bans', 'moratorium on facial recognition');
    }
    return result;
  });
  expect(Object.keys(expected).sort()).toEqual(['aclu', 'bans', 'ibm', 'rekognition']);
  await expect.poll(() => highlightedTexts(page), { timeout: 5_000 }).toEqual(expected);

  const state = await page.evaluate(() => ({
    longTasks: (window as unknown as { longTasks: Array<{ start: number; ms: number }> }).longTasks,
    detached: [...CSS.highlights.values()]
      .flatMap((highlight) => [...highlight])
      .filter((range) => !(range as Range).startContainer.isConnected).length,
  }));
  expect(state.detached).toBe(0);
  test.info().annotations.push({ type: 'the page’s longtask observer', description: JSON.stringify(state.longTasks) });
  await guard.assertClean();
});
