/** What short line of a topic summary does the popup show in its rows? */

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = /(?:^|[\s(])(?:[A-Za-z]|v|vs|St|Dr|Mr|Mrs|Ms|Inc|Corp|Co|Jr|Sr|U\.S|U\.K|etc|c|cf|M|Mme)\.$/;

/**
 * Everything up to the first `.`, `!`, `?` or `…` that is followed by a space
 * and a capital letter (or an opening quote), or the end of the text; a stop
 * after an initial or a usual abbreviation ("U.S.", "v.", "St.") doesn't count.
 */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  const ends = /[.!?…](?=\s+["“«(]?\p{Lu})/gu;
  for (let match = ends.exec(trimmed); match; match = ends.exec(trimmed)) {
    const candidate = trimmed.slice(0, match.index + 1);
    if (!ABBREVIATIONS.test(candidate)) return candidate;
  }
  return trimmed;
}

/** Clauses shorter than this are not worth cutting at. */
const MIN_CLAUSE = 40;

/**
 * A summary's first sentence, cut at its first colon or semicolon (the
 * sentence's main clause) when that leaves a clause long enough to stand alone.
 */
export function summaryLine(text: string): string {
  const sentence = firstSentence(text);
  const cut = /\s?[:;]\s/u.exec(sentence);
  if (!cut || cut.index < MIN_CLAUSE) return sentence;
  return `${sentence.slice(0, cut.index)}.`;
}
