/**
 * Answers: where in this text (or this stream of texts) may a candidate key end?
 *
 * Built once per page from the keys compiled at build time (keys.ts). Each
 * character is read through a table of classes (fold.ts: case and accents
 * folded, separators one class, invisible characters skipped), and the keys
 * are found by skipping (key-ends.ts), so that most characters of a page are never
 * read. A key whose forms are all case-sensitive counts only in their cases
 * ("IBM", never "fdlibm"). In a text that is one run of a block (`test`), a key
 * is ruled out when a word character that no form allows comes right after or
 * before it ("IBMX"); in the page's text read in stretches (`scan`), node edges
 * are unknown, so each key is marked with the edges its text node needs for it
 * to hold (`keptAt`).
 */
import { isWordCode } from '../match/boundaries';
import { caseOf, COMBINING_FIRST, COMBINING_LAST, foldChar, INVISIBLE_CHARS, SEPARATOR_CHARS } from './fold';
import type { FinderData } from './keys';
import { KeyEnds, SEPARATOR_CLASS as SEPARATOR, SKIP_CLASS as SKIP } from './key-ends';

/**
 * The most characters of one text that a key begun there may take in the next
 * one: a key written with more invisible characters and separators than this
 * is not followed across texts.
 */
const CARRY = 512;

const ANY = '*';

export class KeySearch {
  /** Character code → character class (0: nothing a key holds). */
  private readonly classes = new Uint8Array(0x10000);
  private readonly ends: KeyEnds;
  private readonly keys: readonly string[];
  /** Per key: the word characters that may follow it, or `*`. */
  private readonly follow: readonly string[];
  /** Per key: the word characters that may come right before it. */
  private readonly lead: readonly string[];
  /** Per key: the cases it may be written in (keys.ts), or none. */
  private readonly shapes: readonly string[][];
  /**
   * What a key begun in the stream's last text may start with: that text from
   * its last character that no key holds (after which no key is under way).
   */
  state = '';

  constructor(data: FinderData) {
    this.keys = data.keys;
    this.follow = data.follow;
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
    this.ends = new KeyEnds(
      classes,
      letterIds.size + 3,
      data.keys.map((key, k) => ({
        classes: Array.from(key, (ch) => (ch === ' ' ? SEPARATOR : letterIds.get(ch)!)),
        // A key whose forms fix its case starts with a character of its first letter, in a case a shape allows.
        firsts: this.shapes[k]!.length === 0 ? null : [...data.letters[key[0]!]!].filter((ch) => this.shapes[k]!.some((shape) => shape[0] === caseOf(ch))).join(''),
      })),
    );
  }

  /** Starts a new stream: no key is under way. */
  reset(): void {
    this.state = '';
  }

  /**
   * Reads `text`, the text of several nodes read in one native call, next in
   * the stream, and pushes onto `marks` one triple per key that ends in it, in
   * order: the offset just past the key, then `lo` and `hi`. The nodes' edges
   * are not in the string, and a word character that rules a key out here may
   * belong to another node (`<td>Foo</td><td>IBM</td>`): the key is a candidate
   * if the text node that holds its last character starts at or after `lo` and
   * ends at or before `hi` (`keptAt`). A key that no neighbour rules out has
   * lo 0 and hi NO_LIMIT. It is the hot path of every page.
   */
  scan(text: string, marks: number[]): void {
    const first = marks.length;
    const carried = this.state;
    if (carried) {
      // A key begun in the last text ends in this one's first CARRY characters, if at all.
      const seam = carried + text.slice(0, CARRY);
      this.ends.each(seam, (at, k) => {
        if (at > carried.length) this.mark(seam, at, k, marks, carried.length);
      });
    }
    this.ends.each(text, (at, k) => this.mark(text, at, k, marks, 0));
    if (marks.length - first > 3) sortTriples(marks, first);
    this.state = this.tailOf(text, carried);
  }

