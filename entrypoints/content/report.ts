/**
 * Sends this frame's mention counts to the background: debounced, only when they
 * changed, and once after the first scan even when there are none (so that a
 * frame that navigated to a page without mentions replaces its old counts).
 */
import { sameCounts, type CountsMessage } from '@/lib/messages';

const DEBOUNCE_MS = 250;

export function countsReporter(read: () => Record<string, number>, send: (message: CountsMessage) => Promise<unknown>) {
  let last: Record<string, number> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    timer = undefined;
    const counts = read();
    if (last && sameCounts(last, counts)) return;
    last = counts;
    send({ type: 'counts', counts }).catch(() => undefined);
  };

  return {
    /** Reports now (the first scan). */
    now: flush,
    /** Reports soon, if anything changed. */
    soon(): void {
      if (timer === undefined) timer = setTimeout(flush, DEBOUNCE_MS);
    },
    /** Reports again even if unchanged (a page restored from the back-forward cache). */
    again(): void {
      last = undefined;
      flush();
    },
    cancel(): void {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
