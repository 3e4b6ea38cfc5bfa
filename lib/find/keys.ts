/**
 * Answers: which folded keys must a text hold for any form to be found in it?
 *
 * Compiled at build time from the forms (data/content-data.ts). Every name is a
 * key, and so is every term of the more distinctive side of each proximity rule
 * (a rule needs both sides, so one side is enough to flag a candidate). A key
 * that holds a shorter key adds nothing and is dropped. For each key, `follow`
 * says which word characters may come right after it in some form ("ibm" may
 * be followed by "s", for "IBMs"), or `*` when any may (a stem): any other word
 * character right after a key, in the same text node, rules the candidate out,
 * since the exact matcher would need a word boundary there. `lead` says the same
 * of the character right before a key: a key that starts a term needs a word
 * boundary there too ("fdlibm" holds no IBM), one in the middle of a term may
 * follow that term's letters.
 */
import type { MatcherTopic } from '../match/types';
import { caseOf, foldChar, foldForm, writtenForm } from './fold';

export interface FinderData {
  /** Folded keys (lower case, no accents, one space between words). */
  keys: string[];
  /** Per key: the word characters that may follow it, or `*` for any. */
  follow: string[];
  /** Per key: the word characters that may come right before it. */
  lead: string[];
  /**
   * Per key, when every form it stands for is matched case-sensitively (IBM,
   * ACLU): the cases the text may have, one shape per way the forms write it,
   * joined by `|`; a shape has `U` or `L` for each of the key's characters
   * (`-` for a space or a caseless character). '' when any case may be a
   * mention. Absent: any case, for every key.
   */
  shape?: string[];
  /**
   * For each letter the keys use, the characters that stand for it in a text
   * the exact matcher may match: the letter in both cases, and every character
   * the forms write for it, in both cases and decomposed (the exact matcher
   * matches each form's own characters, not every accented variant). The
   * page builds its character classes from these, with no Unicode
   * normalisation at run time.
   */
  letters: Record<string, string>;
}

/** The characters of `written` (forms as written), and the key letters, as `FinderData.letters`. */
function lettersOf(keys: readonly string[], written: readonly string[]): Record<string, string> {
  const used = new Set([...keys.join('')].filter((ch) => ch !== ' '));
  const sets = new Map<string, Set<string>>();
  const add = (letter: string, ch: string) => {
    for (const variant of [ch, ch.toLowerCase(), ch.toUpperCase()]) {
      if (variant.length !== 1) continue;
      const set = sets.get(letter) ?? new Set();
      set.add(variant);
      // Decomposed (o + U+0301), the letter is its first character: the combining mark is skipped.
      set.add(variant.normalize('NFD')[0]!);
      sets.set(letter, set);
    }
  };
  for (const letter of used) add(letter, letter);
  for (const text of written) {
    for (const ch of text) {
      const folded = foldChar(ch);
      if (used.has(folded)) add(folded, ch);
    }
  }
  return Object.fromEntries([...sets].map(([letter, set]) => [letter, [...set].sort().join('')]));
}

interface Folded {
  text: string;
  stem: boolean;
  /** The term as written, when it matches case-sensitively and folding kept its length; else null. */
  cased: string | null;
}


/**
 * The cases `key` may be written in (see `FinderData.shape`): a key held
 * only by case-sensitive terms takes their cases. A term
 * matched in any case that holds the key does not count when it also holds
 * a key that no case-sensitive term holds: that key finds it, in any case.
 */
function shapeOf(key: string, keys: readonly string[], terms: readonly Folded[]): string {
  const plain = (k: string) => !terms.some((term) => term.cased !== null && term.text.includes(k));
  if (plain(key)) return '';
  const shapes = new Set<string>();
  for (const term of terms) {
    for (let at = term.text.indexOf(key); at >= 0; at = term.text.indexOf(key, at + 1)) {
      if (term.cased === null) {
        if (keys.some((other) => other !== key && term.text.includes(other) && plain(other))) continue;
        return '';
      }
      shapes.add([...term.cased.slice(at, at + key.length)].map(caseOf).join(''));
    }
  }
  return [...shapes].sort().join('|');
}

const WORD = /[\p{L}\p{N}\p{M}_]/u;

function distinctiveSide<T extends { text: string }>(any: readonly T[], other: readonly T[]): readonly T[] {
  const shortest = (terms: readonly T[]) => Math.min(...terms.map((t) => foldForm(t.text).length));
  return shortest(other) >= shortest(any) ? other : any;
}

export function compileFinder(topics: readonly MatcherTopic[]): FinderData {
  const terms: Folded[] = [];
  const written: string[] = [];
  for (const topic of topics) {
    for (const set of Object.values(topic.forms)) {
      const chosen = [...set.names, ...set.near.flatMap((near) => distinctiveSide(near.any, near.with))];
      for (const term of chosen) {
        const text = foldForm(term.text);
        const as = writtenForm(term.text);
        written.push(as);
        const cased = term.case === 'sensitive' && as.length === text.length ? as : null;
        terms.push({ text, stem: term.text.trim().endsWith('*'), cased });
      }
    }
  }
  const keys: string[] = [];
  for (const { text } of [...terms].sort((a, b) => a.text.length - b.text.length || a.text.localeCompare(b.text))) {
    if (!keys.some((key) => text.includes(key))) keys.push(text);
  }
  const follow = keys.map((key) => {
    const allowed = new Set<string>();
    for (const term of terms) {
      for (let at = term.text.indexOf(key); at >= 0; at = term.text.indexOf(key, at + 1)) {
        const after = term.text[at + key.length];
        if (after === undefined) {
          if (term.stem) return '*';
        } else if (WORD.test(after)) {
          allowed.add(after);
        }
      }
    }
    return [...allowed].sort().join('');
  });
  const lead = keys.map((key) => {
    const allowed = new Set<string>();
    for (const term of terms) {
      for (let at = term.text.indexOf(key); at >= 0; at = term.text.indexOf(key, at + 1)) {
        const before = term.text[at - 1];
        if (before !== undefined && WORD.test(before)) allowed.add(before);
      }
    }
    return [...allowed].sort().join('');
  });
  const shape = keys.map((key) => shapeOf(key, keys, terms));
  // The search reads a window by its last two characters: a key matched in any case must be longer.
  const short = keys.find((key, k) => key.length < 2 && shape[k] === '');
  if (short !== undefined) throw new Error(`forms: the candidate key "${short}" has one character; no form matched in any case may be that short`);
  return { keys, follow, lead, shape, letters: lettersOf(keys, written) };
}
