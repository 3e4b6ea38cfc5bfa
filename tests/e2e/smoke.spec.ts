import { expect, openExtensionPage, scanned, test } from './harness';

test('the service worker starts', async ({ serviceWorker, extensionId }) => {
  expect(serviceWorker.url()).toBe(`chrome-extension://${extensionId}/background.js`);
});

test('the manifest asks for storage only and runs the content script everywhere', async ({ serviceWorker }) => {
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.permissions).toEqual(['storage']);
  expect(manifest.content_scripts?.[0]?.matches).toEqual(['<all_urls>']);
});

test('the popup renders the product shell', async ({ context, extensionId }) => {
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Face Facts');
});

test('the options page renders the product shell', async ({ context, extensionId }) => {
  const options = await openExtensionPage(context, extensionId, 'options.html');
  await expect(options.getByRole('heading', { level: 1 })).toContainText('Face Facts');
});

test('the popup, the options and the timeline show the logo that every icon size is drawn from', async ({ context, extensionId }) => {
  for (const path of ['popup.html', 'options.html', 'timeline.html']) {
    const page = await openExtensionPage(context, extensionId, path);
    const logo = page.getByRole('heading', { level: 1 }).locator('img.logo');
    await expect(logo).toHaveAttribute('src', '/icon.svg');
    // Decorative: the heading's text names the page.
    await expect(logo).toHaveAttribute('alt', '');
    await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await page.close();
  }
});

test('the content script runs on the demo article without page errors', async ({ page, server }) => {
  await page.goto(server.url('/demo/'));
  // The scan records a performance measure when its highlights are in place.
  await scanned(page);
  const names = await page.evaluate(() => [...CSS.highlights.keys()].filter((n) => /^face-facts-[a-z]+$/.test(n)).sort());
  expect(names).toEqual(['face-facts-aclu', 'face-facts-bans', 'face-facts-ibm', 'face-facts-rekognition']);
});
