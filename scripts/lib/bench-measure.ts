/**
 * How is each benchmark figure taken from one page? One function per measurement;
 * scripts/bench.ts decides the rounds and their order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

const SCAN = 'face-facts:scan';
const CARD = 'face-facts:card';
const LOAD_TIMEOUT_MS = 120_000;
const SCROLL_SETTLE_WAIT_MS = 400;

/** The duration of the `count`-th performance measure `name`, once the page has recorded it. */
async function measureOf(page: Page, name: string, timeout = LOAD_TIMEOUT_MS, count = 1): Promise<number> {
  await page.waitForFunction(([n, c]) => performance.getEntriesByName(n, 'measure').length >= c, [name, count] as const, { timeout, polling: 50 });
  return page.evaluate(([n, c]) => performance.getEntriesByName(n, 'measure')[c - 1]!.duration, [name, count] as const);
}

/** Highlighted ranges per topic, read from the page's highlight registry. */
export function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let total = 0;
    for (const [name, highlight] of CSS.highlights) if (/^face-facts-(?!bg-|ul-)/.test(name)) total += highlight.size;
    return total;
  });
}

/** scan_ms: load the page afresh and read the content script's own `face-facts:scan` measure. */
export async function scanRound(page: Page, url: string): Promise<{ ms: number; mentions: number }> {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT_MS });
  const ms = await measureOf(page, SCAN);
  return { ms, mentions: await highlightCount(page) };
}

/** floor_ms: a plain TreeWalker reading every text node's data, in a freshly loaded copy of the page. */
export async function floorRound(page: Page, url: string): Promise<{ ms: number; textNodes: number; chars: number }> {
  await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
  return page.evaluate(() => {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let textNodes = 0;
    let chars = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      chars += (node as Text).data.length;
      textNodes++;
    }
    return { ms: performance.now() - t0, textNodes, chars };
  });
}

/** markjs_ms: mark.js marking `terms` on a freshly loaded copy of the page. */
export async function markjsRound(page: Page, url: string, markjsSource: string, terms: string[]): Promise<{ ms: number; marks: number }> {
  await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
  await page.addScriptTag({ content: markjsSource });
  // A string, not a function: tsx would wrap the named callback in a helper the page does not have.
  const run = `new Promise((resolve) => {
    const instance = new Mark(document.body);
    const t0 = performance.now();
    instance.mark(${JSON.stringify(terms)}, {
      separateWordSearch: false,
      diacritics: false,
      done(marks) { resolve({ ms: performance.now() - t0, marks }); },
    });
  })`;
  return page.evaluate(run) as Promise<{ ms: number; marks: number }>;
}

/**
 * longest_task_ms: the longest main-thread task (PerformanceObserver 'longtask', registered
 * before the page's first script) that overlaps the extension's initial scan.
 */
export async function longestTaskRound(page: Page, url: string): Promise<{ ms: number; scanMs: number }> {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT_MS });
  const scanMs = await measureOf(page, SCAN);
  const ms = await page.evaluate((name) => {
    const scan = performance.getEntriesByName(name, 'measure').at(-1)!;
    const tasks = (window as unknown as { __benchTasks: Array<{ start: number; end: number }> }).__benchTasks;
    let longest = 0;
    for (const task of tasks) {
      if (task.end > scan.startTime && task.start < scan.startTime + scan.duration) longest = Math.max(longest, task.end - task.start);
    }
    return longest;
  }, SCAN);
  return { ms, scanMs };
}

/** The init script longestTaskRound needs (add it to the page before navigating). */
export const LONGTASK_INIT = `(() => {
  const tasks = (window.__benchTasks = []);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, end: e.startTime + e.duration });
  }).observe({ type: 'longtask', buffered: true });
})();`;

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN;
}

/** Main-thread task time (TaskDuration, ms) of `page` over `windowMs`, after it has loaded (and, with the extension, scanned). */
export async function stormTaskMs(context: BrowserContext, page: Page, url: string, withExtension: boolean, windowMs: number): Promise<number> {
  await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
  if (withExtension) await measureOf(page, SCAN);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await taskSeconds(cdp);
  await page.waitForTimeout(windowMs);
  const after = await taskSeconds(cdp);
  await cdp.detach();
  return (after - before) * 1000;
}

