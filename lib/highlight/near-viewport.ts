/**
 * Which mentions are near the viewport?
 *
 * An IntersectionObserver over the elements that hold the mentions' first
 * characters, with a margin of one viewport above and below, so that a mention
 * is painted before it scrolls into view. Chromium computes the intersections
 * in its own frame, so no layout is forced here. Each element is observed once,
 * however many of the watched ranges start in it, and no longer once none does.
 * An element not yet measured counts as near: nothing visible is unpainted while
 * the first measurement is on its way.
 */

import { elementOf } from '@/lib/dom/element-of';

export interface NearScope {
  watch(range: Range): void;
  unwatch(range: Range): void;
  isNear(range: Range): boolean;
  /** Forgets every watched range; it can watch again afterwards. */
  disconnect(): void;
}

/** One viewport above and one below. */
export const NEAR_MARGIN = '100% 0px 100% 0px';

/** The element holding a range's first character. */
const anchorOf = (range: Range): Element | null => elementOf(range.startContainer);

/** `onChange` runs after a measurement moved an element nearer or farther. */
export function nearViewport(onChange: () => void): NearScope {
  /** Per observed element: how many watched ranges start in it, and whether it was last measured near. */
  const watched = new Map<Element, { ranges: number; near?: boolean }>();
  const observer = new IntersectionObserver(
    (entries) => {
      let changed = false;
      for (const entry of entries) {
        const state = watched.get(entry.target);
        if (!state || state.near === entry.isIntersecting) continue;
        state.near = entry.isIntersecting;
        changed = true;
      }
      if (changed) onChange();
    },
    { rootMargin: NEAR_MARGIN },
  );
  return {
    watch(range) {
      const anchor = anchorOf(range);
      if (!anchor) return;
      const state = watched.get(anchor);
      if (state) state.ranges++;
      else {
        watched.set(anchor, { ranges: 1 });
        observer.observe(anchor);
      }
    },
    unwatch(range) {
      const anchor = anchorOf(range);
      const state = anchor && watched.get(anchor);
      if (!anchor || !state || --state.ranges > 0) return;
      watched.delete(anchor);
      observer.unobserve(anchor);
    },
    isNear(range) {
      const anchor = anchorOf(range);
      return !anchor || watched.get(anchor)?.near !== false;
    },
    disconnect() {
      observer.disconnect();
      watched.clear();
    },
  };
}
