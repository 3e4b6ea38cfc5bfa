/**
 * Saves docs/images/card-light.png and card-dark.png: the hover card open on
 * an article of 11 June 2020 (tests/fixtures/card/dated.html, styled like the
 * demo), so that it shows "Since this page was published", in each colour
 * scheme. Run after `npx wxt build`: `npx tsx scripts/screenshot-card.ts`.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './lib/chromium';
import { startServer } from './lib/serve';

const server = await startServer();
try {
  for (const scheme of ['light', 'dark'] as const) {
    const out = resolve(import.meta.dirname, `../docs/images/card-${scheme}.png`);
    const context = await launchWithExtension({ colorScheme: scheme, viewport: { width: 1000, height: 760 } });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(server.url('/card/dated.html'));
      await page.waitForFunction(() => performance.getEntriesByName('face-facts:scan').length > 0);
      const point = await page.evaluate(() => {
        const range = [...CSS.highlights.get('face-facts-rekognition')!][0] as Range;
        const box = range.getClientRects()[0]!;
        return { x: box.left + box.width / 2, y: box.top + box.height / 2, left: box.left, top: box.top };
      });
      await page.mouse.move(point.x, point.y);
      const card = page.locator('face-facts-ui [role="dialog"]');
      await card.waitFor();
      await page.waitForTimeout(100);
      const box = (await card.boundingBox())!;
      // The mention and its card, with a margin of page around them.
      const x = Math.max(0, Math.min(point.left, box.x) - 24);
      const y = Math.max(0, point.top - 24);
      const clip = { x, y, width: Math.max(point.left, box.x + box.width) + 24 - x, height: box.y + box.height + 24 - y };
      mkdirSync(resolve(out, '..'), { recursive: true });
      await page.screenshot({ path: out, clip });
      console.log(`saved ${out} (${Math.round(clip.width)}×${Math.round(clip.height)})`);
    } finally {
      await context.close();
    }
  }
} finally {
  await server.close();
}
