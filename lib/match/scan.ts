/** Answers: where does any form occur in the text, in one pass of the combined regex? */
import { stickyFor, type Compiled } from './compile';
import { isEmbedded } from './embedded';

/** One raw occurrence of entries[entry], before overlaps are resolved. */
export interface Hit {
  start: number;
  end: number;
  entry: number;
}

const NO_HITS: readonly Hit[] = [];

/** Every word-bounded, prose (not URL/code) occurrence, in start order; overlapping ones included. */
export function scan(compiled: Compiled, text: string): readonly Hit[] {
  let hits: Hit[] | null = null;
  const re = compiled.regex;
  if (!re) return NO_HITS;
  const { quick, at } = compiled;
  // With a prefilter, `re` runs (sticky) only where some form's first letters are; same hits, in the same order.
  const next = quick && at ? nextAtCandidate(quick, at, text) : (from: number) => ((re.lastIndex = from), re.exec(text));
  if (quick) quick.lastIndex = 0;
  for (let m = next(0); m; ) {
    const start = m.index;
    const end = start + m[0].length;
    // Retry just after this start, so a longer form starting inside this one is still seen.
    const first = text.charCodeAt(start);
    const after = start + (first >= 0xd800 && first <= 0xdbff ? 2 : 1);
    if (!isEmbedded(text, start, end)) {
      let group = 1;
      while (m[group] === undefined) group++;
      const entry = compiled.entries[group - 1] as Compiled['entries'][number];
      (hits ??= []).push({ start, end, entry: group - 1 });
      for (const other of entry.also) {
        const sticky = stickyFor(compiled.entries[other] as Compiled['entries'][number]);
        sticky.lastIndex = start;
        if (sticky.test(text) && !isEmbedded(text, start, sticky.lastIndex)) hits.push({ start, end: sticky.lastIndex, entry: other });
      }
    }
    m = next(after);
  }
  return hits ?? NO_HITS;
}

/** The next match of `at` starting at or after `from`, trying only the positions `quick` finds. */
function nextAtCandidate(quick: RegExp, at: RegExp, text: string) {
  return (from: number): RegExpExecArray | null => {
    if (quick.lastIndex < from) quick.lastIndex = from;
    for (let k = quick.exec(text); k; k = quick.exec(text)) {
      quick.lastIndex = k.index + 1;
      at.lastIndex = k.index;
      const m = at.exec(text);
      if (m) return m;
    }
    return null;
  };
}
