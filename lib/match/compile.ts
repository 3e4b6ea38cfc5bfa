/** Answers: what single regex (and lookup tables) finds every form of every topic? */
import type { MatcherTopic } from './types';
import { LATIN_WORD_CLASS, WORD_CLASS } from './boundaries';
import { termSource, termWeight, type TermLike } from './pattern';

/** A proximity rule's trigger: which rule, which side ("any" = 0, "with" = 1), which form. */
export interface TriggerUse {
  rule: number;
  side: 0 | 1;
  form: string;
}

/** What one alternative of the combined regex stands for. */
export interface Entry {
  names: { topic: string; form: string }[];
  triggers: TriggerUse[];
  /**
   * Other entries that may match at the same start (a stem and a longer word, "moratorium"
   * and "Moratori*"), which one alternation pass cannot report; tried with `sticky` on a hit.
   */
  also: number[];
  /** This entry's regex source, for `stickyFor`. */
  source: string;
  /** This entry alone, anchored at lastIndex, with a Latin right boundary (`stickyFor`); built on first use. */
  sticky: RegExp | null;
  /** The same with the exact right boundary (`exactStickyFor`); built on first use. */
  exactSticky: RegExp | null;
}

/**
 * The entry alone, anchored at lastIndex, with its right word boundary for a Latin
 * neighbour (LATIN_WORD_CLASS); a word character of another script after it is the
 * caller's to check (`otherWordAt`), with `exactStickyFor`.
 */
export function stickyFor(entry: Entry): RegExp {
  return (entry.sticky ??= new RegExp(`(?:${entry.source})(?!${LATIN_WORD_CLASS})`, 'uy'));
}

/** The entry alone, anchored at lastIndex, with its exact right word boundary (Unicode classes: costly to compile). */
export function exactStickyFor(entry: Entry): RegExp {
  return (entry.exactSticky ??= new RegExp(`(?:${entry.source})(?!${WORD_CLASS})`, 'uy'));
}

export interface CompiledRule {
  topic: string;
  within: number;
}

export interface Compiled {
  /**
   * One alternation, longest forms first; group i + 1 is entries[i]. Null when there is
   * nothing to find. Its word boundaries are LATIN_WORD_CLASS: a word character of another
   * script next to a hit is checked by the caller, which then runs `exactOf` there.
   */
  regex: RegExp | null;
  /** The same with the exact boundaries, anchored at lastIndex; built on first use (`exactOf`). */
  exact: RegExp | null;
  entries: Entry[];
  rules: CompiledRule[];
}

/**
 * The same as plain data (JSON), so that the build can compile the dataset's
 * forms once and every page only builds the RegExp (data/content-data.ts).
 */
export interface CompiledData {
  /** Longest forms first: the combined regex is their alternation (`combinedSource`). */
  entries: Omit<Entry, 'sticky' | 'exactSticky'>[];
  rules: CompiledRule[];
}

/**
 * The combined regex (flags `gu`) of the entries, with `word` as what may not touch a
 * hit; null when there is nothing to find. The word boundaries sit once around the
 * alternation. In front, V8 rejects mid-word
 * positions on one cheap test (~3x faster than checking each hit afterwards); behind,
 * a failed boundary backtracks into the next (shorter) alternative, as if each had its own,
 * while the regex compiles ~5x faster than with one Unicode class per alternative.
 */
export function combinedSource(entries: readonly Pick<Entry, 'source'>[], word = WORD_CLASS): string | null {
  if (entries.length === 0) return null;
  return `(?<!${word})(?:${entries.map((entry) => `(${entry.source})`).join('|')})(?!${word})`;
}

/** The combined regex with the exact word boundaries, anchored at lastIndex (flags `uy`). */
export function exactOf(compiled: Compiled): RegExp {
  return (compiled.exact ??= new RegExp(combinedSource(compiled.entries)!, 'uy'));
}

/** The runnable form of compiled data. */
export function hydrate(data: CompiledData): Compiled {
  const source = combinedSource(data.entries, LATIN_WORD_CLASS);
  return {
    regex: source === null ? null : new RegExp(source, 'gu'),
    exact: null,
    entries: data.entries.map((entry) => ({ ...entry, sticky: null, exactSticky: null })),
    rules: data.rules,
  };
}

/** A conservative comparison key: two forms whose keys are prefixes of each other may match at one start. */
const fold = (text: string) => text.toLowerCase().normalize('NFC').replace(/\*$/, '').replace(/[\s\-\u2010\u2011]+/g, ' ').trim();

/** Compiles every language's forms of every topic into the tables of one regex (`combinedSource`). */
export function compileData(topics: readonly MatcherTopic[]): CompiledData {
  const bySource = new Map<string, Pick<Entry, 'names' | 'triggers'> & { source: string; text: string; weight: number }>();
  const entryFor = (term: TermLike) => {
    const source = termSource(term);
    let entry = bySource.get(source);
    if (!entry) bySource.set(source, (entry = { source, text: term.text, weight: termWeight(term), names: [], triggers: [] }));
    return entry;
  };
  const rules: CompiledRule[] = [];
  for (const topic of topics) {
    for (const set of Object.values(topic.forms)) {
      for (const name of set.names) {
        const entry = entryFor(name);
        if (!entry.names.some((n) => n.topic === topic.id)) entry.names.push({ topic: topic.id, form: name.text });
      }
      for (const near of set.near) {
        const rule = rules.push({ topic: topic.id, within: near.within }) - 1;
        for (const term of near.any) entryFor(term).triggers.push({ rule, side: 0, form: term.text });
        for (const term of near.with) entryFor(term).triggers.push({ rule, side: 1, form: term.text });
      }
    }
  }
  const sorted = [...bySource.values()].sort((a, b) => b.weight - a.weight);
  const folded = sorted.map((e) => fold(e.text));
  const entries = sorted.map(({ names, triggers, source }, i) => ({
    names,
    triggers,
    also: folded.flatMap((f, j) => (j !== i && (f.startsWith(folded[i] as string) || (folded[i] as string).startsWith(f)) ? [j] : [])),
    source,
  }));
  return { entries, rules };
}