  /**
   * The end of `text` (after `carried`) in which a key may have begun: from the first letter
   * after its last character that no key holds; '' when there is no such letter.
   */
  private tailOf(text: string, carried: string): string {
    const { classes } = this;
    let i = text.length - 1;
    while (i >= 0 && classes[text.charCodeAt(i)] !== 0) i--;
    // A key starts with a letter: separators and invisible characters before one start nothing.
    let tail = carried + text;
    if (i >= 0 || !carried) {
      let from = i + 1;
      while (from < text.length && classes[text.charCodeAt(from)]! <= SKIP) from++;
      tail = text.slice(from);
    }
    return tail.length > CARRY ? tail.slice(-CARRY) : tail;
  }

  /**
   * Whether a key ends in `text`, a run of one block read on its own, with
   * no word character that its forms forbid right after or before it.
   */
  test(text: string): boolean {
    let hit = false;
    this.ends.each(text, (at, k) => {
      hit ||= this.leadLimit(text, at, k) === 0 && this.followLimit(text, at, this.follow[k]!) === NO_LIMIT;
    });
    return hit;
  }

  /** Marks key `k`, ending before `at` in `text`, whose first `offset` characters are the last text's. */
  private mark(text: string, at: number, k: number, marks: number[], offset: number): void {
    const lo = this.leadLimit(text, at, k);
    if (lo < 0) return;
    const hi = this.followLimit(text, at, this.follow[k]!);
    marks.push(at - offset, Math.max(0, lo - offset), hi === NO_LIMIT ? hi : hi - offset);
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
   * Walks back over key `k`, ending before `at` (invisible characters skipped,
   * a run of separators for each space). -1 if it is written in a case that
   * its forms don't allow (IBM, not "libm"); else looks at the character
   * before it: 0 if that is allowed, or the key starts the text or began
   * before it (that text decides, and is gone); else the offset just past
   * that character: the key holds only if a node edge lies at or after it.
   */
  private leadLimit(text: string, at: number, k: number): number {
    const { classes } = this;
    const key = this.keys[k]!;
    const shapes = this.shapes[k]!;
    let cases = '';
    let i = at - 1;
    for (let j = key.length - 1; j >= 0; j--) {
      if (key.charCodeAt(j) === 0x20) {
        while (i >= 0 && (classes[text.charCodeAt(i)] === SEPARATOR || classes[text.charCodeAt(i)] === SKIP)) i--;
        if (i < 0) return 0; // the key began in an earlier text
        cases = `-${cases}`;
        continue;
      }
      while (i >= 0 && classes[text.charCodeAt(i)] === SKIP) i--;
      if (i < 0) return 0;
      if (shapes.length > 0) cases = caseOf(text[i]!) + cases;
      i--;
    }
    if (shapes.length > 0 && !shapes.includes(cases)) return -1;
    while (i >= 0 && classes[text.charCodeAt(i)] === SKIP) i--;
    if (i < 0) return 0;
    const low = text.charCodeAt(i);
    const code = low >= 0xdc00 && low <= 0xdfff && i > 0 ? text.codePointAt(i - 1)! : low;
    if (!isWordCode(code)) return 0;
    return this.lead[k]!.includes(foldChar(String.fromCodePoint(code))) ? 0 : i + 1;
  }
}

/** `hi` of a key no following character rules out. */
export const NO_LIMIT = Number.MAX_SAFE_INTEGER;

/** Whether a key marked (lo, hi) by `scan` is a candidate in a text node spanning [start, end) of the text. */
export function keptAt(lo: number, hi: number, start: number, end: number): boolean {
  return start >= lo && end <= hi;
}

/** Sorts the triples of `marks` from index `first` on by their first number; drops repeats. */
function sortTriples(marks: number[], first: number): void {
  const triples: number[][] = [];
  for (let i = first; i < marks.length; i += 3) triples.push(marks.slice(i, i + 3));
  triples.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!);
  marks.length = first;
  triples.forEach((t, i) => {
    if (i === 0 || t.some((n, j) => n !== triples[i - 1]![j])) marks.push(t[0]!, t[1]!, t[2]!);
  });
}
