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

export interface NearScope {
  watch(range: Range): void;
  unwatch(range: Range): void;
  isNear(range: Range): boolean;
  /** Forgets every watched range (it can watch again). */
  reset(): void;
  disconnect(): void;
}

/** One viewport above and one below. */
export const NEAR_MARGIN = '100% 0px 100% 0px';

function anchorOf(range: Range): Element | null {
  const node = range.startContainer;
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
}

/** `onChange` runs after a measurement moved an element nearer or farther. */
export function nearViewport(onChange: () => void): NearScope {
  const watchers = new Map<Element, number>();
  const near = new Map<Element, boolean>();
  const observer = new IntersectionObserver(
    (entries) => {
      let changed = false;
      for (const entry of entries) {
        if (!watchers.has(entry.target)) continue;
        if (near.get(entry.target) !== entry.isIntersecting) changed = true;
        near.set(entry.target, entry.isIntersecting);
      }
      if (changed) onChange();
    },
    { rootMargin: NEAR_MARGIN },
  );
  return {
    watch(range) {
      const anchor = anchorOf(range);
      if (!anchor) return;
      const count = watchers.get(anchor) ?? 0;
      watchers.set(anchor, count + 1);
      if (count === 0) observer.observe(anchor);
    },
    unwatch(range) {
      const anchor = anchorOf(range);
      const count = anchor ? watchers.get(anchor) : undefined;
      if (!anchor || count === undefined) return;
      if (count > 1) {
        watchers.set(anchor, count - 1);
        return;
      }
      watchers.delete(anchor);
      near.delete(anchor);
      observer.unobserve(anchor);
    },
    isNear(range) {
      const anchor = anchorOf(range);
      return !anchor || near.get(anchor) !== false;
    },
    reset() {
      observer.disconnect();
      watchers.clear();
      near.clear();
    },
    disconnect() {
      this.reset();
    },
  };
}
