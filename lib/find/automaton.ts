/**
 * Answers: does this text (or this stream of texts) hold a candidate key?
 *
 * An Aho–Corasick automaton over folded characters (fold.ts), built once per
 * page from the keys compiled at build time (keys.ts). One table lookup per
 * character, no regex and no string copies: the state carries from one text
 * node to the next, so a key split by inline elements, glued across blocks or
 * broken by invisible characters is still seen. A hit is ruled out only when a
 * word character that no form allows follows the key in the same text ("IBMX").
 *
 * Building it is on every page's path, so it takes time in the number of key
 * characters, not of characters × classes: the trie's edges are sparse, and
 * each state's row is a native copy of its failure state's row.
 */
import { isWordCode } from '../match/boundaries';
import { COMBINING_FIRST, COMBINING_LAST, foldChar, INVISIBLE_CHARS, SEPARATOR_CHARS } from './fold';
import type { FinderData } from './keys';

const SEPARATOR = 1;
const SKIP = 2;
const ANY = '*';

export class Automaton {
  /** Character code → character class (0: nothing a key holds). */
  private readonly classes = new Uint8Array(0x10000);
  /** (state × width + class) → next state × width; matching states are numbered last. */
  private readonly table: Uint16Array;
  private readonly width: number;
  /** The first matching state × width: a state at or past it ends a key. */
  private readonly matching: number;
  /** Per matching state, in order: the word characters that may follow, or `*`. */
  private readonly follow: string[] = [];
  /** Per matching state, in order: the keys that end there (its own and its suffixes'), as indexes. */
  private readonly ends: number[][] = [];
  private readonly keys: readonly string[];
  private readonly lead: readonly string[];
  private readonly start: number;
  /** The state between two `feed` calls (a stream of text nodes). */
  state = 0;

  constructor(data: FinderData) {
    this.keys = data.keys;
    this.lead = data.lead;
    const classes = this.classes;
    for (const ch of SEPARATOR_CHARS) classes[ch.charCodeAt(0)] = SEPARATOR;
    for (const ch of INVISIBLE_CHARS) classes[ch.charCodeAt(0)] = SKIP;
    classes.fill(SKIP, COMBINING_FIRST, COMBINING_LAST + 1);
    const letterIds = new Map<string, number>();
    for (const [letter, chars] of Object.entries(data.letters)) {
      const id = letterIds.size + 3;
      letterIds.set(letter, id);
      for (let i = 0; i < chars.length; i++) classes[chars.charCodeAt(i)] = id;
    }
    const width = (this.width = letterIds.size + 3);

    // The trie, with sparse edges: edges[s] is a Map from class to state.
    const edges: Map<number, number>[] = [new Map()];
    const own: number[] = [-1]; // the key ending at each state, or -1
    const bySeparator: boolean[] = [false];
    data.keys.forEach((key, k) => {
      let state = 0;
      for (const ch of key) {
        const c = ch === ' ' ? SEPARATOR : (letterIds.get(ch) ?? 0);
        let to = edges[state]!.get(c);
        if (to === undefined) {
          to = edges.push(new Map()) - 1;
          own.push(-1);
          bySeparator.push(c === SEPARATOR);
          edges[state]!.set(c, to);
        }
        state = to;
      }
      own[state] = k;
    });
    const count = edges.length;

    // Breadth first: failure links (the classic walk up), and each state's follow rule.
    const failure = new Int32Array(count);
    const order: number[] = [0];
    const follows: (string | null)[] = [null];
    const endings: number[][] = [[]];
    for (let i = 0; i < order.length; i++) {
      const state = order[i]!;
      const mine = own[state]! >= 0 ? (data.follow[own[state]!] ?? '') : null;
      const inherited = state === 0 ? null : follows[failure[state]!]!;
      follows[state] = mine === null ? inherited : inherited === null ? mine : mine === ANY || inherited === ANY ? ANY : mine + inherited;
      const suffixes = state === 0 ? [] : endings[failure[state]!]!;
      endings[state] = own[state]! >= 0 ? [own[state]!, ...suffixes] : suffixes;
      for (const [c, to] of edges[state]!) {
        let f = failure[state]!;
        while (state !== 0 && f !== 0 && !edges[f]!.has(c)) f = failure[f]!;
        failure[to] = state === 0 ? 0 : (edges[f]!.get(c) ?? 0);
        order.push(to);
      }
    }

    // Number the states: matching ones last, premultiplied by the width.
    const rank = new Int32Array(count);
    let n = 0;
    for (const state of order) if (follows[state] === null) rank[state] = n++ * width;
    this.matching = n * width;
    for (const state of order) {
      if (follows[state] === null) continue;
      rank[state] = n++ * width;
      this.follow.push(follows[state]!);
      this.ends.push(endings[state]!);
    }
    if (count * width > 0xffff) throw new RangeError('too many candidate keys for a 16-bit table');

    // Each row is its failure state's row (already complete: it is shallower), then its own edges.
    const table = (this.table = new Uint16Array(count * width));
    for (const state of order) {
      const row = rank[state]!;
      if (state !== 0) table.copyWithin(row, rank[failure[state]!]!, rank[failure[state]!]! + width);
      for (const [c, to] of edges[state]!) table[row + c] = rank[to]!;
      table[row + SKIP] = row; // invisible: not there
      if (bySeparator[state]) table[row + SEPARATOR] = row; // a run of separators is one
    }
    this.start = this.state = rank[0]!;
  }

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

