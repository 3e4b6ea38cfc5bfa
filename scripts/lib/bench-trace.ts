/**
 * Which of the main thread's long tasks ran script? From a Chromium trace of one
 * scan of the 4× page: `longest_script_task_ms` is the longest task that ran
 * any JavaScript (on the bench's pages, which have no script of their own, that
 * is the extension's), beside the longtask observer's figure, which cannot tell
 * the extension's work from Chromium's own layout and paint.
 */
import type { BrowserContext, Page } from '@playwright/test';

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string } }

/** Trace events that mean JavaScript ran inside a task. */
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'RunMicrotasks', 'v8.run', 'RunPostTaskCallback', 'TimerFire', 'FireAnimationFrame', 'EventDispatch']);
const TASK = 'ThreadControllerImpl::RunTask';

export interface TracedScan {
  scanMs: number;
  longestTaskMs: number;
  longestScriptTaskMs: number;
  /** When that task started, in ms from the scan's start (negative: it began before, as the content script's own first task does). */
  longestScriptTaskAt: number;
  /**
   * The longest task running script that started after the scan's start (its slices, batches and paints), leaving out
   * the content script's first task. An upper bound: a rendering task that also runs one rAF callback counts whole.
   */
  longestScanTaskMs: number;
}

/** Loads `url` in `page` while tracing the renderer, until the extension's `face-facts:scan` measure. */
export async function tracedScanRound(context: BrowserContext, page: Page, url: string): Promise<TracedScan> {
  await page.goto('about:blank');
  return traceScan(context, page, async () => {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  });
}

/** Traces the renderer of `page` while `navigate` loads a page, until the extension's first scan is done. */
export async function traceScan(context: BrowserContext, page: Page, navigate: () => Promise<unknown>): Promise<TracedScan> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (event: { value: object[] }) => events.push(...(event.value as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,v8.execute,blink.user_timing', transferMode: 'ReportEvents' });
  await navigate();
  await page.waitForFunction(() => performance.getEntriesByName('face-facts:scan', 'measure').length > 0, undefined, { timeout: 120_000, polling: 50 });
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return analyse(events);
}

function analyse(events: TraceEvent[]): TracedScan {
  const start = events.find((e) => e.name === 'face-facts:scan:start');
  const end = events.find((e) => e.name === 'face-facts:scan' && (e.ph === 'e' || e.ph === 'E'));
  if (!start || !end) throw new Error('the trace holds no face-facts:scan marks');
  const main = events.find((e) => e.pid === start.pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => e.pid === start.pid && e.tid === main?.tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === TASK && e.ts + (e.dur ?? 0) > start.ts && e.ts < end.ts);
  const scripts = onMain.filter((e) => SCRIPT_EVENTS.has(e.name));
  let longestTaskMs = 0;
  let longestScriptTaskMs = 0;
  let longestScriptTaskAt = 0;
  let longestScanTaskMs = 0;
  for (const task of tasks) {
    const ms = (task.dur ?? 0) / 1000;
    longestTaskMs = Math.max(longestTaskMs, ms);
    const ranScript = scripts.some((s) => s.ts >= task.ts && s.ts < task.ts + (task.dur ?? 0));
    if (ranScript && task.ts >= start.ts) longestScanTaskMs = Math.max(longestScanTaskMs, ms);
    if (ranScript && ms > longestScriptTaskMs) {
      longestScriptTaskMs = ms;
      longestScriptTaskAt = (task.ts - start.ts) / 1000;
    }
  }
  return { scanMs: (end.ts - start.ts) / 1000, longestTaskMs, longestScriptTaskMs, longestScriptTaskAt, longestScanTaskMs };
}
