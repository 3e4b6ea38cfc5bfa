/**
 * Which mention does "next" or "previous" go to?
 *
 * From the mention whose card is open, one step in document order, wrapping
 * at either end. With no card open, "next" starts at the first mention not
 * above the viewport and "previous" at the last one not below it, so the
 * first press lands on something the reader can see or is about to.
 */

export type Direction = 1 | -1;

/**
 * `count` mentions in document order; `current` is the open one's index (or -1);
 * `anchor` is the index "next" (or "previous") would take with nothing open,
 * or -1 when every mention is on the other side of the viewport.
 */
export function stepMention(count: number, current: number, direction: Direction, anchor: number): number {
  if (count === 0) return -1;
  if (current >= 0 && current < count) return (current + direction + count) % count;
  if (anchor >= 0 && anchor < count) return anchor;
  return direction === 1 ? 0 : count - 1;
}

/**
 * The anchor for a direction: the first index whose box ends below the
 * viewport top (next) or the last whose box starts above its bottom (previous).
 */
export function viewportAnchor(
  boxes: ReadonlyArray<{ top: number; bottom: number }>,
  viewportHeight: number,
  direction: Direction,
): number {
  if (direction === 1) return boxes.findIndex((box) => box.bottom > 0);
  for (let i = boxes.length - 1; i >= 0; i--) if (boxes[i]!.top < viewportHeight) return i;
  return -1;
}
