/**
 * No long tasks on a huge page (huge-page.ts): the load and the scan are
 * traced, and no task may run the extension's script for 50 ms
 * (../main-thread.ts), from the content script's first task to the scan's
 * last slice. A load with one is traced again on a fresh load (the same page
 * from another site, so a new renderer compiles the content script cold again),
 * and the second must have none: the machine's own hiccups do not repeat, a
 * long task of the extension's does.
 */
import { expectNoLongExtensionTask } from '../main-thread';
import { expect, test } from './guard';
import { hugePage } from './huge-page';
import { scanned } from './page-helpers';

// Playwright's own trace takes DOM snapshots of this 9 MB page in its renderer
// at every step, which would be measured along with the extension.
test.use({ trace: 'off' });

test('on a huge page no task runs the extension’s script for 50 ms', async ({ context, page, server, guard }) => {
  test.setTimeout(120_000);
  const huge = hugePage();
  const url = server.url('/hostile/huge.html');
  // The same page on another site (served from memory like the first, never from the network).
  const elsewhere = url.replace('//127.0.0.1:', '//localhost:');
  expect(elsewhere).not.toBe(url);
  for (const each of [url, elsewhere]) {
    await page.route(each, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: huge.html }));
  }
  guard.allow('/hostile/huge.html', elsewhere);
  const load = (target: string) => async () => {
    await page.goto(target, { timeout: 60_000 });
    await scanned(page, 60_000);
  };
  await expectNoLongExtensionTask(context, page, 'extension tasks during load and scan', load(url), { confirm: load(elsewhere) });
  // The traced scan is the whole scan: every mention got its highlight.
  expect(await page.evaluate(() => CSS.highlights.get('face-facts-ibm')?.size ?? 0)).toBe(huge.mentions);
  await guard.assertClean();
});
