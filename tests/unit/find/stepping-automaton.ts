/**
 * The test oracle of the candidate search (lib/find/key-search.ts): an
 * Aho–Corasick automaton over the same character classes, one step per
 * character, which the search used before it skipped. The search must mark
 * the same text nodes.
 */
import { isWordCode } from '@/lib/match/boundaries';
import { caseOf, COMBINING_FIRST, COMBINING_LAST, foldChar, INVISIBLE_CHARS, SEPARATOR_CHARS } from '@/lib/find/fold';
import type { FinderData } from '@/lib/find/keys';
import { NO_LIMIT } from '@/lib/find/key-search';

/** `keyStart`: the text starts inside the key (it began in an earlier text). */
const KEY_CUT = -2;

const SEPARATOR = 1;
const SKIP = 2;
const ANY = '*';

export class SteppingAutomaton {
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
  /** Per key: the cases it may be written in (keys.ts), or ''. */
  private readonly shapes: readonly string[][];
  private readonly start: number;
  /** The state between two `scan` calls (a stream of texts). */
  state = 0;

  constructor(data: FinderData) {
    this.keys = data.keys;
    this.lead = data.lead;
    this.shapes = data.keys.map((_, k) => (data.shape?.[k] ? data.shape[k].split('|') : []));
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
   * Feeds `text`, the text of several nodes read in one native call, and
   * pushes onto `marks` one triple per key that ends in it: the offset just
   * past the key, then `lo` and `hi`. The nodes' edges are not in the string,
   * and a word character that rules a key out here may belong to another node
   * (`<td>Foo</td><td>IBM</td>`): the key is a candidate if the text node that
   * holds its last character starts at or after `lo` and ends at or before `hi`
   * (`keptAt`). A key that no neighbour rules out has lo 0 and hi NO_LIMIT.
   */
  scan(text: string, marks: number[]): void {
    const { classes, table, matching } = this;
    let state = this.state;
    for (let i = 0; i < text.length; i++) {
      const c = classes[text.charCodeAt(i)]!;
      state = table[state + c]!;
      // An invisible character after a key leaves the state as it was: the key ended before it.
      if (state >= matching && c !== SKIP) this.mark(text, i + 1, state, marks);
    }
    this.state = state;
  }

  private mark(text: string, at: number, state: number, marks: number[]): void {
    const which = (state - this.matching) / this.width;
    const hi = this.followLimit(text, at, this.follow[which]!);
    let lo = Number.POSITIVE_INFINITY;
    for (const key of this.ends[which]!) {
      if (!this.caseFits(text, at, key)) continue;
      lo = Math.min(lo, this.leadLimit(text, at, key));
      if (lo === 0) break;
    }
    // No key ends here in a case its forms allow ("fdlibm"): wherever the node edges are, nothing to find.
    if (lo !== Number.POSITIVE_INFINITY) marks.push(at, lo, hi);
  }

  /**
   * Whether key `k`, ending before `at`, is written in one of the cases its
   * forms allow (IBM, not "libm"), its characters found by `keyStart`; a key
   * that began before `text` is let through.
   */
  private caseFits(text: string, at: number, k: number): boolean {
    const shapes = this.shapes[k]!;
    if (shapes.length === 0) return true;
    const cases = Array.from(this.keys[k]!, () => '-');
    if (this.keyStart(text, at, k, (ch, j) => (cases[j] = caseOf(ch))) === KEY_CUT) return true;
    return shapes.includes(cases.join(''));
  }

  /**
   * NO_LIMIT if the character after a key ending before `at` (invisible ones
   * skipped) is allowed, or not in `text`; else that character's offset: the
   * key holds only if a node edge lies before it.
   */
  private followLimit(text: string, at: number, allowed: string): number {
    if (allowed === ANY) return NO_LIMIT;
    let i = at;
    while (i < text.length && this.classes[text.charCodeAt(i)] === SKIP) i++;
    if (i >= text.length) return NO_LIMIT; // the next text decides; it may be another block
    const code = text.codePointAt(i)!;
    if (!isWordCode(code)) return NO_LIMIT;
    return allowed.includes(foldChar(String.fromCodePoint(code))) ? NO_LIMIT : i;
  }

  /**
   * Walks back over key `k`'s characters from `at` (invisible ones skipped, a run
   * of separators for each space), handing each letter's character to `letter`;
   * returns the offset of the character before the key (invisible ones skipped),
   * -1 when the key starts the text, or KEY_CUT when the text starts inside it.
   */
  private keyStart(text: string, at: number, k: number, letter?: (ch: string, j: number) => void): number {
    const { classes } = this;
    const key = this.keys[k]!;
    let i = at - 1;
    for (let j = key.length - 1; j >= 0; j--) {
      if (key[j] === ' ') {
        while (i >= 0 && (classes[text.charCodeAt(i)] === SEPARATOR || classes[text.charCodeAt(i)] === SKIP)) i--;
        if (i < 0) return KEY_CUT;
        continue;
      }
      while (i >= 0 && classes[text.charCodeAt(i)] === SKIP) i--;
      if (i < 0) return KEY_CUT;
      letter?.(text[i]!, j);
      i--;
    }
    while (i >= 0 && classes[text.charCodeAt(i)] === SKIP) i--;
    return i;
  }

  /**
   * Looks at the character before key `k` (ending before `at`): 0 if it is
   * allowed, or the key starts the text or began before it (that text is gone);
   * else the offset just past that character: the key holds only if a node edge
   * lies at or after it.
   */
  private leadLimit(text: string, at: number, k: number): number {
    const i = this.keyStart(text, at, k);
    if (i < 0) return 0;
    const low = text.charCodeAt(i);
    const code = low >= 0xdc00 && low <= 0xdfff && i > 0 ? text.codePointAt(i - 1)! : low;
    if (!isWordCode(code)) return 0;
    return this.lead[k]!.includes(foldChar(String.fromCodePoint(code))) ? 0 : i + 1;
  }
}
