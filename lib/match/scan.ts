/** Answers: where does any form occur in the text, in one pass of the combined regex? */
import { otherWordAt, otherWordBefore } from './boundaries';
import { exactOf, exactStickyFor, stickyFor, type Compiled, type Entry } from './compile';
import { isEmbedded } from './embedded';

/** One raw occurrence of entries[entry], before overlaps are resolved. */
export interface Hit {
  start: number;
  end: number;
  entry: number;
}

const NO_HITS: readonly Hit[] = [];

/** Where `entry` ends if it is written at `start`, with its right word boundary; -1 if it is not. */
function endOf(entry: Entry, text: string, start: number): number {
  const sticky = stickyFor(entry);
  sticky.lastIndex = start;
  if (!sticky.test(text)) return -1;
  if (!otherWordAt(text, sticky.lastIndex)) return sticky.lastIndex;
  const exact = exactStickyFor(entry);
  exact.lastIndex = start;
  return exact.test(text) ? exact.lastIndex : -1;
}

/**
 * Every word-bounded, prose (not URL/code) occurrence, in start order; overlapping ones
 * included. The regexes' word boundaries are exact for Latin neighbours; a word character
 * of another script next to a hit is checked here: before it, no form starts there; after
 * it, the regex with the exact boundaries decides at that start (compile.ts).
 */
export function scan(compiled: Compiled, text: string): readonly Hit[] {
  let hits: Hit[] | null = null;
  const re = compiled.regex;
  if (!re) return NO_HITS;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    // Retry just after this start, so a longer form starting inside this one is still seen.
    const first = text.charCodeAt(start);
    re.lastIndex = start + (first >= 0xd800 && first <= 0xdbff ? 2 : 1);
    if (otherWordBefore(text, start)) continue;
    let match: RegExpExecArray | null = m;
    if (otherWordAt(text, start + m[0].length)) {
      const exact = exactOf(compiled);
      exact.lastIndex = start;
      match = exact.exec(text);
      if (!match) continue;
    }
    const end = start + match[0].length;
    if (isEmbedded(text, start, end)) continue;
    let group = 1;
    while (match[group] === undefined) group++;
    const entry = compiled.entries[group - 1]!;
    (hits ??= []).push({ start, end, entry: group - 1 });
    for (const other of entry.also) {
      const stop = endOf(compiled.entries[other]!, text, start);
      if (stop >= 0 && !isEmbedded(text, start, stop)) hits.push({ start, end: stop, entry: other });
    }
  }
  return hits ?? NO_HITS;
}
