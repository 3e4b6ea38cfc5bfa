/**
 * `npm start`: the built extension in Chromium, on the demo article.
 *
 * With a display it opens a normal window and waits until you close it.
 * Without one (DISPLAY unset) it runs headless, prints what the extension
 * found on the page and saves a screenshot, so the main job can be seen
 * working on any machine. `--lang=fr` opens the French article.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './lib/chromium';
import { startServer } from './lib/serve';

const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const french = process.argv.includes('--lang=fr');
const port = Number(process.env.PORT ?? 4173);
const SHOTS = resolve(import.meta.dirname, '../.output/screenshots');

const server = await startServer(port).catch(() => startServer(0));
const context = await launchWithExtension({ headless, viewport: headless ? { width: 1200, height: 900 } : null });
const page = context.pages()[0] ?? (await context.newPage());
const url = server.url(french ? '/demo/fr.html' : '/demo/');
page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
await page.goto(url);
console.log(`Face Facts is loaded on ${url}`);

/** Mentions per highlight name, once the extension's first scan is done. */
async function readMentions(): Promise<Record<string, string[]>> {
  await page
    .waitForFunction(() => performance.getEntriesByName('face-facts:scan').length > 0, undefined, { timeout: 10_000 })
    .catch(() => console.warn('The extension did not report a finished scan within 10 s.'));
  return page.evaluate(() => {
    const found: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (!/^face-facts-[a-z]+$/.test(name)) return;
      found[name] = [...highlight].map((range) => range.toString().replace(/\s+/g, ' '));
    });
    return found;
  });
}

const mentions = await readMentions();
const names = Object.keys(mentions).sort();
if (names.length === 0) console.log('No mentions found.');
for (const name of names) {
  const texts = mentions[name] ?? [];
  console.log(`  ${name.replace('face-facts-', '').padEnd(12)} ${texts.length}  ${texts.map((t) => `“${t}”`).join(', ')}`);
}

/** Rests the pointer on the first mention so the screenshot shows its card too. */
async function openFirstCard(): Promise<boolean> {
  const box = await page.evaluate(() => {
    const highlight = CSS.highlights.get('face-facts-rekognition');
    const range = highlight ? [...highlight][0] : undefined;
    if (!(range instanceof Range)) return undefined;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    return rect && { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  if (!box) return false;
  await page.mouse.move(box.x, box.y - 40);
  await page.waitForTimeout(300);
  await page.mouse.move(box.x, box.y, { steps: 4 });
  return page
    .locator('face-facts-ui [role="dialog"]')
    .waitFor({ state: 'visible', timeout: 3_000 })
    .then(() => true)
    .catch(() => false);
}

if (headless && (await openFirstCard())) console.log('Opened the card of the first Rekognition mention.');

mkdirSync(SHOTS, { recursive: true });
const shot = resolve(SHOTS, french ? 'demo-fr.png' : 'demo.png');
await page.screenshot({ path: shot });
console.log(`Screenshot: ${shot}`);

if (headless) {
  await context.close();
  await server.close();
} else {
  console.log('Close the browser window to stop.');
  await new Promise<void>((done) => context.on('close', () => done()));
  await server.close();
}
