import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { card, cardBox, mentionPoint, scanned } from './card-helpers';
import { expect, test } from './harness';

const PROPS = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-transform',
  'text-decoration-line',
  'text-align',
  'color',
  'background-color',
  'opacity',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'padding-top',
  'margin-top',
  'display',
  'transform',
] as const;

async function openCard(page: Page, url: string, topic = 'rekognition') {
  await page.goto(url);
  await scanned(page);
  const point = await mentionPoint(page, topic);
  await page.mouse.move(point.x, point.y);
  await expect(card(page)).toBeVisible();
  return point;
}

/** Computed styles of the card and of one element of each kind inside it. */
function cardStyles(page: Page) {
  return card(page).evaluate((root, props) => {
    const read = (element: Element | null) => {
      if (!element) return null;
      const style = getComputedStyle(element);
      return Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
    };
    return {
      card: read(root),
      title: read(root.querySelector('h2')),
      summary: read(root.querySelector('.summary')),
      date: read(root.querySelector('time')),
      link: read(root.querySelector('a')),
      button: read(root.querySelector('button.action')),
    };
  }, PROPS);
}

/** A screenshot of the card's inside, away from its rounded corners and arrow where the page shows through. */
async function insideShot(page: Page) {
  // A card that is still fading or sliding in is not yet what it looks like.
  await card(page).evaluate((root) => Promise.all(root.getAnimations({ subtree: true }).map((animation) => animation.finished)));
  const box = (await card(page).boundingBox())!;
  return page.screenshot({ clip: { x: box.x + 10, y: box.y + 10, width: box.width - 20, height: box.height - 20 } });
}

/**
 * The share of pixels that differ noticeably between two PNGs of the same
 * size (1 when the sizes differ), decoded in a blank page's canvas.
 */
function differingPixels(scratch: Page, a: Buffer, b: Buffer): Promise<number> {
  return scratch.evaluate(
    async ([first, second]) => {
      const pixels = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height);
      };
      const [x, y] = [await pixels(first), await pixels(second)];
      if (x.width !== y.width || x.height !== y.height) return 1;
      let differing = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        const delta = Math.max(
          Math.abs(x.data[i]! - y.data[i]!),
          Math.abs(x.data[i + 1]! - y.data[i + 1]!),
          Math.abs(x.data[i + 2]! - y.data[i + 2]!),
        );
        if (delta > 8) differing++;
      }
      return differing / (x.width * x.height);
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

test('the page\'s CSS cannot change the card', async ({ page, context, server }) => {
  await openCard(page, server.url('/card/plain.html'));
  const plain = await cardStyles(page);
  const plainShot = await insideShot(page);
  await openCard(page, server.url('/card/hostile.html'));
  const hostile = await cardStyles(page);
  expect(hostile.card?.opacity).toBe('1');
  expect(hostile.card?.['font-family']).not.toContain('Comic Sans');
  expect(hostile).toEqual(plain);
  // And it looks the same: the page's opacity and transform on <body> don't reach it.
  const hostileShot = await insideShot(page);
  const scratch = await context.newPage();
  expect(await differingPixels(scratch, plainShot, hostileShot)).toBeLessThan(0.001);
});

test('under a strict CSP the card is styled and nothing is refused', async ({ page, server }) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await openCard(page, server.url('/card/plain.html'));
  const plain = await cardStyles(page);
  await openCard(page, server.url('/card/csp.html'));
  expect(await cardStyles(page)).toEqual(plain);
  expect(refused).toEqual([]);
});

test('the page DOM is untouched until a card opens', async ({ page, server }) => {
  await page.goto(server.url('/card/plain.html'));
  await scanned(page);
  expect(await page.locator('face-facts-ui').count()).toBe(0);
  const point = await mentionPoint(page, 'rekognition');
  await page.mouse.move(point.x, point.y);
  await expect(page.locator('face-facts-ui')).toHaveCount(1);
  // The host takes no room and no pointer.
  const host = await page.locator('face-facts-ui').evaluate((element) => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return { width: box.width, height: box.height, pointerEvents: style.pointerEvents };
  });
  expect(host).toEqual({ width: 0, height: 0, pointerEvents: 'none' });
});

test('near the bottom-right corner the card flips above and stays in the viewport', async ({ page, server }) => {
  const point = await openCard(page, server.url('/card/edge.html'));
  const viewport = page.viewportSize()!;
  const box = await cardBox(page);
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(viewport.width);
  expect(box.bottom).toBeLessThanOrEqual(viewport.height);
  // Above the mention, with its arrow pointing down at it.
  expect(box.bottom).toBeLessThan(point.y);
  await expect(card(page)).toHaveAttribute('data-side', 'top');
  const arrow = (await card(page).locator('.arrow').boundingBox())!;
  expect(arrow.y + arrow.height / 2).toBeCloseTo(box.bottom, -1);
});

test('on a narrow viewport the card shifts to stay inside', async ({ page, server }) => {
  await page.setViewportSize({ width: 360, height: 700 });
  await openCard(page, server.url('/card/plain.html'), 'aclu');
  const box = await cardBox(page);
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(360);
});

test('the card follows its mention when the page scrolls', async ({ page, server }) => {
  await openCard(page, server.url('/card/plain.html'), 'aclu');
  const mentionBottom = () =>
    page.evaluate(() => ([...CSS.highlights.get('face-facts-aclu')!][0] as Range).getBoundingClientRect().bottom);
  const before = await cardBox(page);
  const gap = before.top - (await mentionBottom());
  // Rest on the card so that the mention moving away does not close it.
  await page.mouse.move(before.left + 20, before.top + 20);
  await page.evaluate(() => scrollBy(0, 120));
  await expect.poll(async () => (await cardBox(page)).top).toBeLessThan(before.top - 60);
  expect((await cardBox(page)).top - (await mentionBottom())).toBeCloseTo(gap, 0);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    test(`axe finds nothing on the open card (${scheme})`, async ({ page, server }) => {
      await openCard(page, server.url('/demo/'));
      const background = await card(page).evaluate((element) => getComputedStyle(element).backgroundColor);
      expect(background).toBe(scheme === 'dark' ? 'rgb(29, 32, 37)' : 'rgb(255, 255, 255)');
      const results = await new AxeBuilder({ page }).include('face-facts-ui').analyze();
      expect(results.violations).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(0);
    });
  });
}
