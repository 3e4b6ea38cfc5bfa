/**
 * What does the toolbar badge say for a tab?
 *
 * Keeps the mention counts each frame of each tab reported, sums them per tab,
 * and mirrors them to a session store so that they survive the MV3 worker
 * going to sleep (a fresh worker reloads them before answering).
 */

export type FrameCounts = Record<string, Record<string, number>>;

/** The few storage calls used (`browser.storage.session` in the extension). */
export interface SessionStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const KEY = 'badge:counts';

/** The badge text for a total: empty for none, capped at 999+. */
export function badgeText(total: number): string {
  if (total <= 0) return '';
  return total > 999 ? '999+' : String(total);
}

export function totalOf(frames: FrameCounts | undefined): number {
  let total = 0;
  for (const counts of Object.values(frames ?? {})) for (const n of Object.values(counts)) total += n;
  return total;
}

/** Mentions per topic over every frame of a tab: what the popup lists, adding up to the badge. */
export function topicTotals(frames: FrameCounts | undefined): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const counts of Object.values(frames ?? {})) {
    for (const [topic, n] of Object.entries(counts)) if (n > 0) totals[topic] = (totals[topic] ?? 0) + n;
  }
  return totals;
}

export class TabCounts {
  private tabs: Record<string, FrameCounts> = {};
  private queue: Promise<unknown>;

  constructor(private readonly store?: SessionStore) {
    this.queue = store
      ? store.get(KEY).then(
          (items) => {
            const saved = items[KEY];
            if (saved && typeof saved === 'object') this.tabs = { ...(saved as Record<string, FrameCounts>), ...this.tabs };
          },
          () => undefined,
        )
      : Promise.resolve();
  }

  /** Records one frame's counts; resolves to the tab's new total. */
  set(tabId: number, frameId: number, counts: Record<string, number>): Promise<number> {
    return this.then(() => {
      const frames = { ...this.tabs[tabId], [frameId]: counts };
      this.tabs[tabId] = frames;
      return totalOf(frames);
    });
  }

  /** Forgets a tab (it navigated or closed). */
  clear(tabId: number): Promise<void> {
    return this.then(() => {
      delete this.tabs[tabId];
    });
  }

  /** The tab's per-frame counts. */
  get(tabId: number): Promise<FrameCounts> {
    return this.then(() => ({ ...this.tabs[tabId] }), false);
  }

  private then<T>(change: () => T, save = true): Promise<T> {
    const result = this.queue.then(async () => {
      const value = change();
      if (save && this.store) await this.store.set({ [KEY]: this.tabs }).catch(() => undefined);
      return value;
    });
    this.queue = result.catch(() => undefined);
    return result;
  }
}
