/**
 * "No long tasks", attributed: traces the page's renderer while something
 * happens and asserts that in no task did the extension's own script run for
 * 50 ms or more of main-thread CPU time (scripts/lib/task-attribution.ts).
 *
 * A longtask observer in the page can't be the judge: it can't tell the
 * extension's work from the page's own layout and paint, and on a shared
 * machine a task that the OS descheduled looks long too (docs/performance.md).
 * Garbage collection that V8 happens to run inside the extension's script is
 * counted apart and reported, since its pause depends on the whole page's heap.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { traceMainThread } from '../../scripts/lib/trace-main-thread';
import { longestOwnTask, ownScriptMs } from '../../scripts/lib/task-attribution';

export const LONG_TASK_MS = 50;

const round = (ms: number) => Math.round(ms * 10) / 10;

interface Traced<T> {
  result: T;
  summary: string;
  long: Array<{ at: number; cpuMs: number; wallMs: number; ran: string[] }>;
}

async function measure<T>(context: BrowserContext, page: Page, during: () => Promise<T>): Promise<Traced<T>> {
  const { result, tasks } = await traceMainThread(context, page, during);
  const longest = longestOwnTask(tasks);
  if (!longest) throw new Error('the extension’s script never ran while traced');
  const gc = tasks.reduce((a, b) => (b.ownGcCpuMs > a.ownGcCpuMs ? b : a));
  const summary =
    `${tasks.length} tasks ran the extension's script; the longest ran it for ${round(ownScriptMs(longest))} ms of CPU ` +
    `(${round(longest.ownWallMs)} ms wall, in a ${round(longest.wallMs)} ms task: ${longest.own.slice(0, 2).join(', ')}); ` +
    `the longest garbage collection inside the extension's script took ${round(gc.ownGcCpuMs)} ms`;
  const long = tasks
    .filter((task) => ownScriptMs(task) >= LONG_TASK_MS)
    .map((task) => ({ at: round(task.at), cpuMs: round(ownScriptMs(task)), wallMs: round(task.ownWallMs), ran: task.own.slice(0, 4) }));
  return { result, summary, long };
}

/**
 * Runs `during` while tracing, then asserts that the extension's script never
 * held the main thread for 50 ms. What was measured is printed and kept as an
 * annotation named `label`.
 *
 * With `confirm`, a run with a long task is traced once more with `confirm`
 * instead of `during` (a fresh load: a new page of another site, so that the
 * renderer and its script caches are as cold as the first time), and only a
 * second long task fails. A long task the extension causes comes back on
 * every such load; this VM's CPU being taken by its host, which neither wall
 * nor thread time can tell apart, does not. Both runs are reported.
 */
export async function expectNoLongExtensionTask<T>(
  context: BrowserContext,
  page: Page,
  label: string,
  during: () => Promise<T>,
  options: { confirm?: () => Promise<T> } = {},
): Promise<T> {
  let traced = await measure(context, page, during);
  const report = (run: string, { summary, long }: Traced<T>) => {
    const text = `${summary}${long.length > 0 ? `; ${long.length} at ${LONG_TASK_MS} ms or more: ${JSON.stringify(long)}` : ''}`;
    test.info().annotations.push({ type: `${label}${run}`, description: text });
    console.log(`${label}${run}: ${text}`);
  };
  report('', traced);
  if (options.confirm && traced.long.length > 0) {
    traced = await measure(context, page, options.confirm);
    report(' (traced again, on a fresh load)', traced);
  }
  expect(traced.long, `tasks in which the extension's script ran for ${LONG_TASK_MS} ms or more`).toEqual([]);
  return traced.result;
}
