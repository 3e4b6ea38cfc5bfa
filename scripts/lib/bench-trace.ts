/**
 * The extension's share of the main thread while it scans a page, from a
 * Chromium trace (task-attribution.ts): its CPU over the whole scan, and its
 * longest task, beside the longtask figure, which can't tell the extension's
 * work from Chromium's own layout and paint.
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
  /**
   * The extension's script over every task that overlaps the scan (from the task in which
   * `face-facts:scan:start` is marked to the one that ends the `face-facts:scan` measure),
   * summed, in ms of main-thread CPU, garbage collection inside it included.
   */
  scanCpuMs: number;
  /** The garbage collection within `scanCpuMs`. */
  scanGcMs: number;
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
  const during = tasks.filter((task) => task.at <= end && task.at + task.wallMs >= start);
  return {
    scanCpuMs: during.reduce((total, task) => total + task.ownCpuMs, 0),
    scanGcMs: during.reduce((total, task) => total + task.ownGcCpuMs, 0),
    scanMs: end - start,
    longestOwnScriptMs: ownScriptMs(longest),
    longestOwnScriptAt: longest.at - start,
    longestOwnGcMs: Math.max(...tasks.map((task) => task.ownGcCpuMs)),
    ownTasks: tasks.length,
  };
}