  /**
   * Feeds the walker's text nodes, from where it stands, to the automaton and
   * collects those in which a candidate ends. Stops when the walk ends (true)
   * or when `due()` says so, asked every 64 nodes (false: call again to go on).
   * The loop is here, not around `feed`, so the hot path keeps its tables in
   * locals across nodes.
   */
  feedWalker(walker: TreeWalker, found: Text[], due: () => boolean): boolean {
    const { classes, table, matching } = this;
    let state = this.state;
    for (let count = 1; ; count++) {
      const node = walker.nextNode() as Text | null;
      if (node === null) break;
      const text = node.data;
      let hit = false;
      for (let i = 0, n = text.length; i < n; i++) {
        state = table[state + classes[text.charCodeAt(i)]!]!;
        if (state >= matching && !hit && this.bounded(text, i + 1, state)) hit = true;
      }
      if (hit) found.push(node);
      if ((count & 63) === 0 && due()) {
        this.state = state;
        return false;
      }
    }
    this.state = state;
    return true;
  }

  /**
   * Whether a key ending before `at` may be a mention's: no word character that
   * its forms forbid follows it, or comes right before one of the keys ending there.
   */
  private bounded(text: string, at: number, state: number): boolean {
    const which = (state - this.matching) / this.width;
    if (!this.mayFollow(text, at, this.follow[which]!)) return false;
    return this.ends[which]!.some((key) => this.mayLead(text, at, key));
  }

  private mayFollow(text: string, at: number, allowed: string): boolean {
    if (allowed === ANY) return true;
    let i = at;
    while (i < text.length && this.classes[text.charCodeAt(i)] === SKIP) i++;
    if (i >= text.length) return true; // the next text node decides; it may be another block
    const code = text.codePointAt(i)!;
    if (!isWordCode(code)) return true;
    return allowed.includes(foldChar(String.fromCodePoint(code)));
  }

  /**
   * Walks back over key `k`'s characters from `at` (invisible ones skipped, a run
   * of separators for each space) and looks at the character before it. A key
   * that began in an earlier text node is let through: that node is gone.
   */
  private mayLead(text: string, at: number, k: number): boolean {
    const { classes } = this;
    const key = this.keys[k]!;
    let i = at - 1;
    for (let j = key.length - 1; j >= 0; j--) {
      if (key[j] === ' ') {
        while (i >= 0 && (classes[text.charCodeAt(i)] === SEPARATOR || classes[text.charCodeAt(i)] === SKIP)) i--;
      } else {
        while (i >= 0 && classes[text.charCodeAt(i)] === SKIP) i--;
        i--;
      }
      if (i < 0) return true;
    }
    while (i >= 0 && classes[text.charCodeAt(i)] === SKIP) i--;
    if (i < 0) return true;
    const low = text.charCodeAt(i);
    const code = low >= 0xdc00 && low <= 0xdfff && i > 0 ? text.codePointAt(i - 1)! : low;
    if (!isWordCode(code)) return true;
    return this.lead[k]!.includes(foldChar(String.fromCodePoint(code)));
  }
}
