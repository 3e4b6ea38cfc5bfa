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
 * since the exact matcher would need a word boundary there.
 */
import type { MatcherTopic } from '../match/types';
import { foldForm } from './fold';

export interface FinderData {
  /** Folded keys (lower case, no accents, one space between words). */
  keys: string[];
  /** Per key: the word characters that may follow it, or `*` for any. */
  follow: string[];
}

interface Folded {
  text: string;
  stem: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}_]/u;

function distinctiveSide<T extends { text: string }>(any: readonly T[], other: readonly T[]): readonly T[] {
  const shortest = (terms: readonly T[]) => Math.min(...terms.map((t) => foldForm(t.text).length));
  return shortest(other) >= shortest(any) ? other : any;
}

export function compileFinder(topics: readonly MatcherTopic[]): FinderData {
  const terms: Folded[] = [];
  for (const topic of topics) {
    for (const set of Object.values(topic.forms)) {
      const chosen = [...set.names, ...set.near.flatMap((near) => distinctiveSide(near.any, near.with))];
      for (const term of chosen) terms.push({ text: foldForm(term.text), stem: term.text.trim().endsWith('*') });
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
  return { keys, follow };
}
