/**
 * Store screenshots at the size the stores ask for (1280×800): each image of
 * docs/images (made by the screenshot scripts) centred on a plain canvas, in
 * docs/store/. `tsx scripts/store-screenshots.ts`
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';

const ROOT = resolve(import.meta.dirname, '..');
const SHOTS = ['demo', 'card-light', 'card-dark', 'popup', 'popup-dark'];
const SIZE = { width: 1280, height: 800 };
const BACKGROUND: Record<string, string> = { 'card-dark': '#15171b', 'popup-dark': '#15171b' };

mkdirSync(resolve(ROOT, 'docs/store'), { recursive: true });
for (const name of SHOTS) {
  const source = resolve(ROOT, 'docs/images', `${name}.png`);
  if (!existsSync(source)) {
    console.warn(`missing ${source}: run the screenshot scripts first`);
    continue;
  }
  const fitted = await sharp(source)
    .resize({ ...SIZE, fit: 'inside', withoutEnlargement: true })
    .toBuffer();
  const out = resolve(ROOT, 'docs/store', `${name}-1280x800.png`);
  await sharp({ create: { ...SIZE, channels: 4, background: BACKGROUND[name] ?? '#eef1f6' } })
    .composite([{ input: fitted, gravity: 'center' }])
    .png()
    .toFile(out);
  console.log(out);
}
