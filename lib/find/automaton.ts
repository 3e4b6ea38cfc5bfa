/**
 * Answers: does this text (or this stream of texts) hold a candidate key?
 *
 * An Aho–Corasick automaton over folded characters (fold.ts), built once per
 * page from the keys compiled at build time (keys.ts). One table lookup per
 * character, no regex and no string copies: the state carries from one text
 * node to the next, so a key split by inline elements, glued across blocks or
 * broken by invisible characters is still seen. A hit is ruled out only when a
 * word character that no form allows follows the key in the same text ("IBMX").
 */
import { isWordCode } from '../match/boundaries';
import { COMBINING_FIRST, COMBINING_LAST, foldChar, INVISIBLE_CHARS, SEPARATOR_CHARS } from './fold';
import type { FinderData } from './keys';

const SEPARATOR = 1;
const SKIP = 2;
const ANY = '*';

/** Characters outside these ranges fold to nothing a key holds (keys are Latin script): class 0. */
const FOLDED_RANGES: ReadonlyArray<readonly [number, number]> = [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x1e00, 0x1eff]];

export class Automaton {
  /** Character code → character class. */
  private readonly classes = new Uint8Array(0x10000);
  /** (state × classes + class) → next state × classes; matching states are numbered last. */
  private readonly table: Uint16Array;
  private readonly width: number;
  /** The first matching state × width: a state at or past it ends a key. */
  private readonly matching: number;
  /** Per matching state: the word characters that may follow, or `*`. */
  private readonly follow: string[];
  /** The state between two `feed` calls (a stream of text nodes). */
  state = 0;

  constructor(data: FinderData) {
    const classes = this.classes;
    for (const ch of SEPARATOR_CHARS) classes[ch.charCodeAt(0)] = SEPARATOR;
    for (const ch of INVISIBLE_CHARS) classes[ch.charCodeAt(0)] = SKIP;
    classes.fill(SKIP, COMBINING_FIRST, COMBINING_LAST + 1);
    const letters = new Map<string, number>();
    const classOf = (ch: string) => {
      if (ch === ' ') return SEPARATOR;
      let id = letters.get(ch);
      if (id === undefined) letters.set(ch, (id = letters.size + 3));
      return id;
    };
    const sequences = data.keys.map((key) => [...key].map(classOf));
    // Every character whose folded form is a key letter gets that letter's class.
    for (const [first, last] of FOLDED_RANGES) {
      for (let code = first; code <= last; code++) {
        const id = letters.get(foldChar(String.fromCharCode(code)));
        if (id !== undefined) classes[code] = id;
      }
    }
    for (const [ch, id] of letters) classes[ch.charCodeAt(0)] = id;
    const width = (this.width = letters.size + 3);

    // The trie.
    const next: number[] = [-1];
    const ends: number[][] = [[]];
    const bySeparator: boolean[] = [false];
    const grow = () => {
      for (let c = 0; c < width; c++) next.push(-1);
      ends.push([]);
      return ends.length - 1;
    };
    for (let c = 1; c < width; c++) next.push(-1);
    sequences.forEach((sequence, key) => {
      let state = 0;
      for (const c of sequence) {
        let to = next[state * width + c]!;
        if (to < 0) {
          to = grow();
          next[state * width + c] = to;
          bySeparator[to] = c === SEPARATOR;
        }
        state = to;
      }
      ends[state]!.push(key);
    });
    const count = ends.length;

    // Failure links, breadth first; a state's keys include those of its failure state.
    const delta = new Int32Array(count * width);
    const failure = new Int32Array(count);
    const order: number[] = [];
    for (let c = 0; c < width; c++) {
      const to = next[c]!;
      if (to > 0) {
        delta[c] = to;
        order.push(to);
      }
    }
    for (let i = 0; i < order.length; i++) {
      const state = order[i]!;
      ends[state]!.push(...ends[failure[state]!]!);
      for (let c = 0; c < width; c++) {
        const to = next[state * width + c]!;
        if (to > 0) {
          failure[to] = delta[failure[state]! * width + c]!;
          delta[state * width + c] = to;
          order.push(to);
        } else {
          delta[state * width + c] = delta[failure[state]! * width + c]!;
        }
      }
    }
    for (let state = 0; state < count; state++) {
      delta[state * width + SKIP] = state; // invisible: not there
      if (bySeparator[state]) delta[state * width + SEPARATOR] = state; // a run of separators is one
    }

    // Renumber: matching states last, premultiplied by the width.
    const rank = new Int32Array(count);
    let n = 0;
    for (let s = 0; s < count; s++) if (ends[s]!.length === 0) rank[s] = n++;
    this.matching = n * width;
    this.follow = [];
    for (let s = 0; s < count; s++) {
      if (ends[s]!.length === 0) continue;
      rank[s] = n++;
      const allowed = ends[s]!.map((key) => data.follow[key] ?? '');
      this.follow.push(allowed.includes(ANY) ? ANY : allowed.join(''));
    }
    if (count * width > 0xffff) throw new RangeError('too many candidate keys for a 16-bit table');
    this.table = new Uint16Array(count * width);
    for (let s = 0; s < count; s++) {
      for (let c = 0; c < width; c++) this.table[rank[s]! * width + c] = rank[delta[s * width + c]!]! * width;
    }
    this.state = rank[0]! * width;
    this.start = this.state;
  }

  private readonly start: number;

  /** Back to the start state (a new stream). */
  reset(): void {
    this.state = this.start;
  }

  /**
   * Feeds `text`, continuing from the state the previous text left; returns
   * whether a candidate key ends in it.
   */
  feed(text: string): boolean {
    const { classes, table, matching } = this;
    let state = this.state;
    let hit = false;
    for (let i = 0, n = text.length; i < n; i++) {
      state = table[state + classes[text.charCodeAt(i)]!]!;
      if (state >= matching && !hit && this.bounded(text, i + 1, state)) hit = true;
    }
    this.state = state;
    return hit;
  }

  /** Whether a key ending before `at` may end there: no word character that its forms forbid follows. */
  private bounded(text: string, at: number, state: number): boolean {
    const allowed = this.follow[(state - this.matching) / this.width]!;
    if (allowed === ANY) return true;
    let i = at;
    while (i < text.length && this.classes[text.charCodeAt(i)] === SKIP) i++;
    if (i >= text.length) return true; // the next text node decides; it may be another block
    const code = text.codePointAt(i)!;
    if (!isWordCode(code)) return true;
    return allowed.includes(foldChar(String.fromCodePoint(code)));
  }
}
