import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent, type CloseReason, type IntentOptions, type OpenedBy } from '@/lib/hover/intent';

type Log = Array<[string, string, OpenedBy | CloseReason]>;

function setup(extra: (log: Log) => Pick<IntentOptions<string>, 'onScrollSettled' | 'onDwell'> = () => ({})) {
  const log: Log = [];
  const intent = createHoverIntent<string>({
    dwellMs: 450,
    graceMs: 300,
    scrollSettleMs: 150,
    timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as number) },
    onOpen: (target, by) => log.push(['open', target, by]),
    onClose: (target, reason) => log.push(['close', target, reason]),
    ...extra(log),
  });
  return { intent, log };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('dwell', () => {
  it('opens only after the pointer has rested for the dwell time', () => {
    const { intent, log } = setup();
    intent.pointerOn('a');
    vi.advanceTimersByTime(449);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual([['open', 'a', 'pointer']]);
    expect(intent.shown).toBe('a');
  });

  it('does not open when the pointer only passes over', () => {
    const { intent, log } = setup();
    intent.pointerOn('a');
    vi.advanceTimersByTime(200);
    intent.pointerOff();
    vi.advanceTimersByTime(1000);
    expect(log).toEqual([]);
  });

  it('does not restart the dwell when the same mention is reported again', () => {
    const { intent, log } = setup();
    intent.pointerOn('a');
    vi.advanceTimersByTime(300);
    intent.pointerOn('a');
    vi.advanceTimersByTime(150);
    expect(log).toEqual([['open', 'a', 'pointer']]);
  });

  it('restarts the dwell on moving to another mention', () => {
    const { intent, log } = setup();
    intent.pointerOn('a');
    vi.advanceTimersByTime(300);
    intent.pointerOn('b');
    vi.advanceTimersByTime(300);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(150);
    expect(log).toEqual([['open', 'b', 'pointer']]);
  });

  it('uses a changed dwell time for the next hover', () => {
    const { intent, log } = setup();
    intent.setDwell(1000);
    intent.pointerOn('a');
    vi.advanceTimersByTime(999);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toHaveLength(1);
  });
});

