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
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // Retry just after this start, so a longer form starting inside this one is still seen.
    const first = text.charCodeAt(start);
    re.lastIndex = start + (first >= 0xd800 && first <= 0xdbff ? 2 : 1);
    if (isEmbedded(text, start, end)) continue;
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
  return hits ?? NO_HITS;
}
