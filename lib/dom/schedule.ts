/**
 * When should long work stop and let the page run?
 *
 * Work runs in slices of about `SLICE_MS`; between slices it yields to the page,
 * so that no task comes near the 50 ms long-task mark, even on a huge page.
 *
 * It yields with a task queued at the back (`scheduler.postTask` at
 * 'user-visible', else a MessageChannel message), not `scheduler.yield()`:
 * a yield continuation runs ahead of the page's own timers, which starved
 * them for a whole scan. The page is someone else's; it keeps its turn.
 */

/** Time budget of one slice of work, in milliseconds. */
export const SLICE_MS = 8;

/** The clock is read once every CLOCK_EVERY + 1 steps (a mask: 2^n − 1). */
const CLOCK_EVERY = 7;

interface SchedulerLike {
  postTask?: (callback: () => void, options: { priority: 'user-visible' }) => Promise<void>;
}

let channel: MessageChannel | undefined;
const waiting: Array<() => void> = [];

function viaMessageChannel(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((done) => setTimeout(done, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  return new Promise((done) => {
    waiting.push(done);
    channel!.port2.postMessage(null);
  });
}

/** Lets the page run (input, rendering, its own scripts) before the caller continues. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => {}, { priority: 'user-visible' });
  return viaMessageChannel();
}

/** A slice clock: `expired()` is true once SLICE_MS are spent. */
function sliceClock() {
  let deadline = performance.now() + SLICE_MS;
  return {
    expired: () => performance.now() >= deadline,
    /** Yields to the page, then starts a new slice. */
    async next(): Promise<void> {
      await yieldToPage();
      deadline = performance.now() + SLICE_MS;
    },
  };
}

/**
 * Calls `step` until it returns false, yielding to the page whenever a slice is
 * spent (`beforeYield` runs first). Stops early (returning false) when
 * `cancelled()` turns true.
 */
export async function runSliced(
  step: () => boolean,
  cancelled: () => boolean = () => false,
  beforeYield?: () => void,
): Promise<boolean> {
  const clock = sliceClock();
  for (let steps = 1; ; steps++) {
    if (cancelled()) return false;
    if (!step()) return true;
    // Reading the clock costs more than a small step: look at it every few steps.
    if ((steps & CLOCK_EVERY) === 0 && clock.expired()) {
      beforeYield?.();
      await clock.next();
    }
  }
}
