import { describe, expect, it } from 'vitest';
import { attributeTasks, longestOwnTask, ownRunsWithin, ownScriptMs, type TraceEvent } from '../../../scripts/lib/task-attribution';

const OWN = 'chrome-extension://abc/content-scripts/content.js';
const PAGE = 'https://example.com/app.js';
const isOwn = (url: string) => url.startsWith('chrome-extension://');

/** A complete event on one thread, times in ms (the trace counts µs). */
function x(name: string, at: number, ms: number, extra: { url?: string; cpu?: number } = {}): TraceEvent {
  return {
    name,
    ph: 'X',
    ts: at * 1000,
    dur: ms * 1000,
    ...(extra.cpu === undefined ? {} : { tdur: extra.cpu * 1000 }),
    pid: 1,
    tid: 1,
    ...(extra.url === undefined ? {} : { args: { data: { url: extra.url } } }),
  };
}
const task = (at: number, ms: number, cpu?: number) => x('ThreadControllerImpl::RunTask', at, ms, { cpu });
const checkpoint = (at: number, ms: number) => x('BlinkScheduler_PerformMicrotaskCheckpoint', at, ms);

describe('attributeTasks', () => {
  it('counts the extension’s callbacks and not the page’s', () => {
    const [only] = attributeTasks(
      [task(0, 20), x('TimerFire', 0, 20), x('FunctionCall', 1, 6, { url: PAGE }), x('FunctionCall', 8, 9, { url: OWN })],
      isOwn,
    );
    expect(only).toMatchObject({ at: 0, wallMs: 20, ownWallMs: 9, ownCpuMs: 9, own: ['FunctionCall'] });
  });

  it('counts nothing in a task where the extension’s script did not run', () => {
    const tasks = attributeTasks([task(0, 70), x('FunctionCall', 0, 60, { url: PAGE }), x('RunMicrotasks', 60, 9)], isOwn);
    expect(tasks).toMatchObject([{ wallMs: 70, ownWallMs: 0, own: [] }]);
  });

  it('adds the microtask checkpoint that follows a task of the extension’s: its async continuations', () => {
    const tasks = attributeTasks(
      [task(0, 1), x('RunPostTaskCallback', 0, 1), x('FunctionCall', 0.2, 0.5, { url: OWN }), checkpoint(1, 30), task(40, 2)],
      isOwn,
    );
    expect(tasks).toHaveLength(2);
    expect(tasks[0]).toMatchObject({ wallMs: 31, ownWallMs: 30.5, own: ['FunctionCall', 'BlinkScheduler_PerformMicrotaskCheckpoint'] });
    expect(tasks[1]).toMatchObject({ at: 40, ownWallMs: 0 });
  });

  it('leaves the page’s script in a shared checkpoint to the page, keeping the extension’s callback in it', () => {
    const [only] = attributeTasks(
      [task(0, 2), x('FunctionCall', 0, 2, { url: PAGE }), checkpoint(2, 20), x('FunctionCall', 3, 12, { url: PAGE }), x('FunctionCall', 16, 4, { url: OWN })],
      isOwn,
    );
    expect(only).toMatchObject({ wallMs: 22, ownWallMs: 4 });
  });

  it('measures CPU from the thread time, and garbage collection inside the extension’s script apart', () => {
    const [only] = attributeTasks(
      [task(0, 100, 60), x('FunctionCall', 0, 100, { url: OWN, cpu: 60 }), x('MajorGC', 10, 45, { cpu: 40 }), x('V8.GC_MC_MARK', 10, 5)],
      isOwn,
    );
    expect(only).toMatchObject({ wallMs: 100, cpuMs: 60, ownWallMs: 100, ownCpuMs: 60, ownGcCpuMs: 40 });
  });

  it('measures time from the origin it is given', () => {
    expect(attributeTasks([task(50, 1), x('FunctionCall', 50, 1, { url: OWN })], isOwn, 20_000)[0]?.at).toBe(30);
  });
});

describe('longestOwnTask', () => {
  it('picks the task whose own script ran longest, garbage collection left out', () => {
    const tasks = attributeTasks(
      [
        task(0, 60),
        x('FunctionCall', 0, 60, { url: OWN }),
        x('MajorGC', 5, 50),
        task(100, 20),
        x('FunctionCall', 100, 20, { url: OWN }),
      ],
      isOwn,
    );
    expect(tasks.map(ownScriptMs)).toEqual([10, 20]);
    expect(longestOwnTask(tasks)?.at).toBe(100);
    expect(longestOwnTask([])).toBeUndefined();
  });
});

describe('ownRunsWithin', () => {
  it('counts the extension’s outermost runs inside the named events only', () => {
    const events = [
      task(0, 20),
      x('EventDispatch', 0, 3),
      x('FunctionCall', 1, 1, { url: OWN }),
      x('FireAnimationFrame', 5, 10),
      x('FunctionCall', 5, 2, { url: PAGE }),
      x('FunctionCall', 8, 4, { url: OWN }),
      // Nested in the extension's own call: part of that run, not another one.
      x('FunctionCall', 9, 1, { url: OWN }),
      task(30, 5),
      x('FireAnimationFrame', 30, 5),
      x('FunctionCall', 31, 1, { url: PAGE }),
    ];
    expect(ownRunsWithin(events, 'FireAnimationFrame', isOwn)).toBe(1);
    expect(ownRunsWithin(events, 'EventDispatch', isOwn)).toBe(1);
    expect(ownRunsWithin(events, 'TimerFire', isOwn)).toBe(0);
  });
});
