/**
 * The detection engine on pages that change: edits, additions, removals, a
 * text storm every 5 ms, and late iframes.
 */
import { badgeText, expect, highlightTexts, scanned, test } from './harness';
import { expectNoLongExtensionTask } from './main-thread';

test('follows paragraphs that are added, edited and removed', async ({ page, server, serviceWorker }) => {
  await page.goto(server.url('/detection/live.html'));
  await scanned(page);
  expect(await highlightTexts(page, 'face-facts-ibm')).toEqual(['IBM']);
  await expect.poll(() => badgeText(page, serviceWorker)).toBe('2');

  await page.evaluate(() => {
    const p = document.createElement('p');
    p.append('Appended: Amazon Rekognition ', Object.assign(document.createElement('b'), { textContent: 'and IBM' }));
    document.getElementById('main')!.append(p);
  });
  await expect.poll(() => highlightTexts(page, 'face-facts-rekognition')).toEqual(['Amazon Rekognition']);
  await expect.poll(() => highlightTexts(page, 'face-facts-ibm')).toEqual(['IBM', 'IBM']);

  await page.evaluate(() => {
    (document.getElementById('edit')!.firstChild as Text).data = 'Edited in place: the ACLU replied.';
  });
  await expect.poll(() => highlightTexts(page, 'face-facts-aclu')).toEqual(['ACLU', 'ACLU']);

  await page.evaluate(() => document.getElementById('remove')!.remove());
  await expect.poll(() => highlightTexts(page, 'face-facts-ibm')).toEqual(['IBM']);
  await expect.poll(() => badgeText(page, serviceWorker)).toBe('4');

  await page.evaluate(() => {
    (document.getElementById('edit')!.firstChild as Text).data = 'Edited again, nothing left.';
  });
  await expect.poll(() => highlightTexts(page, 'face-facts-aclu')).toEqual(['ACLU']);
  const stale = await page.evaluate(() =>
    [...CSS.highlights.values()].flatMap((h) => [...h]).filter((r) => !(r as Range).startContainer.isConnected).length,
  );
  expect(stale).toBe(0);
});

test('stays correct and cheap while the text changes every 5 ms', async ({ context, page, server }) => {
  await page.goto(server.url('/detection/storm.html'));
  await scanned(page);
  const storm = () => page.evaluate(() => (window as unknown as { storm(ms: number): Promise<number> }).storm(2000));
  const ticks = await expectNoLongExtensionTask(context, page, 'extension tasks during the storm', storm);
  expect(ticks).toBeGreaterThan(50);
  /** What the highlights should be for the final text, computed from the page itself. */
  const expected = await page.evaluate(() => {
    const texts = [...document.querySelectorAll('#ticker, #list li')].map((el) => el.textContent ?? '');
    const count = (word: string) => texts.flatMap((t) => t.match(new RegExp(`\\b${word}\\b`, 'g')) ?? []).length;
    return { ibm: count('IBM'), aclu: count('ACLU'), rekognition: count('Amazon Rekognition') };
  });
  expect(expected.ibm + expected.aclu + expected.rekognition).toBeGreaterThan(5);
  for (const topic of ['ibm', 'aclu', 'rekognition'] as const) {
    await expect.poll(async () => (await highlightTexts(page, `face-facts-${topic}`)).length).toBe(expected[topic]);
  }
  const state = await page.evaluate(() => ({
    longTasks: (window as unknown as { longTasks: number[] }).longTasks,
    stale: [...CSS.highlights.values()].flatMap((h) => [...h]).filter((r) => !(r as Range).startContainer.isConnected)
      .length,
  }));
  expect(state.stale).toBe(0);
  test.info().annotations.push({ type: 'the page’s longtask observer', description: JSON.stringify(state.longTasks) });
});

test('while the page keeps changing, paints only the mentions near the viewport, and all of them once it is calm', async ({
  page,
  server,
  serviceWorker,
}) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(server.url('/detection/changing.html'));
  await scanned(page);
  // A page at rest: every mention is painted, near or far.
  expect(await highlightTexts(page, 'face-facts-aclu')).toEqual(['ACLU']);
  expect(await highlightTexts(page, 'face-facts-ibm')).toEqual(['IBM']);

  await page.evaluate(() => (window as unknown as { startTicking(): void }).startTicking());
  // The mention 6,000 px below leaves the registry; the one in view stays, and both are still counted.
  await expect.poll(() => highlightTexts(page, 'face-facts-ibm')).toEqual([]);
  expect(await highlightTexts(page, 'face-facts-aclu')).toEqual(['ACLU']);
  expect(await highlightTexts(page, 'face-facts-bg-3')).toEqual([]);
  await expect.poll(() => badgeText(page, serviceWorker)).toBe('2');

  // Scrolled down: the far mention is painted, the one now far above is not.
  await page.evaluate(() => document.getElementById('bottom')!.scrollIntoView({ block: 'center' }));
  await expect.poll(() => highlightTexts(page, 'face-facts-ibm')).toEqual(['IBM']);
  await expect.poll(() => highlightTexts(page, 'face-facts-aclu')).toEqual([]);

  // Calm again: every mention is painted, wherever the reader is.
  await page.evaluate(() => (window as unknown as { stopTicking(): void }).stopTicking());
  await expect.poll(() => highlightTexts(page, 'face-facts-aclu'), { timeout: 6_000 }).toEqual(['ACLU']);
  expect(await highlightTexts(page, 'face-facts-ibm')).toEqual(['IBM']);
  expect(await highlightTexts(page, 'face-facts-bg-3')).toEqual(['IBM']);
});

test('a frame added after load gets its own highlights and keeps the top counts', async ({
  page,
  server,
  serviceWorker,
}) => {
  await page.goto(server.url('/detection/live.html'));
  await scanned(page);
  await expect.poll(() => badgeText(page, serviceWorker)).toBe('2');
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>Late frame: the ACLU and IBM.</p>';
    document.body.append(frame);
  });
  await expect.poll(() => badgeText(page, serviceWorker)).toBe('4');
});
