import { expect, openExtensionPage, test } from './harness';

test('the service worker starts', async ({ serviceWorker, extensionId }) => {
  expect(serviceWorker.url()).toBe(`chrome-extension://${extensionId}/background.js`);
});

test('the manifest asks for storage only and runs the content script everywhere', async ({ serviceWorker }) => {
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.permissions).toEqual(['storage']);
  expect(manifest.content_scripts?.[0]?.matches).toEqual(['<all_urls>']);
});

test('the popup renders the product shell', async ({ context, extensionId, pageErrors }) => {
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Face Facts');
  expect(pageErrors).toEqual([]);
});

test('the options page renders the product shell', async ({ context, extensionId, pageErrors }) => {
  const options = await openExtensionPage(context, extensionId, 'options.html');
  await expect(options.getByRole('heading', { level: 1 })).toContainText('Face Facts');
  expect(pageErrors).toEqual([]);
});

test('the content script runs on the demo article without page errors', async ({ page, server, pageErrors }) => {
  await page.goto(server.url('/demo/'));
  // The scan records a performance measure when its highlights are in place.
  await page.waitForFunction(() => performance.getEntriesByName('face-facts:scan').length > 0);
  const names = await page.evaluate(() => [...CSS.highlights.keys()].filter((n) => /^face-facts-[a-z]+$/.test(n)).sort());
  expect(names).toEqual(['face-facts-aclu', 'face-facts-bans', 'face-facts-ibm', 'face-facts-rekognition']);
  expect(pageErrors).toEqual([]);
});
