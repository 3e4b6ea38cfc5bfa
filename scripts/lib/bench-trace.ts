/**
 * The extension's share of the main thread while it scans the 4× page, from a
 * Chromium trace (task-attribution.ts), beside the longtask figure, which
 * can't tell the extension's work from Chromium's own layout and paint.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { longestOwnTask, ownScriptMs } from './task-attribution';
import { traceMainThread } from './trace-main-thread';

export interface TracedScan {
  scanMs: number;
  /** The longest time the extension's script ran in one task, in ms of main-thread CPU, garbage collection left out. */
  longestOwnScriptMs: number;
  /** When that task started, in ms from the scan's start (negative: before, as the content script's own first task). */
  longestOwnScriptAt: number;
  /** The longest garbage collection that V8 ran inside the extension's script, in ms of CPU. */
  longestOwnGcMs: number;
  /** How many tasks ran the extension's script. */
  ownTasks: number;
}

/** Loads `url` in `page` while tracing its renderer, until the extension's `face-facts:scan` measure. */
export async function tracedScanRound(context: BrowserContext, page: Page, url: string): Promise<TracedScan> {
  await page.goto('about:blank');
  const { tasks, marks } = await traceMainThread(context, page, async () => {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.waitForFunction(() => performance.getEntriesByName('face-facts:scan', 'measure').length > 0, undefined, {
      timeout: 120_000,
      polling: 50,
    });
  });
  const start = marks.get('face-facts:scan:start');
  const end = marks.get('face-facts:scan:end');
  const longest = longestOwnTask(tasks);
  if (start === undefined || end === undefined || !longest) throw new Error('the trace holds no scan of the extension');
  return {
    scanMs: end - start,
    longestOwnScriptMs: ownScriptMs(longest),
    longestOwnScriptAt: longest.at - start,
    longestOwnGcMs: Math.max(...tasks.map((task) => task.ownGcCpuMs)),
    ownTasks: tasks.length,
  };
}
