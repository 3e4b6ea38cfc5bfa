/**
 * Answers: where may a key end in this text, without stepping through every
 * character?
 *
 * Aho–Corasick would take one step per character; most of a page is text
 * that no key is near. Keys matched in any case are found by
 * Horspool's rule over pairs of character classes: looking at the two
 * characters at a window's end, a pair that no key holds near its end lets
 * the window move on by up to the shortest key's length less one, so most
 * characters are never read. A key written in a text is never shorter than
 * the key (invisible characters and runs of separators only lengthen it),
 * which keeps the rule exact. Where a pair may end a key, the text is read
 * back along the keys reversed, as a trie. Keys whose forms fix
 * their case (IBM, ACLU) are short and would shorten every move: they are
 * found instead from the native `indexOf` of each character they may start
 * with, checked forward.
 */

/** Character class of a space or hyphen (a run of them is one space of a key). */
export const SEPARATOR_CLASS = 1;
/** Character class of an invisible character or a combining mark: not there. */
export const SKIP_CLASS = 2;

export interface SkipKey {
  /** The key's characters as classes (SEPARATOR_CLASS for a space). */
  classes: number[];
  /** For a key whose forms fix its case: every character it may start with; else null. */
  firsts: string | null;
}

/** Where keys end, found by skipping: `found(at, key)` with `at` just past the key's last character. */
export class KeyEnds {
  private readonly width: number;
  /** (class before × width + class) → how far the window may move; 0: a key may end here. */
  private readonly shift: Uint8Array;
  /**
   * The keys matched in any case, reversed, as a trie read back from a window's end:
   * (node × width + class) → next node, 0 for none; node 0 is the root.
   */
  private readonly back: Uint16Array;
  /** Per node of `back`: the key that is whole there, or -1. */
  private readonly whole: Int16Array;
  /** The keys whose forms fix their case. */
  private readonly cased: number[];
  /** The shortest key matched in any case (0: there is none); at least 2, since a window is read by its last two characters (keys.ts). */
  private readonly shortest: number;

  constructor(
    private readonly classes: Uint8Array,
    width: number,
    private readonly keys: readonly SkipKey[],
  ) {
    this.width = width;
    const anyCase = keys.map((key, k) => (key.firsts === null ? k : -1)).filter((k) => k >= 0);
    this.cased = keys.map((key, k) => (key.firsts === null ? -1 : k)).filter((k) => k >= 0);
    this.shortest = anyCase.length === 0 ? 0 : Math.min(...anyCase.map((k) => keys[k]!.classes.length));
    const nodes = 1 + anyCase.reduce((sum, k) => sum + keys[k]!.classes.length, 0);
    this.back = new Uint16Array(nodes * width);
    this.whole = new Int16Array(nodes).fill(-1);
    this.shift = new Uint8Array(width * width).fill(Math.min(255, this.shortest - 1));
    const shift = this.shift;
    const lower = (pair: number, to: number) => (shift[pair] = Math.min(shift[pair]!, to));
    // An invisible character may stand anywhere in a written key: a pair holding one moves by one.
    for (let c = 0; c < width; c++) {
      lower(SKIP_CLASS * width + c, 1);
      lower(c * width + SKIP_CLASS, 1);
    }
    let count = 1;
    for (const k of anyCase) {
      const chars = keys[k]!.classes;
      const last = chars.length - 1;
      lower(SKIP_CLASS * width + chars[last]!, 0);
      for (let j = 1; j <= last; j++) lower(chars[j - 1]! * width + chars[j]!, last - j);
      // A second separator of a run stands where the key's space does.
      for (let j = 0; j <= last; j++) if (chars[j] === SEPARATOR_CLASS) lower(SEPARATOR_CLASS * width + SEPARATOR_CLASS, last - j);
      let node = 0;
      for (let j = last; j >= 0; j--) {
        const edge = node * width + chars[j]!;
        node = this.back[edge] ||= count++;
      }
      this.whole[node] = k;
    }
  }

  /** Calls `found` for each key that ends in `text` (and starts in it). */
  each(text: string, found: (at: number, key: number) => void): void {
    if (this.shortest > 0) this.slide(text, this.shortest - 1, found);
    for (const k of this.cased) {
      const key = this.keys[k]!;
      const second = key.classes[1];
      for (const first of key.firsts!) {
        for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
          const next = this.classes[text.charCodeAt(at + 1)];
          if (second !== undefined && next !== second && next !== SKIP_CLASS) continue;
          const end = this.forward(text, at, key.classes);
          if (end >= 0) found(end, k);
        }
      }
    }
  }

  /** Moves a window, its end first at `p`, through `text`. */
  private slide(text: string, p: number, found: (at: number, key: number) => void): void {
    const { classes, shift, width } = this;
    while (p < text.length) {
      const pair = classes[text.charCodeAt(p - 1)]! * width + classes[text.charCodeAt(p)]!;
      const move = shift[pair]!;
      if (move > 0) {
        p += move;
        continue;
      }
      this.readBack(text, p, found);
      p++;
    }
  }

  /** Reads back from `text[p]` along the reversed keys: finds each key that ends there. */
  private readBack(text: string, p: number, found: (at: number, key: number) => void): void {
    const { classes, back, whole, width } = this;
    let node = 0;
    for (let i = p; i >= 0; ) {
      let c = classes[text.charCodeAt(i)]!;
      if (c === SKIP_CLASS) {
        i--;
        continue;
      }
      node = back[node * width + c]!;
      if (node === 0) return;
      i--;
      // A run of separators, invisible characters among them, is one space.
      if (c === SEPARATOR_CLASS) while (i >= 0 && ((c = classes[text.charCodeAt(i)]!) === SEPARATOR_CLASS || c === SKIP_CLASS)) i--;
      if (whole[node]! >= 0) found(p + 1, whole[node]!);
    }
  }

  /** Where the key of `chars` ends if it starts at `text[at]` (just past it), or -1. */
  private forward(text: string, at: number, chars: readonly number[]): number {
    const classes = this.classes;
    let i = at + 1;
    for (let j = 1; j < chars.length; j++) {
      const want = chars[j]!;
      if (want === SEPARATOR_CLASS) {
        let separators = 0;
        for (let c = classes[text.charCodeAt(i)]; i < text.length && (c === SEPARATOR_CLASS || c === SKIP_CLASS); c = classes[text.charCodeAt(++i)]) {
          if (c === SEPARATOR_CLASS) separators++;
        }
        if (separators === 0) return -1;
        continue;
      }
      while (i < text.length && classes[text.charCodeAt(i)] === SKIP_CLASS) i++;
      if (i >= text.length || classes[text.charCodeAt(i)] !== want) return -1;
      i++;
    }
    return i;
  }
}