describe('scrolling', () => {
  it('cancels a pending dwell and ignores hovering until the scroll settles', () => {
    const settled = vi.fn();
    const { intent, log } = setup(() => ({ onScrollSettled: settled }));
    intent.pointerOn('a');
    vi.advanceTimersByTime(300);
    intent.scroll();
    intent.pointerOn('b');
    vi.advanceTimersByTime(100);
    intent.scroll();
    vi.advanceTimersByTime(149);
    expect(settled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(log).toEqual([]);
    expect(settled).toHaveBeenCalledTimes(1);
    intent.pointerOn('b');
    vi.advanceTimersByTime(450);
    expect(log).toEqual([['open', 'b', 'pointer']]);
  });

  it('keeps an open card while the page scrolls', () => {
    const { intent, log } = setup();
    intent.pointerOn('a');
    vi.advanceTimersByTime(450);
    intent.scroll();
    vi.advanceTimersByTime(1000);
    expect(log).toEqual([['open', 'a', 'pointer']]);
  });
});

describe('grace period', () => {
  function opened() {
    const ctx = setup();
    ctx.intent.pointerOn('a');
    vi.advanceTimersByTime(450);
    ctx.log.length = 0;
    return ctx;
  }

  it('closes the card a grace period after the pointer leaves', () => {
    const { intent, log } = opened();
    intent.pointerOff();
    vi.advanceTimersByTime(299);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual([['close', 'a', 'grace']]);
    expect(intent.shown).toBeNull();
  });

  it('keeps the card when the pointer reaches it within the grace period', () => {
    const { intent, log } = opened();
    intent.pointerOff();
    vi.advanceTimersByTime(250);
    intent.cardEnter();
    vi.advanceTimersByTime(5000);
    expect(log).toEqual([]);
    intent.cardLeave();
    vi.advanceTimersByTime(300);
    expect(log).toEqual([['close', 'a', 'grace']]);
  });

  it('keeps the card when the pointer comes back to the mention', () => {
    const { intent, log } = opened();
    intent.pointerOff();
    vi.advanceTimersByTime(200);
    intent.pointerOn('a');
    vi.advanceTimersByTime(5000);
    expect(log).toEqual([]);
  });

  it('moving from the card back onto its mention keeps it open', () => {
    const { intent, log } = opened();
    intent.pointerOff();
    intent.cardEnter();
    intent.cardLeave();
    intent.pointerOn('a');
    vi.advanceTimersByTime(5000);
    expect(log).toEqual([]);
  });

  it('hands over to another mention: the old card goes after the grace, the new after its dwell', () => {
    const { intent, log } = opened();
    intent.pointerOn('b');
    vi.advanceTimersByTime(300);
    expect(log).toEqual([['close', 'a', 'grace']]);
    vi.advanceTimersByTime(150);
    expect(log).toEqual([
      ['close', 'a', 'grace'],
      ['open', 'b', 'pointer'],
    ]);
  });
});

describe('dismissal', () => {
  it('closes at once and does not reopen while the pointer stays on the mention', () => {
    const { intent, log } = setup();
    intent.pointerOn('a');
    vi.advanceTimersByTime(450);
    intent.dismiss();
    expect(log).toEqual([
      ['open', 'a', 'pointer'],
      ['close', 'a', 'dismiss'],
    ]);
    intent.pointerOn('a');
    vi.advanceTimersByTime(5000);
    expect(log).toHaveLength(2);
    intent.pointerOff();
    intent.pointerOn('a');
    vi.advanceTimersByTime(450);
    expect(log).toHaveLength(3);
  });

  it('does nothing when no card is open', () => {
    const { intent, log } = setup();
    intent.dismiss();
    expect(log).toEqual([]);
  });
});

describe('keyboard', () => {
  it('opens at once, and pointer movement does not close it', () => {
    const { intent, log } = setup();
    intent.openNow('a');
    expect(log).toEqual([['open', 'a', 'keyboard']]);
    intent.pointerOff();
    intent.cardLeave();
    vi.advanceTimersByTime(5000);
    expect(intent.shown).toBe('a');
  });

  it('replaces the open card when moving to the next mention', () => {
    const { intent, log } = setup();
    intent.openNow('a');
    intent.openNow('b');
    expect(log).toEqual([
      ['open', 'a', 'keyboard'],
      ['close', 'a', 'replace'],
      ['open', 'b', 'keyboard'],
    ]);
    intent.dismiss();
    expect(intent.shown).toBeNull();
  });

  it('a pointer dwell on another mention takes over from a keyboard card', () => {
    const { intent, log } = setup();
    intent.openNow('a');
    intent.pointerOn('b');
    vi.advanceTimersByTime(450);
    expect(log.slice(1)).toEqual([
      ['close', 'a', 'replace'],
      ['open', 'b', 'pointer'],
    ]);
  });
});

describe('touch', () => {
  it('a tap opens at once, with no timer, and nothing but a tap outside or a dismissal closes it', () => {
    const { intent, log } = setup();
    intent.tap('a');
    expect(log).toEqual([['open', 'a', 'touch']]);
    expect(vi.getTimerCount()).toBe(0);
    intent.pointerOff();
    intent.cardLeave();
    vi.advanceTimersByTime(5000);
    expect(intent.shown).toBe('a');
    intent.tap(null);
    expect(log.slice(1)).toEqual([['close', 'a', 'dismiss']]);
    expect(intent.shown).toBeNull();
  });

  it('a tap on the open mention keeps its card; a tap on another replaces it', () => {
    const { intent, log } = setup();
    intent.tap('a');
    intent.tap('a');
    expect(log).toEqual([['open', 'a', 'touch']]);
    intent.tap('b');
    expect(log.slice(1)).toEqual([
      ['close', 'a', 'replace'],
      ['open', 'b', 'touch'],
    ]);
  });

  it('a tap while the page scrolls opens nothing; once it settles, a tap does', () => {
    const { intent, log } = setup();
    intent.scroll();
    intent.tap('a');
    expect(log).toEqual([]);
    vi.advanceTimersByTime(150);
    intent.tap('a');
    expect(log).toEqual([['open', 'a', 'touch']]);
  });

  it('a tap outside with no card open does nothing', () => {
    const { intent, log } = setup();
    intent.tap(null);
    expect(log).toEqual([]);
  });
});

describe('dwell reports (to get the card ready during the dwell)', () => {
  function withDwells() {
    const { intent, log } = setup((log) => ({ onDwell: (target) => log.push(['dwell', target ?? '-', 'pointer']) }));
    return { intent, dwells: () => log.map(([kind, target]) => `${kind} ${target}`) };
  }

  it('reports the start of a dwell, and not its end by opening', () => {
    const { intent, dwells } = withDwells();
    intent.pointerOn('a');
    expect(dwells()).toEqual(['dwell a']);
    vi.advanceTimersByTime(450);
    expect(dwells()).toEqual(['dwell a', 'open a']);
  });

  it('reports a dwell that stops without opening: leaving, scrolling, entering the card', () => {
    const { intent, dwells } = withDwells();
    intent.pointerOn('a');
    intent.pointerOff();
    intent.pointerOn('b');
    intent.scroll();
    vi.advanceTimersByTime(200);
    intent.pointerOn('c');
    intent.cardEnter();
    vi.advanceTimersByTime(1000);
    expect(dwells()).toEqual(['dwell a', 'dwell -', 'dwell b', 'dwell -', 'dwell c', 'dwell -']);
  });

  it('reports the switch from one mention to the next, and nothing for a repeat', () => {
    const { intent, dwells } = withDwells();
    intent.pointerOn('a');
    intent.pointerOn('a');
    intent.pointerOn('b');
    expect(dwells()).toEqual(['dwell a', 'dwell -', 'dwell b']);
  });

  it('reports no dwell where none starts: a dismissed or shown mention, while scrolling', () => {
    const { intent, dwells } = withDwells();
    intent.openNow('a');
    intent.pointerOn('a');
    intent.dismiss();
    intent.pointerOn('a');
    intent.scroll();
    intent.pointerOn('b');
    expect(dwells()).toEqual(['open a', 'close a']);
  });

  it('a keyboard opening of another mention stops the running dwell', () => {
    const { intent, dwells } = withDwells();
    intent.pointerOn('a');
    intent.openNow('b');
    vi.advanceTimersByTime(1000);
    expect(dwells()).toEqual(['dwell a', 'dwell -', 'open b']);
  });
});

it('destroy stops every pending timer', () => {
  const { intent, log } = setup();
  intent.pointerOn('a');
  intent.scroll();
  intent.destroy();
  vi.advanceTimersByTime(5000);
  expect(log).toEqual([]);
  expect(vi.getTimerCount()).toBe(0);
});

describe('the state the card controller reads (it keeps none of its own)', () => {
  it('says which mention a dwell will open, and forgets it when the dwell ends', () => {
    const { intent } = setup();
    expect(intent.dwelling).toBeNull();
    intent.pointerOn('a');
    expect(intent.dwelling).toBe('a');
    vi.advanceTimersByTime(450);
    expect(intent.dwelling).toBeNull();
    expect(intent.shown).toBe('a');
  });

  it('says how the open card was opened, and tells the close who had opened it', () => {
    const closes: Array<[string, OpenedBy]> = [];
    const intent = createHoverIntent<string>({
      timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as number) },
      onOpen: () => undefined,
      onClose: (target, _reason, by) => closes.push([target, by]),
    });
    expect(intent.openedBy).toBeNull();
    intent.openNow('a');
    expect(intent.openedBy).toBe('keyboard');
    intent.tap('b');
    expect(intent.openedBy).toBe('touch');
    intent.dismiss();
    expect(intent.openedBy).toBeNull();
    expect(closes).toEqual([
      ['a', 'keyboard'],
      ['b', 'touch'],
    ]);
  });

  it('says whether the pointer is on the card, until the card closes', () => {
    const { intent } = setup();
    intent.pointerOn('a');
    vi.advanceTimersByTime(450);
    intent.cardEnter();
    expect(intent.onCard).toBe(true);
    intent.cardLeave();
    expect(intent.onCard).toBe(false);
    intent.cardEnter();
    intent.dismiss();
    expect(intent.onCard).toBe(false);
  });
});
