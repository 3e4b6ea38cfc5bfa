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

/**
 * The word characters of U+0000–U+036F and U+2000–U+206F (Latin letters, digits and
 * combining marks; the general punctuation block has none): exactly WORD_CLASS there.
 * A regex compiles it in a fraction of a millisecond, where WORD_CLASS's Unicode
 * properties cost each regex 2–10 ms in Chromium (docs/performance.md).
 */
export const LATIN_WORD_CLASS =
  '[0-9A-Z_a-z\\u00AA\\u00B2\\u00B3\\u00B5\\u00B9\\u00BA\\u00BC-\\u00BE\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02C1\\u02C6-\\u02D1\\u02E0-\\u02E4\\u02EC\\u02EE\\u0300-\\u036F]';
// Combining marks are word characters of their own here, as in WORD_CLASS's \p{M}.
// eslint-disable-next-line no-misleading-character-class
const LATIN_WORD_RE = new RegExp(LATIN_WORD_CLASS);

/** Whether LATIN_WORD_CLASS alone says if the code point is a word character. */
export function inLatinRange(cp: number): boolean {
  return cp < 0x370 || (cp >= 0x2000 && cp < 0x2070);
}

/** Whether the code point is a word character. */
export function isWordCode(cp: number): boolean {
  if (cp < 0x80) {
    return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) || cp === 95;
  }
  if (inLatinRange(cp)) return LATIN_WORD_RE.test(String.fromCharCode(cp));
  return WORD_RE.test(String.fromCodePoint(cp));
}

/** Whether a word character outside LATIN_WORD_CLASS's range ends just before index `i`. */
export function otherWordBefore(text: string, i: number): boolean {
  const cp = codePointBefore(text, i);
  return cp >= 0 && !inLatinRange(cp) && isWordCode(cp);
}

/** Whether a word character outside LATIN_WORD_CLASS's range starts at index `i`. */
export function otherWordAt(text: string, i: number): boolean {
  const cp = text.codePointAt(i);
  return cp !== undefined && !inLatinRange(cp) && isWordCode(cp);
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

/** Whether `ch` is a lower-case letter (ASCII without the costly Unicode class). */
function isLower(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 0x80 ? c >= 97 && c <= 122 : LOWER_RE.test(ch);
}

/** Whether the terminator (. ! ? …) at `i` ends a sentence. */
function endsSentence(text: string, i: number): boolean {
  const single = text[i] === '.' && text[i - 1] !== '.' && text[i + 1] !== '.';
  let j = i + 1;
  while (j < text.length && '.!?…'.includes(text[j] as string)) j++;
  while (j < text.length && CLOSERS.includes(text[j] as string)) j++;
  if (j < text.length && !SPACE_RE.test(text[j] as string)) return false; // 3.5, ibm.com, U.S.
  while (j < text.length && SPACE_RE.test(text[j] as string)) j++;
  const next = text[j];
  if (next !== undefined && isLower(next)) return false; // "U.S. ban", "etc. and"
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
