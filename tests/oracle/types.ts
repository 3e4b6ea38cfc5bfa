/** What crosses from a page to Node when the oracle is compared with the extension. */

/** One mention, serialized so that the same mention compares equal from both sides. */
export interface SerializedMention {
  topic: string;
  /** The mention's text, as `Range.toString()` gives it. */
  text: string;
  /** Start and end boundary: node path (child indexes, `s` into a shadow root) and offset. */
  at: string;
  /** The text around it, for messages only. */
  context: string;
}

/** One frame's document at one moment. */
export interface FrameSnapshot {
  /** Whether the content script measured its first scan (`face-facts:scan`). */
  scanned: boolean;
  /** What the exhaustive block walk finds now. */
  oracle: SerializedMention[];
  /** What the extension's public highlights hold now. */
  extension: SerializedMention[];
}
