/**
 * Is the page changing all the time?
 *
 * Fed one call per batch of the page's changes (the scanner runs at most one
 * every 250 ms). After CHANGING_AFTER batches in a row, each within
 * IN_A_ROW_MS of the one before, the page is changing: a ticker, a live blog,
 * a page rewriting itself. It is calm again once CALM_MS pass without a batch.
 * Only the rhythm counts, not what changed.
 */

export const CHANGING_AFTER = 2;
export const IN_A_ROW_MS = 600;
export const CALM_MS = 2000;

export interface ChangingPageOptions {
  onChanging: () => void;
  onCalm: () => void;
  now?: () => number;
}

export interface ChangingPage {
  /** A batch of the page's changes has just been handled. */
  changed(): void;
  /** Forgets the rhythm (the page is calm, with no call to `onCalm`). */
  stop(): void;
}

export function changingPage(options: ChangingPageOptions): ChangingPage {
  const now = options.now ?? (() => performance.now());
  let inARow = 0;
  let last = Number.NEGATIVE_INFINITY;
  let changing = false;
  let calmTimer: ReturnType<typeof setTimeout> | undefined;

  // The next batch, CALM_MS or more later, starts a new row of its own.
  const calm = () => {
    calmTimer = undefined;
    if (!changing) return;
    changing = false;
    options.onCalm();
  };

  return {
    changed() {
      const at = now();
      inARow = at - last <= IN_A_ROW_MS ? inARow + 1 : 1;
      last = at;
      if (!changing && inARow >= CHANGING_AFTER) {
        changing = true;
        options.onChanging();
      }
      if (calmTimer !== undefined) clearTimeout(calmTimer);
      calmTimer = setTimeout(calm, CALM_MS);
    },
    stop() {
      if (calmTimer !== undefined) clearTimeout(calmTimer);
      calmTimer = undefined;
      last = Number.NEGATIVE_INFINITY;
      changing = false;
    },
  };
}