/** Time given to the page after the scan (or the load, without the extension) before its heap is read. */
const HEAP_SETTLE_MS = 1000;

export interface HeapBytes {
  /** V8's heap of the renderer's main thread: one isolate, so every world of the page, the content script's isolated world included. */
  js: number;
  /** Blink's own garbage-collected heap in the same renderer (DOM nodes, Ranges, Highlights). */
  embedder: number;
}

/**
 * extra_heap_mb, one side: a fresh tab loads `url` (and, with the extension, waits for its scan
 * and 1 s more), then CDP `HeapProfiler.collectGarbage` and `Runtime.getHeapUsage`.
 */
export async function heapAfterScan(context: BrowserContext, url: string, withExtension: boolean): Promise<HeapBytes> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    if (withExtension) await measureOf(page, SCAN);
    await page.waitForTimeout(HEAP_SETTLE_MS);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return { js: usage.usedSize, embedder: usage.embedderHeapUsedSize };
  } finally {
    await page.close();
  }
}

/** Scrolls the `index`-th highlighted range (modulo their number) to the middle and returns its centre. */
function mentionPoint(page: Page, index: number): Promise<{ x: number; y: number } | null> {
  return page.evaluate((wanted) => {
    const ranges: Range[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (/^face-facts-(?!bg-|ul-)/.test(name)) for (const item of highlight) ranges.push(item as Range);
    }
    for (let i = 0; i < ranges.length; i++) {
      const range = ranges[(wanted + i) % ranges.length]!;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = [...range.getClientRects()].find((r) => r.width > 0);
      if (box) return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, index);
}

/** Moves the pointer onto a mention; false when the page has no visible mention. */
async function hover(page: Page, index: number): Promise<boolean> {
  await page.mouse.move(1, 1);
  const point = await mentionPoint(page, index);
  if (!point) return false;
  // Hovering counts only once scrolling has settled (150 ms in lib/hover/intent.ts).
  await page.waitForTimeout(SCROLL_SETTLE_WAIT_MS);
  await page.mouse.move(point.x, point.y, { steps: 2 });
  return true;
}

/**
 * card_ms: hovers the first highlighted mention (after the scan of a fresh load), waits for
 * the dwell, and reads the content script's `face-facts:card` measure (end of dwell → card
 * painted). `warm` is a second card (on the next mention, or the same one if it is alone) once
 * the first is dismissed. Undefined on a page without mentions.
 */
export async function cardRound(page: Page): Promise<{ first: number; warm: number } | undefined> {
  if (!(await hover(page, 0))) return undefined;
  const first = await measureOf(page, CARD, 10_000, 1);
  await page.keyboard.press('Escape');
  await hover(page, 1);
  const warm = await measureOf(page, CARD, 10_000, 2);
  return { first, warm };
}

const gzBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * content_script_gz_bytes: what every page loads at start, gzip -9, summed: the manifest's
 * `content_scripts[].js` and `.css` files. The content script imports nothing else at start
 * (the card bundle comes on the first hover and is `cardChunkGzBytes`).
 */
export function contentScriptGzBytes(extensionDir: string): number {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  };
  const files = new Set((manifest.content_scripts ?? []).flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]));
  let total = 0;
  for (const file of files) total += gzBytes(join(extensionDir, file));
  return total;
}

/** The card bundle (entrypoints/card-ui.ts), imported by the content script on the first hover. */
export const CARD_CHUNK = 'card-ui.js';

/** card_chunk_gz_bytes: the card bundle, gzip -9; loaded only when a page's first dwell starts. */
export function cardChunkGzBytes(extensionDir: string): number {
  return gzBytes(join(extensionDir, CARD_CHUNK));
}

/** popup_script_ms: CDP ScriptDuration of the popup page right after its first contentful paint. */
export async function popupRound(context: BrowserContext, extensionId: string): Promise<number> {
  const popup = await context.newPage();
  const cdp = await context.newCDPSession(popup);
  await cdp.send('Performance.enable');
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { polling: 'raf' });
  const { metrics } = await cdp.send('Performance.getMetrics');
  await popup.close();
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? Number.NaN) * 1000;
}
