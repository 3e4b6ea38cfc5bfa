import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CALM_MS, CHANGING_AFTER, IN_A_ROW_MS, changingPage } from '@/lib/highlight/changing-page';

describe('changingPage', () => {
  const events: string[] = [];
  // Date is faked with the timers: the clock and the calm timer move together.
  const page = () =>
    changingPage({ onChanging: () => events.push('changing'), onCalm: () => events.push('calm'), now: () => Date.now() });
  /** A batch every `gap` ms, `count` times. */
  const batches = (target: ReturnType<typeof page>, count: number, gap: number) => {
    for (let i = 0; i < count; i++) {
      vi.advanceTimersByTime(gap);
      target.changed();
    }
  };

  beforeEach(() => {
    vi.useFakeTimers();
    events.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('is changing after batches in a row, and calm once no batch came for a while', () => {
    const target = page();
    batches(target, CHANGING_AFTER - 1, 250);
    expect(events).toEqual([]);
    batches(target, 1, 250);
    expect(events).toEqual(['changing']);
    batches(target, 10, 250);
    expect(events).toEqual(['changing']);
    vi.advanceTimersByTime(CALM_MS - 1);
    expect(events).toEqual(['changing']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['changing', 'calm']);
  });

  it('does not count batches farther apart than a row', () => {
    const target = page();
    batches(target, 10, IN_A_ROW_MS + 1);
    expect(events).toEqual([]);
    // Calm without having changed: nothing to say.
    vi.advanceTimersByTime(CALM_MS);
    expect(events).toEqual([]);
  });

  it('starts counting afresh after calm, and after stop', () => {
    const target = page();
    batches(target, CHANGING_AFTER, 250);
    vi.advanceTimersByTime(CALM_MS);
    batches(target, CHANGING_AFTER - 1, 250);
    expect(events).toEqual(['changing', 'calm']);
    target.stop();
    batches(target, CHANGING_AFTER - 1, 250);
    vi.advanceTimersByTime(CALM_MS);
    expect(events).toEqual(['changing', 'calm']);
  });
});
