/**
 * Answers: where do words and sentences start and end, in any language?
 * A word character is a letter, digit or combining mark (Unicode) or "_".
 */

/** Regex source for one word character; needs the `u` flag. */
export const WORD_CLASS = '[\\p{L}\\p{N}\\p{M}_]';
const WORD_RE = /^[\p{L}\p{N}\p{M}_]$/u;
const LOWER_RE = /^\p{Ll}$/u;
const SPACE_RE = /^\s$/;
const BLANK_LINE_RE = /^\n[^\S\n]*\n/;

/** Whether the code point is a word character. */
export function isWordCode(cp: number): boolean {
  if (cp < 0x80) {
    return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) || cp === 95;
  }
  return WORD_RE.test(String.fromCodePoint(cp));
}

/** The code point that ends just before index `i`, or -1 at the start. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return (hi - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
  }
  return c;
}

/** Abbreviations whose period does not end a sentence (besides single letters such as "U.S."). */
const ABBREVIATIONS = new Set([
  'st', 'dr', 'mr', 'mrs', 'ms', 'jr', 'sr', 'sra', 'prof', 'inc', 'corp', 'co', 'ltd', 'mt', 'no', 'nr',
  'vs', 'mme', 'mlle', 'bzw', 'ca', 'vgl', 'dt', 'hr', 'fr', 'av', 'gen', 'gov', 'sen', 'rep',
]);
const CLOSERS = '"\'»”’)]';

/** Whether the terminator (. ! ? …) at `i` ends a sentence. */
function endsSentence(text: string, i: number): boolean {
  const single = text[i] === '.' && text[i - 1] !== '.' && text[i + 1] !== '.';
  let j = i + 1;
  while (j < text.length && '.!?…'.includes(text[j] as string)) j++;
  while (j < text.length && CLOSERS.includes(text[j] as string)) j++;
  if (j < text.length && !SPACE_RE.test(text[j] as string)) return false; // 3.5, ibm.com, U.S.
  while (j < text.length && SPACE_RE.test(text[j] as string)) j++;
  const next = text[j];
  if (next !== undefined && LOWER_RE.test(next)) return false; // "U.S. ban", "etc. and"
  if (single) {
    let k = i;
    while (k > 0 && isWordCode(text.charCodeAt(k - 1))) k--;
    const word = text.slice(k, i);
    if (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase())) return false; // U.S. Army, St. Louis
  }
  return true;
}

/**
 * How many words lie in text[from, to), or -1 when there are more than `max`
 * or a sentence ends in between (". X", "! ", "? ", "…", a blank line).
 */
export function wordsBetween(text: string, from: number, to: number, max: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // low surrogate: counted with its high half
    const cp = text.codePointAt(i) ?? c;
    if (isWordCode(cp)) {
      if (!inWord && ++words > max) return -1;
      inWord = true;
      continue;
    }
    inWord = false;
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026) {
      if (endsSentence(text, i)) return -1;
    } else if (c === 0x0a && BLANK_LINE_RE.test(text.slice(i, i + 16))) {
      return -1;
    }
  }
  return words;
}
