/**
 * Helpers for the hostile-page specs: waiting for the scan, reading the
 * highlight registry, and comparing two screenshots pixel by pixel.
 */
import type { Page } from '@playwright/test';
import sharp from 'sharp';

export const TOPICS = ['aclu', 'bans', 'ibm', 'rekognition'] as const;

export { scanned } from '../harness';

/** The highlighted texts per topic (topics with none left out), whitespace folded. */
export function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate((topics) => {
    const result: Record<string, string[]> = {};
    for (const topic of topics) {
      const highlight = CSS.highlights.get(`face-facts-${topic}`);
      const texts: string[] = [];
      if (highlight) for (const range of highlight) texts[texts.length] = range.toString().replace(/\s+/g, ' ');
      if (texts.length > 0) result[topic] = texts;
    }
    return result;
  }, TOPICS);
}

/** The share of pixels that differ noticeably (any channel by more than 8) between two PNGs of one size. */
export async function differingPixels(a: Buffer, b: Buffer): Promise<number> {
  const [x, y] = await Promise.all([a, b].map((png) => sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true })));
  if (!x || !y || x.info.width !== y.info.width || x.info.height !== y.info.height) return 1;
  let differing = 0;
  for (let i = 0; i < x.data.length; i += 3) {
    const delta = Math.max(
      Math.abs(x.data[i]! - y.data[i]!),
      Math.abs(x.data[i + 1]! - y.data[i + 1]!),
      Math.abs(x.data[i + 2]! - y.data[i + 2]!),
    );
    if (delta > 8) differing++;
  }
  return differing / (x.info.width * x.info.height);
}
