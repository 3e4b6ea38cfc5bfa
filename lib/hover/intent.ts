/**
 * Should the card be open now, and for which mention?
 *
 * Hover intent as Wikipedia's Page Previews do it: a card opens only after
 * the pointer has rested on a mention for `dwellMs`, never while the page is
 * scrolling; leaving the mention starts a `graceMs` grace period that
 * reaching the card (or the mention again) cancels; the card stays while the
 * pointer is over it. Escape, a click outside or the close button dismiss it,
 * and a dismissed card does not come back until the pointer leaves its
 * mention (WCAG 1.4.13: dismissible, hoverable, persistent).
 *
 * Touch has no hover: a tap on a mention opens its card at once, with no
 * dwell or grace timer, and a tap anywhere else closes it. A tap while the
 * page is still scrolling opens nothing.
 *
 * Pure: no DOM, timers injected, so every path is unit-tested with fake time.
 */

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type OpenedBy = 'pointer' | 'keyboard' | 'touch';
export type CloseReason = 'grace' | 'dismiss' | 'replace';

export interface IntentOptions<T> {
  dwellMs?: number;
  graceMs?: number;
  /** Quiet time after the last scroll event before hovering counts again. */
  scrollSettleMs?: number;
  timers: Timers;
  /** Whether two mentions are the same one; defaults to `===`. */
  same?: (a: T, b: T) => boolean;
  /**
   * A dwell started on `target` (the card may open when it ends), or, with
   * null, the running dwell stopped without opening. Lets the caller get the
   * card ready during the dwell. Not called when the dwell ends by opening.
   */
  onDwell?(target: T | null): void;
  onOpen(target: T, by: OpenedBy): void;
  /** The card of `target`, opened by `by`, closes. */
  onClose(target: T, reason: CloseReason, by: OpenedBy): void;
  /** Scrolling has stopped: the caller should say again what is under the pointer. */
  onScrollSettled?(): void;
}

export interface HoverIntent<T> {
  /** The pointer rests on `target`. Repeating the same target is a no-op. */
  pointerOn(target: T): void;
  /** The pointer is on no mention (and not known to be on the card). */
  pointerOff(): void;
  cardEnter(): void;
  cardLeave(): void;
  /** The page scrolled. */
  scroll(): void;
  /** Open at once (keyboard); pointer movement no longer closes it. */
  openNow(target: T): void;
  /**
   * A tap (touch): on `target`, open its card at once (pointer movement does
   * not close it); on no mention (null), close the card.
   */
  tap(target: T | null): void;
  /** Escape, a click outside, the close button. */
  dismiss(): void;
  setDwell(ms: number): void;
  /** The mention whose card is open. */
  readonly shown: T | null;
  /** How the open card was opened (null when none is). */
  readonly openedBy: OpenedBy | null;
  /** The mention a running dwell will open, if any. */
  readonly dwelling: T | null;
  /** Whether the pointer is on the card. */
  readonly onCard: boolean;
  destroy(): void;
}

export const DEFAULT_DWELL_MS = 450;
export const DEFAULT_GRACE_MS = 300;
export const DEFAULT_SCROLL_SETTLE_MS = 150;

export function createHoverIntent<T>(options: IntentOptions<T>): HoverIntent<T> {
  const { timers } = options;
  const same = options.same ?? ((a: T, b: T) => a === b);
  const graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
  const settleMs = options.scrollSettleMs ?? DEFAULT_SCROLL_SETTLE_MS;
  let dwellMs = options.dwellMs ?? DEFAULT_DWELL_MS;

  let hovered: T | null = null;
  let shown: T | null = null;
  let onCard = false;
  /** Opened by keyboard or touch (sticky): only a dismissal or another opening closes it. */
  let openedBy: OpenedBy | null = null;
  let scrolling = false;
  /** A card dismissed while the pointer rested on its mention. */
  let dismissed: T | null = null;
  let dwell: { handle: unknown; target: T } | null = null;
  let grace: unknown = null;
  let settle: unknown = null;

  const is = (a: T | null, b: T | null) => a !== null && b !== null && same(a, b);

  function stopDwell(notify = true) {
    if (!dwell) return;
    timers.clearTimeout(dwell.handle);
    dwell = null;
    if (notify) options.onDwell?.(null);
  }
  function stopGrace() {
    if (grace !== null) timers.clearTimeout(grace);
    grace = null;
  }

  function open(target: T, by: OpenedBy) {
    // A dwell that ends by opening its own target is not reported as stopped.
    stopDwell(!(dwell && is(dwell.target, target)));
    stopGrace();
    const previous = shown;
    if (previous !== null && !is(previous, target)) options.onClose(previous, 'replace', openedBy ?? 'pointer');
    shown = target;
    openedBy = by;
    dismissed = null;
    options.onOpen(target, by);
  }

  function close(reason: CloseReason) {
    // A grace period can end while the pointer dwells on another mention:
    // that dwell goes on.
    if (reason !== 'grace') stopDwell();
    stopGrace();
    const previous = shown;
    const by = openedBy ?? 'pointer';
    shown = null;
    openedBy = null;
    onCard = false;
    if (previous !== null) options.onClose(previous, reason, by);
  }

  function startDwell(target: T) {
    if (dwell && is(dwell.target, target)) return;
    stopDwell();
    if (scrolling || is(target, dismissed) || is(target, shown)) return;
    dwell = { target, handle: timers.setTimeout(() => open(target, 'pointer'), dwellMs) };
    options.onDwell?.(target);
  }

  /** Start the grace period if nothing holds the card open. */
  function maybeStartGrace() {
    if (shown === null || (openedBy !== null && openedBy !== 'pointer') || onCard || is(hovered, shown) || grace !== null) return;
    grace = timers.setTimeout(() => {
      grace = null;
      close('grace');
    }, graceMs);
  }

  return {
    pointerOn(target) {
      if (is(target, hovered)) return;
      hovered = target;
      if (!is(target, dismissed)) dismissed = null;
      if (is(target, shown)) stopGrace();
      else maybeStartGrace();
      startDwell(target);
    },
    pointerOff() {
      hovered = null;
      dismissed = null;
      stopDwell();
      maybeStartGrace();
    },
    cardEnter() {
      onCard = true;
      stopGrace();
      stopDwell();
    },
    cardLeave() {
      onCard = false;
      maybeStartGrace();
    },
    scroll() {
      scrolling = true;
      stopDwell();
      // What lies under a still pointer changes as the page moves: forget it
      // until the caller reports again after the scroll settles.
      hovered = null;
      if (settle !== null) timers.clearTimeout(settle);
      settle = timers.setTimeout(() => {
        settle = null;
        scrolling = false;
        options.onScrollSettled?.();
      }, settleMs);
    },
    openNow(target) {
      open(target, 'keyboard');
    },
    tap(target) {
      if (target === null) close('dismiss');
      else if (!scrolling && !is(target, shown)) open(target, 'touch');
    },
    dismiss() {
      const target = shown;
      close('dismiss');
      if (target !== null && is(hovered, target)) dismissed = target;
    },
    setDwell(ms) {
      dwellMs = ms;
    },
    get shown() {
      return shown;
    },
    get openedBy() {
      return openedBy;
    },
    get dwelling() {
      return dwell?.target ?? null;
    },
    get onCard() {
      return onCard;
    },
    destroy() {
      stopDwell(false);
      stopGrace();
      if (settle !== null) timers.clearTimeout(settle);
      settle = null;
      shown = null;
      openedBy = null;
    },
  };
}
