/**
 * Traces a page's renderer while something happens, and attributes each of its
 * main thread's tasks to the page or to the extension (task-attribution.ts).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { attributeTasks, mainThreadOf, TRACE_CATEGORIES, type TaskCost, type TraceEvent } from './task-attribution';

export const isExtensionUrl = (url: string) => url.startsWith('chrome-extension://');

export interface TracedTasks<T> {
  result: T;
  /** The tasks of the renderer's main thread that ran the extension's script, at ms from the first traced event. */
  tasks: TaskCost[];
  /** The user-timing marks and measures seen, by name, at ms from the same origin. */
  marks: Map<string, number>;
  /** Every traced event of that main thread. */
  events: TraceEvent[];
}

/** Traces the renderer that runs the extension's content script in `page` while `during` runs. */
export async function traceMainThread<T>(context: BrowserContext, page: Page, during: () => Promise<T>): Promise<TracedTasks<T>> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (event: { value: object[] }) => events.push(...(event.value as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  let result: T;
  try {
    result = await during();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  // The renderer is the process in which the extension's script ran most: after a
  // navigation to another site the previous page's renderer may still run a little.
  const runs = new Map<number, number>();
  for (const e of events) {
    if (e.args?.data?.url !== undefined && isExtensionUrl(e.args.data.url)) runs.set(e.pid, (runs.get(e.pid) ?? 0) + 1);
  }
  const pid = [...runs].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (pid === undefined) return { result, tasks: [], marks: new Map(), events: [] };
  const tid = mainThreadOf(events, pid);
  const thread = events.filter((e) => e.pid === pid && e.tid === tid);
  // A loop, not Math.min(...): a huge page's trace holds more events than a call takes arguments.
  const origin = thread.reduce((min, e) => (e.ph === 'X' && e.ts < min ? e.ts : min), Number.POSITIVE_INFINITY);
  const marks = new Map(
    thread.filter((e) => e.name.startsWith('face-facts:')).map((e) => [e.name + (e.ph === 'e' || e.ph === 'E' ? ':end' : ''), (e.ts - origin) / 1000]),
  );
  return { result, tasks: attributeTasks(thread, isExtensionUrl, origin).filter((task) => task.own.length > 0), marks, events: thread };
}
