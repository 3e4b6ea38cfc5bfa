/**
 * Which highlighted mention is under the pointer at (x, y)?
 *
 * The caret position at the point (`caretPositionFromPoint`, or WebKit's
 * `caretRangeFromPoint`) gives a text node and offset; the registry's lookup
 * turns that into a mention; and the point must then lie inside one of the
 * mention's own line boxes (`range.getClientRects()`), because the caret snaps
 * to the nearest character even when the pointer is in a margin, past the end
 * of a line or between lines. Checking every line box makes mentions that wrap
 * across lines work. One caret query and one rect read per call: callers run
 * it at most once per animation frame.
 */

export interface HitMention {
  topic: string;
  range: Range;
}

/** What the hit test needs from the highlight registry. */
export interface MentionLookup<M extends HitMention = HitMention> {
  findMention(node: Node, offset: number): M | undefined;
}

export interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The caret position at a viewport point, or null. */
export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const caretDoc = doc as CaretDocument;
  if (typeof caretDoc.caretPositionFromPoint === 'function') {
    const position = caretDoc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof caretDoc.caretRangeFromPoint === 'function') {
    const range = caretDoc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** Whether (x, y) lies in one of `rects`, edges included. */
export function rectsContain(rects: Iterable<DOMRectReadOnly>, x: number, y: number): boolean {
  for (const rect of rects) {
    if (rect.width === 0 && rect.height === 0) continue;
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/**
 * The mention whose text is under (x, y), or undefined. A caret just after a
 * mention's last character (pointer on the right half of it) counts too,
 * since the rect check still decides.
 */
export function mentionAtPoint<M extends HitMention>(
  doc: Document,
  x: number,
  y: number,
  lookup: MentionLookup<M>,
  caret: (doc: Document, x: number, y: number) => CaretPoint | null = caretAt,
): M | undefined {
  const point = caret(doc, x, y);
  if (!point) return undefined;
  for (const offset of [point.offset, point.offset - 1]) {
    if (offset < 0) continue;
    const mention = lookup.findMention(point.node, offset);
    if (mention && rectsContain(mention.range.getClientRects(), x, y)) return mention;
  }
  return undefined;
}
